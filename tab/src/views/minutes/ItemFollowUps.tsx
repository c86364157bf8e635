import { Badge, Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { FollowUpEntry } from '../../../../bot/src/contracts/follow-ups';
import type { MinutesReply } from '../../../../bot/src/contracts/minutes';
import { calendarDate } from '../../../../bot/src/domain/calendar-date';
import { formatDate } from '../../../../bot/src/domain/date-format';
import type { DraftItem } from '../../../../bot/src/domain/minutes-draft';
import { problemText } from '../../../../bot/src/texts/problem-text';
import type { MinutesApi } from '../../api/minutes-api';
import { useLanguage, useTexts } from '../../texts/texts-context';
import { useFormStyles } from '../editing/form-styles';
import { LiveStatus } from '../editing/LiveStatus';
import { SaveBar } from '../editing/SaveBar';
import { useFieldErrors } from '../editing/use-field-errors';
import { useSave } from '../editing/use-save';
import { useSharedStyles } from '../shared-styles';
import { PeopleOptions } from './PeopleOptions';

const useStyles = makeStyles({
  entry: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
});

export interface ItemFollowUpsProps {
  api: MinutesApi;
  reply: MinutesReply;
  item: DraftItem;
  heading: string;
  /** The signed-in person: the one responsible may mark their own follow-up done. */
  meId: string;
  /** After a change: the minutes read afresh. */
  onChanged: (reply: MinutesReply) => void;
}

const newId = () => crypto.randomUUID();

/**
 * Oppfølging under one item of the minutes: what was agreed there (who, what,
 * by when, open or done), a form for the writers to add one while they write,
 * and "mark as done" with a note for the secretary, the chair or the person responsible.
 */
export function ItemFollowUps({ api, reply, item, heading, meId, onChanged }: ItemFollowUpsProps) {
  const f = useTexts().followUps;
  const shared = useSharedStyles();
  const entries = (reply.minutes?.followUps ?? []).filter((e) => e.followUp.itemId === item.itemId);
  const refresh = async () => onChanged(await api.load(reply.meeting.id));
  return (
    <div data-testid={`minutes-follow-ups-${item.itemId}`}>
      <h3 className={shared.h3}>{f.itemHeading}</h3>
      {entries.length === 0 ? (
        <p className={shared.muted}>{f.itemEmpty}</p>
      ) : (
        <ul className={shared.plainList}>
          {entries.map((entry) => (
            <FollowUpLine
              key={entry.followUp.id}
              api={api}
              entry={entry}
              timeZone={reply.timeZone}
              canMarkDone={reply.canManage || entry.followUp.responsibleId === meId}
              onDone={refresh}
            />
          ))}
        </ul>
      )}
      {reply.canRecordFollowUps && <NewFollowUpForm api={api} reply={reply} item={item} heading={heading} onAdded={refresh} />}
    </div>
  );
}

function FollowUpLine({
  api,
  entry,
  timeZone,
  canMarkDone,
  onDone,
}: {
  api: MinutesApi;
  entry: FollowUpEntry;
  timeZone: string;
  canMarkDone: boolean;
  onDone: () => Promise<void>;
}) {
  const f = useTexts().followUps;
  const language = useLanguage();
  const shared = useSharedStyles();
  const styles = useStyles();
  const { followUp, responsibleName } = entry;
  return (
    <li className={styles.entry} data-testid="minutes-follow-up">
      <p className={shared.paragraph}>{followUp.what}</p>
      <p className={`${shared.muted} ${styles.line}`}>
        <span>{`${f.responsible}: ${responsibleName} · ${f.due(formatDate(followUp.due, timeZone, language))}`}</span>
        <Badge appearance="outline" color={followUp.status === 'done' ? 'success' : 'informative'}>
          {followUp.status === 'done' ? f.done(followUp.done?.note ?? '') : f.open}
        </Badge>
      </p>
      {followUp.status === 'open' && canMarkDone && <MarkDoneForm api={api} entry={entry} onDone={onDone} />}
    </li>
  );
}

function MarkDoneForm({ api, entry, onDone }: { api: MinutesApi; entry: FollowUpEntry; onDone: () => Promise<void> }) {
  const f = useTexts().followUps;
  const e = useTexts().editing;
  const language = useLanguage();
  const styles = useFormStyles();
  const id = (field: string) => `follow-up-${field}-${entry.followUp.id}`;
  const save = useSave(id);
  const errors = useFieldErrors();
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim() === '') {
      errors.show({ note: e.required });
      document.getElementById(id('note'))?.focus();
      return;
    }
    void save.save(() => api.markFollowUpDone(entry.followUp.id, entry.etag, note), {
      onSaved: () => void onDone(),
      onFieldProblem: (field, problem) => errors.show({ [field]: problemText(problem, language) }),
    });
  };
  return (
    <form className={styles.panel} onSubmit={submit} noValidate aria-label={f.markDoneFor(entry.followUp.what)}>
      <Field label={f.noteLabel} required {...errors.field('note')}>
        <Textarea
          id={id('note')}
          value={note}
          rows={2}
          onChange={(_, d) => {
            setNote(d.value);
            errors.touch('note');
          }}
        />
      </Field>
      <SaveBar save={save} onReload={() => void onDone()} label={f.markDone} testId={`follow-up-done-${entry.followUp.id}`} />
    </form>
  );
}

function NewFollowUpForm({
  api,
  reply,
  item,
  heading,
  onAdded,
}: {
  api: MinutesApi;
  reply: MinutesReply;
  item: DraftItem;
  heading: string;
  onAdded: () => Promise<void>;
}) {
  const f = useTexts().followUps;
  const e = useTexts().editing;
  const language = useLanguage();
  const styles = useFormStyles();
  const shared = useSharedStyles();
  const id = (field: string) => `follow-up-${field}-${item.itemId}`;
  const save = useSave(id);
  const errors = useFieldErrors();
  // By the next meeting, unless the meeting said otherwise.
  const next = reply.minutes?.draft.nextMeeting;
  const defaultDue = next ? calendarDate(next.startsAt, reply.timeZone) : '';
  const empty = { responsibleId: '', what: '', due: defaultDue };
  const [values, setValues] = useState(empty);
  // Chosen once per follow-up, so a retried send creates it once.
  const [followUpId, setFollowUpId] = useState(newId);
  const change = (patch: Partial<typeof values>) => {
    setValues((old) => ({ ...old, ...patch }));
    for (const name of Object.keys(patch)) errors.touch(name);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = Object.fromEntries(
      (['responsibleId', 'what', 'due'] as const).filter((k) => values[k].trim() === '').map((k) => [k, e.required]),
    );
    if (Object.keys(missing).length > 0) {
      errors.show(missing);
      save.refuse();
      return;
    }
    void save.save(() => api.addFollowUp(reply.meeting.id, { id: followUpId, itemId: item.itemId, ...values }), {
      onSaved: () => {
        setValues(empty);
        setFollowUpId(newId());
        save.announce('success', f.added);
        void onAdded();
      },
      onFieldProblem: (field, problem) => errors.show({ [field]: problemText(problem, language) }),
    });
  };
  return (
    <form
      className={styles.form}
      onSubmit={submit}
      noValidate
      aria-label={f.formLabel(heading)}
      data-testid={`follow-up-form-${item.itemId}`}
    >
      <h4 className={shared.h3}>{f.add}</h4>
      <Field label={f.who} required {...errors.field('responsibleId')}>
        <Select id={id('responsibleId')} value={values.responsibleId} onChange={(_, d) => change({ responsibleId: d.value })}>
          <PeopleOptions people={reply.people} none={f.chooseWho} />
        </Select>
      </Field>
      <Field label={f.what} required {...errors.field('what')}>
        <Textarea id={id('what')} value={values.what} rows={2} onChange={(_, d) => change({ what: d.value })} />
      </Field>
      <Field label={f.dueDate} required {...errors.field('due')}>
        <Input id={id('due')} type="date" value={values.due} onChange={(_, d) => change({ due: d.value })} />
      </Field>
      <LiveStatus value={save.announced} />
      <SaveBar save={save} onReload={() => void onAdded()} label={f.add} testId={`follow-up-add-${item.itemId}`} />
    </form>
  );
}
