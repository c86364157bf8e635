import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useTexts } from '../../texts/texts-context';
import { ConflictNotice } from './ConflictNotice';

/** Where an edit form is: typing, saving, told someone else saved first (412), or reloading after that. */
export type FormSaveState = 'idle' | 'saving' | 'conflict' | 'reloading';

/**
 * What the last save of a form came to, above its buttons: the 412 notice
 * with its reload button, or the failure (an error, or "reloaded" as info).
 */
export function SaveOutcome({ state, failure, onReload }: { state: FormSaveState; failure?: string; onReload: () => void }) {
  const e = useTexts().editing;
  if (state === 'conflict' || state === 'reloading') {
    return <ConflictNotice onReload={onReload} busy={state === 'reloading'} />;
  }
  if (!failure) return null;
  return (
    <MessageBar intent={failure === e.reloaded ? 'info' : 'error'} layout="multiline" role="alert" data-testid="form-failure">
      <MessageBarBody>{failure}</MessageBarBody>
    </MessageBar>
  );
}
