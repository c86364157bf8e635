import { Field } from '@fluentui/react-components';
import type { FormEvent, ReactNode } from 'react';
import { useTexts } from '../../texts/texts-context';
import { FormHeading } from './FormHeading';
import { SaveBar } from './SaveBar';
import { useFormStyles } from './form-styles';
import { focusField } from './save-errors';
import type { useSave } from './use-save';

export interface OneFieldFormProps<T> {
  /** Names the ids: `${name}-heading`, and the test ids `${name}-form` and `${name}-save`. */
  name: string;
  /** The control's id: focus goes there when its value is refused. */
  fieldId: string;
  heading: string;
  intro: string;
  label: string;
  hint?: string;
  /** The problem shown under the field; the form keeps it, so typing can clear it. */
  error: string | undefined;
  setError: (error: string | undefined) => void;
  /** The form's own check of the value before anything is sent. */
  check: () => string | undefined;
  send: () => Promise<T>;
  onSaved: (saved: T) => void;
  onReload: () => void;
  save: ReturnType<typeof useSave>;
  saveLabel: string;
  onCancel: () => void;
  cancelLabel?: string;
  /** The one control, with id `fieldId`. */
  children: ReactNode;
}

/**
 * A form that asks for one value and sends it (a cancellation's reason, a
 * membership's last day): the value is checked here first, a refusal is shown
 * under the field with focus on it, and the server's refusal of the field too.
 */
export function OneFieldForm<T>(props: OneFieldFormProps<T>) {
  const { name, fieldId, error, setError, save } = props;
  const styles = useFormStyles();
  const e = useTexts().editing;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.busy) return;
    save.clear();
    const problem = props.check();
    setError(problem);
    if (problem) {
      focusField(fieldId);
      return;
    }
    await save.save(props.send, { onSaved: props.onSaved, onFieldProblem: () => setError(e.invalid), summary: false });
  };

  return (
    <form
      className={styles.form}
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-labelledby={`${name}-heading`}
      data-testid={`${name}-form`}
    >
      <FormHeading id={`${name}-heading`}>{props.heading}</FormHeading>
      <p className={styles.intro}>{props.intro}</p>
      <Field label={props.label} required hint={props.hint} validationMessage={error} validationState={error ? 'error' : 'none'}>
        {props.children}
      </Field>
      <SaveBar
        save={save}
        onReload={props.onReload}
        label={props.saveLabel}
        testId={`${name}-save`}
        onCancel={props.onCancel}
        cancelLabel={props.cancelLabel}
      />
    </form>
  );
}
