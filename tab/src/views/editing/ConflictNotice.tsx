import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { EditingMessages } from '../../i18n/editing-messages';

/**
 * The answer to a 412: someone else saved first. Nothing was overwritten; the
 * person reloads, sees the other change, and makes theirs again.
 */
export function ConflictNotice({ e, onReload, busy }: { e: EditingMessages; onReload: () => void; busy?: boolean }) {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="conflict" role="alert">
      <MessageBarBody>{e.changedByOthers}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onReload} disabled={busy} data-testid="conflict-reload">
          {e.reload}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
