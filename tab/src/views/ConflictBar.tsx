import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { AgendaMessages } from '../i18n/agenda-messages';

/** Shown when a save met someone else's change (412): nothing was overwritten; reloading shows their version. */
export function ConflictBar({ a, onReload }: { a: AgendaMessages; onReload: () => void }) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert" data-testid="conflict">
      <MessageBarBody>{a.changedBySomeoneElse}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onReload} data-testid="conflict-reload">
          {a.reload}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
