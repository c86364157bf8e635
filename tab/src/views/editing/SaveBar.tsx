import { Button } from '@fluentui/react-components';
import { useTexts } from '../../texts/texts-context';
import { useFormStyles } from './form-styles';
import { SaveOutcome } from './SaveOutcome';
import type { useSave } from './use-save';

export interface SaveBarProps {
  save: ReturnType<typeof useSave>;
  onReload: () => void;
  /** The submit button's words while not saving ("Lagre", "Avlys møtet" …). */
  label: string;
  testId: string;
  /** Absent: a form with nothing to go back to (the settings view). */
  onCancel?: () => void;
  cancelLabel?: string;
}

/** The foot of an edit form: what the last save came to, then the submit button (off while busy) and the way back. */
export function SaveBar({ save, onReload, label, testId, onCancel, cancelLabel }: SaveBarProps) {
  const styles = useFormStyles();
  const e = useTexts().editing;
  return (
    <>
      <SaveOutcome status={save.status} onReload={onReload} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={save.busy} data-testid={testId}>
          {save.status.state === 'saving' ? e.saving : label}
        </Button>
        {onCancel && (
          <Button type="button" onClick={onCancel}>
            {cancelLabel ?? e.cancel}
          </Button>
        )}
      </div>
    </>
  );
}
