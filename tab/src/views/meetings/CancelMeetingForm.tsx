import { Field, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { LIMITS } from '../../../../bot/src/domain/limits';
import type { meetingsApi, SavedMeeting } from '../../api/meetings-api';
import { SaveBar } from '../editing/SaveBar';
import { FormHeading } from '../editing/FormHeading';
import { useFormStyles } from '../editing/form-styles';
import { focusField } from '../editing/save-errors';
import { useSave } from '../editing/use-save';
import { useTexts } from '../../texts/texts-context';

export interface CancelMeetingFormProps {
  entry: SavedMeeting;
  heading: string;
  councilId: string;
  api: ReturnType<typeof meetingsApi>;
  onSaved: (saved: SavedMeeting) => void;
  onCancel: () => void;
}

const FIELD_ID = 'cancel-meeting-reason';

/** Cancels a meeting with a reason members see. */
export function CancelMeetingForm({ entry, heading, councilId, api, onSaved, onCancel }: CancelMeetingFormProps) {
  const styles = useFormStyles();
  const m = useTexts().meetings;
  const e = useTexts().editing;
  const [current, setCurrent] = useState(entry);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const save = useSave(() => FIELD_ID);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.busy) return;
    save.clear();
    const text = reason.trim();
    const problem = text === '' ? e.required : text.length > LIMITS.reason ? e.tooLong(LIMITS.reason) : undefined;
    setError(problem);
    if (problem) {
      focusField(FIELD_ID);
      return;
    }
    await save.save(() => api.cancel(councilId, current.meeting.id, text, current.etag), {
      onSaved,
      onFieldProblem: () => setError(e.invalid),
      summary: false,
    });
  };

  const reloadNow = () =>
    save.reload(
      () => api.get(councilId, current.meeting.id),
      (fresh) => {
        setCurrent(fresh);
        return undefined;
      },
    );

  return (
    <form
      className={styles.form}
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-labelledby="cancel-meeting-heading"
      data-testid="cancel-meeting-form"
    >
      <FormHeading id="cancel-meeting-heading">{heading}</FormHeading>
      <p className={styles.intro}>{m.cancelIntro}</p>
      <Field
        label={m.fieldReason}
        required
        hint={m.reasonHint}
        validationMessage={error}
        validationState={error ? 'error' : 'none'}
      >
        <Textarea
          id={FIELD_ID}
          value={reason}
          resize="vertical"
          onChange={(_ev, d) => {
            setReason(d.value);
            setError(undefined);
          }}
        />
      </Field>
      <SaveBar
        save={save}
        onReload={() => void reloadNow()}
        label={m.cancelButton}
        testId="cancel-meeting-save"
        onCancel={onCancel}
        cancelLabel={m.keepMeeting}
      />
    </form>
  );
}
