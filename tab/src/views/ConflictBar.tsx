import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useTexts } from '../texts/texts-context';

/** Shown when a save met someone else's change (412): nothing was overwritten; reloading shows their version. */
export function ConflictBar({ onReload }: { onReload: () => void }) {
  const a = useTexts().agenda;
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
