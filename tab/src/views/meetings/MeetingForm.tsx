import { Button, Field, Input } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { localInstant } from '../../../../bot/src/domain/meeting-schedule';
import type { meetingsApi, SavedMeeting } from '../../api/meetings-api';
import { SaveBar } from '../editing/SaveBar';
import { HeadedForm } from '../editing/HeadedForm';
import { useFormStyles } from '../editing/form-styles';
import { focusField } from '../editing/save-errors';
import { useSave } from '../editing/use-save';
import {
  bodyOf,
  defaultDeadlineState,
  meetingFormErrors,
  NEW_MEETING,
  serverFieldText,
  stateOf,
  type MeetingField,
  type MeetingFormErrors,
  type MeetingFormState,
} from './meeting-form-values';
import { useLanguage, useTexts } from '../../texts/texts-context';
import { tabNow } from '../../state/tab-clock';

export interface MeetingFormProps {
  /** Absent: a new meeting. */
  entry?: SavedMeeting;
  heading: string;
  councilId: string;
  timeZone: string;
  api: ReturnType<typeof meetingsApi>;
  onSaved: (saved: SavedMeeting, created: boolean) => void;
  onCancel: () => void;
}

const FORM = 'meeting-form';
const idOf = (field: MeetingField) => `${FORM}-${field}`;

/** A unique id per form, so a form sent twice (double click, retry after a lost answer) creates one meeting. */
function newRequestId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Create or edit a meeting: date and times in the council's zone, place and/or link, deadlines defaulting to 14 and 7 days before. */
export function MeetingForm({ entry, heading, councilId, timeZone, api, onSaved, onCancel }: MeetingFormProps) {
  const styles = useFormStyles();
  const m = useTexts().meetings;
  const e = useTexts().editing;
  const language = useLanguage();
  const [requestId] = useState(newRequestId);
  const [current, setCurrent] = useState(entry);
  const [values, setValues] = useState<MeetingFormState>(() => (entry ? stateOf(entry.meeting, timeZone) : NEW_MEETING));
  // New meetings: the deadlines follow the date until the secretary changes them.
  const [deadlinesTouched, setDeadlinesTouched] = useState(entry !== undefined);
  const [errors, setErrors] = useState<MeetingFormErrors>({});
  const save = useSave((field) => idOf(field as MeetingField));

  const set = (field: MeetingField, value: string) => {
    setValues((old) => {
      const next = { ...old, [field]: value };
      if (!deadlinesTouched && (field === 'date' || field === 'startTime')) {
        Object.assign(next, defaultDeadlineState(next, timeZone) ?? { proposalDeadline: '', noticeDeadline: '' });
      }
      return next;
    });
    if (field === 'proposalDeadline' || field === 'noticeDeadline') setDeadlinesTouched(true);
    setErrors((old) => ({ ...old, [field]: undefined }));
  };
  const useDefaults = () => {
    const defaults = defaultDeadlineState(values, timeZone);
    if (!defaults) return;
    setValues((old) => ({ ...old, ...defaults }));
    setDeadlinesTouched(false);
    setErrors((old) => ({ ...old, proposalDeadline: undefined, noticeDeadline: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.busy) return;
    save.clear();
    const withDeadlines = { ...values, ...(values.proposalDeadline === '' ? defaultDeadlineState(values, timeZone) : {}) };
    const found = meetingFormErrors(
      withDeadlines,
      timeZone,
      { now: tabNow(), storedStartsAt: current?.meeting.startsAt },
      m,
      e,
      language,
    );
    setErrors(found);
    const first = Object.keys(found)[0] as MeetingField | undefined;
    if (first) {
      save.refuse();
      focusField(idOf(first));
      return;
    }
    const body = bodyOf(withDeadlines);
    await save.save(
      () => (current ? api.update(councilId, current.meeting.id, body, current.etag) : api.create(councilId, body, requestId)),
      {
        onSaved: (saved) => onSaved(saved, !current),
        onFieldProblem: (field, problem) => setErrors({ [field as MeetingField]: serverFieldText(problem, m, e, language) }),
      },
    );
  };

  const reloadNow = async () => {
    if (!current) return;
    await save.reload(
      () => api.get(councilId, current.meeting.id),
      (fresh) => {
        setCurrent(fresh);
        setValues(stateOf(fresh.meeting, timeZone));
        setErrors({});
        return undefined;
      },
    );
  };

  const field = (name: MeetingField) => ({
    validationMessage: errors[name],
    validationState: errors[name] ? ('error' as const) : ('none' as const),
  });
  const passed = (local: string): string | undefined => {
    const [date, time] = local.split('T');
    const instant = localInstant(date ?? '', time ?? '', timeZone);
    return instant.ok && instant.instant.toMillis() < tabNow().getTime() ? m.deadlinePassed : undefined;
  };

  return (
    <HeadedForm testId={FORM} headingId={`${FORM}-heading`} heading={heading} onSubmit={submit}>
      {!current && <p className={styles.intro}>{m.createIntro}</p>}
      <p className={styles.note}>{m.timeZoneNote(timeZone)}</p>
      <div className={styles.row}>
        <Field label={m.fieldDate} required {...field('date')}>
          <Input id={idOf('date')} type="date" value={values.date} onChange={(_ev, d) => set('date', d.value)} />
        </Field>
        <Field label={m.fieldStartTime} required {...field('startTime')}>
          <Input id={idOf('startTime')} type="time" value={values.startTime} onChange={(_ev, d) => set('startTime', d.value)} />
        </Field>
        <Field label={m.fieldEndTime} required {...field('endTime')}>
          <Input id={idOf('endTime')} type="time" value={values.endTime} onChange={(_ev, d) => set('endTime', d.value)} />
        </Field>
      </div>
      <Field label={m.fieldPlace} hint={m.placeHint} {...field('place')}>
        <Input id={idOf('place')} value={values.place} onChange={(_ev, d) => set('place', d.value)} />
      </Field>
      <Field label={m.fieldOnlineLink} {...field('onlineLink')}>
        <Input
          id={idOf('onlineLink')}
          type="url"
          inputMode="url"
          value={values.onlineLink}
          onChange={(_ev, d) => set('onlineLink', d.value)}
          placeholder="https://"
        />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{m.deadlinesLegend}</legend>
        <p className={styles.note}>{m.deadlinesHint}</p>
        <div className={styles.row}>
          <Field label={m.fieldProposalDeadline} hint={passed(values.proposalDeadline)} {...field('proposalDeadline')}>
            <Input
              id={idOf('proposalDeadline')}
              type="datetime-local"
              value={values.proposalDeadline}
              onChange={(_ev, d) => set('proposalDeadline', d.value)}
            />
          </Field>
          <Field label={m.fieldNoticeDeadline} hint={passed(values.noticeDeadline)} {...field('noticeDeadline')}>
            <Input
              id={idOf('noticeDeadline')}
              type="datetime-local"
              value={values.noticeDeadline}
              onChange={(_ev, d) => set('noticeDeadline', d.value)}
            />
          </Field>
        </div>
        <div className={styles.actions}>
          <Button
            type="button"
            onClick={useDefaults}
            disabled={!defaultDeadlineState(values, timeZone)}
            data-testid="meeting-default-deadlines"
          >
            {m.useDefaultDeadlines}
          </Button>
        </div>
      </fieldset>
      <SaveBar
        save={save}
        onReload={() => void reloadNow()}
        label={current ? e.save : m.createButton}
        testId="meeting-save"
        onCancel={onCancel}
      />
    </HeadedForm>
  );
}
