import { Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { LIMITS } from '../../../../bot/src/domain/limits';
import type { meetingsApi, SavedMeeting } from '../../api/meetings-api';
import { OneFieldForm } from '../editing/OneFieldForm';
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
  const m = useTexts().meetings;
  const e = useTexts().editing;
  const [current, setCurrent] = useState(entry);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const save = useSave(() => FIELD_ID);

  const check = () => {
    const text = reason.trim();
    return text === '' ? e.required : text.length > LIMITS.reason ? e.tooLong(LIMITS.reason) : undefined;
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
    <OneFieldForm
      name="cancel-meeting"
      fieldId={FIELD_ID}
      heading={heading}
      intro={m.cancelIntro}
      label={m.fieldReason}
      hint={m.reasonHint}
      error={error}
      setError={setError}
      check={check}
      send={() => api.cancel(councilId, current.meeting.id, reason.trim(), current.etag)}
      onSaved={onSaved}
      onReload={() => void reloadNow()}
      save={save}
      saveLabel={m.cancelButton}
      onCancel={onCancel}
      cancelLabel={m.keepMeeting}
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
    </OneFieldForm>
  );
}
