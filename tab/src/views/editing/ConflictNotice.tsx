import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTexts } from '../../texts/texts-context';

/**
 * The answer to a 412: someone else saved first. Nothing was overwritten; the
 * person reloads, sees the other change, and makes theirs again.
 */
export function ConflictNotice({
  onReload,
  busy,
  testId = 'conflict',
}: {
  onReload: () => void;
  busy?: boolean;
  testId?: string;
}) {
  const e = useTexts().editing;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid={testId} role="alert">
      <MessageBarBody>{e.changedByOthers}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onReload} disabled={busy} data-testid="conflict-reload">
          {e.reload}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
