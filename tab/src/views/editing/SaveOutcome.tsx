import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTexts } from '../../texts/texts-context';
import { ConflictNotice } from './ConflictNotice';
import type { SaveStatus } from './save-state';

/**
 * What the last save of a form came to, above its buttons: the 412 notice
 * with its reload button, a failed reload with a button to try again, or the
 * failure (an error, or "reloaded" as info). `testId` names whichever is shown
 * (default: `conflict` and `form-failure`).
 */
export function SaveOutcome({ status, onReload, testId }: { status: SaveStatus; onReload: () => void; testId?: string }) {
  const e = useTexts().editing;
  if (status.state === 'conflict' || status.state === 'reloading') {
    return <ConflictNotice onReload={onReload} busy={status.state === 'reloading'} testId={testId} />;
  }
  if (!status.message) return null;
  return (
    <MessageBar intent={status.message.intent} layout="multiline" role="alert" data-testid={testId ?? 'form-failure'}>
      <MessageBarBody>{status.message.text}</MessageBarBody>
      {status.state === 'reloadFailed' && (
        <MessageBarActions>
          <Button appearance="primary" onClick={onReload} data-testid="reload-again">
            {e.reload}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
