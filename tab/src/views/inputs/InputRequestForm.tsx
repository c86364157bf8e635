import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatMeetingTime } from '../../../../bot/src/domain/date-format';
import type { InputRequest } from '../../../../bot/src/domain/input-request';
import { LIMITS } from '../../../../bot/src/domain/limits';
import type { Meeting } from '../../../../bot/src/domain/meeting';
import { instantFromLocal, localDateAndTime } from '../../../../bot/src/domain/zoned-time';
import type { InputsApi } from '../../api/inputs-api';
import type { InputRequestBody, InputRequestChoices, SavedInputRequestResponse } from '../../../../bot/src/contracts/inputs';
import { ApiError } from '../../api/api-client';
import { problemOfError } from '../../texts/problem-text';
import { SaveOutcome } from '../editing/SaveOutcome';
import { focusField } from '../editing/save-errors';
import { useFieldErrors } from '../editing/use-field-errors';
import { useSave } from '../editing/use-save';
import { useSharedStyles } from '../shared-styles';
import type { ViewContext } from '../view-context';
import { inputFieldProblem } from './form-problems';
import { useLanguage, useTexts } from '../../texts/texts-context';
import { tabNow } from '../../state/tab-clock';
import { SelectOptions } from '../SelectOptions';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  legend: { ...typographyStyles.body1Strong, padding: 0, marginBottom: tokens.spacingVerticalS },
  question: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  // Date and time side by side when there is room, stacked on a phone.
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  grow: { flexGrow: 1, minWidth: '9rem' },
  members: { display: 'flex', flexDirection: 'column' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  groupError: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  // Long item titles are cut with an ellipsis instead of widening the page on a phone.
  select: { minWidth: 0 },
  selectControl: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});

/** `answered`: answers have arrived, so the questions and the item are fixed (the server enforces it too). */
export type FormMode = { kind: 'new' } | { kind: 'edit'; request: InputRequest; etag: string; answered: boolean };

export interface InputRequestFormProps {
  ctx: ViewContext;
  api: InputsApi;
  meeting: Meeting;
  timeZone: string;
  choices: InputRequestChoices;
  mode: FormMode;
  onSaved: (saved: SavedInputRequestResponse, mode: FormMode) => void;
  onCancel: () => void;
  /** After a 412: load the list again (the form closes; the secretary starts from what is stored). */
  onReload: () => void;
}

/** A new id per form, so pressing "Send" twice (or a retried request) stores one request. */
function newRequestId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Three days before the meeting at 23.59, or the meeting start when that has passed. */
function defaultDeadline(meeting: Meeting, timeZone: string): { date: string; time: string } {
  const start = localDateAndTime(meeting.startsAt, timeZone);
  const threeDaysBefore = new Date(Date.parse(meeting.startsAt) - 3 * 86_400_000).toISOString();
  const candidate = { date: localDateAndTime(threeDaysBefore, timeZone).date, time: '23:59' };
  const instant = instantFromLocal(candidate.date, candidate.time, timeZone);
  return instant !== undefined && Date.parse(instant) > tabNow().getTime() ? candidate : start;
}

let nextKey = 0;
const keyed = (text: string) => ({ key: `q${(nextKey += 1)}`, text });

/** Ask for written input: repeatable questions, a deadline, an optional agenda item, and who is asked. */
export function InputRequestForm({
  ctx,
  api,
  meeting,
  timeZone,
  choices,
  mode,
  onSaved,
  onCancel,
  onReload,
}: InputRequestFormProps) {
  const { inputs: m, editing: e } = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const existing = mode.kind === 'edit' ? mode.request : undefined;
  const fixed = mode.kind === 'edit' && mode.answered;
  const [requestId] = useState(() => existing?.id ?? newRequestId());
  const [questions, setQuestions] = useState(() => (existing ? existing.questions.map((q) => keyed(q.text)) : [keyed('')]));
  const initialDeadline = existing ? localDateAndTime(existing.deadline, timeZone) : defaultDeadline(meeting, timeZone);
  const [deadlineDate, setDeadlineDate] = useState(initialDeadline.date);
  const [deadlineTime, setDeadlineTime] = useState(initialDeadline.time);
  const [agendaItemId, setAgendaItemId] = useState(existing?.agendaItemId ?? '');
  const [who, setWho] = useState<'everyone' | 'chosen'>(existing && existing.askedMemberIds.length > 0 ? 'chosen' : 'everyone');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(existing?.askedMemberIds ?? []));
  // Problems next to the fields, by the form's own keys (`question-2`, `deadline`, …).
  const { errors: problems, show: setProblems, field } = useFieldErrors();
  const firstQuestion = useRef<HTMLTextAreaElement>(null);
  const focusAfterRender = useRef<string | undefined>(undefined);

  useEffect(() => {
    firstQuestion.current?.focus();
  }, []);
  useEffect(() => {
    if (focusAfterRender.current) document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = undefined;
  });

  const ids = {
    question: (i: number) => `iq-question-${i}`,
    date: 'iq-deadline-date',
    time: 'iq-deadline-time',
    item: 'iq-item',
    add: 'iq-add-question',
    who: 'iq-who',
  };
  /** The first field with a problem gets focus, so keyboard and screen-reader users land on it. */
  const fieldIdOf = (key: string): string => {
    const question = /^question-(\d+)$/.exec(key);
    if (question) return ids.question(Number(question[1]));
    return { questions: ids.add, deadline: ids.date, agendaItemId: ids.item, askedMemberIds: ids.who }[key] ?? ids.add;
  };
  const save = useSave((field) => {
    const key = inputFieldProblem(field, { problem: 'invalid' }, m, language).key;
    return key === undefined ? '' : fieldIdOf(key);
  });

  const meetingStart = formatMeetingTime(meeting.startsAt, meeting.endsAt, timeZone, language);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.busy) return;
    save.clear();
    const fields: Record<string, string> = {};
    const deadline = instantFromLocal(deadlineDate, deadlineTime, timeZone);
    if (deadline === undefined) fields['deadline'] = m.deadlineInvalid;
    // An empty list means "everyone" to the server, so "chosen" with nobody picked must stop here.
    if (who === 'chosen' && chosen.size === 0) fields['askedMemberIds'] = m.chooseMembers;
    setProblems(fields);
    const first = Object.keys(fields)[0];
    if (deadline === undefined || first !== undefined) {
      save.refuse();
      if (first !== undefined) focusField(fieldIdOf(first));
      return;
    }
    const body: InputRequestBody = {
      questions: questions.map((q) => ({ text: q.text })),
      deadline,
      ...(agendaItemId !== '' && { agendaItemId }),
      askedMemberIds: who === 'everyone' ? [] : choices.members.filter((c) => chosen.has(c.memberId)).map((c) => c.memberId),
    };
    await save.save(
      () =>
        mode.kind === 'new'
          ? api.create(ctx.council.id, meeting.id, requestId, body)
          : api.update(ctx.council.id, meeting.id, mode.request.id, body, mode.etag),
      {
        onSaved: (saved) => onSaved(saved, mode),
        onFieldProblem: (field, problem) => {
          const shown = inputFieldProblem(field, problem, m, language);
          if (shown.key !== undefined) setProblems({ [shown.key]: shown.text });
        },
        // A closed meeting, a closed request, a field this form does not show: said over the form.
        explain: (error) => {
          if (!(error instanceof ApiError)) return undefined;
          if (error.code === 'meetingClosed') return m.meetingClosed;
          if (error.code !== 'invalidValue' || error.field === undefined) return undefined;
          const shown = inputFieldProblem(error.field, problemOfError(error), m, language);
          return shown.key === undefined ? shown.text : undefined;
        },
      },
    );
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate data-testid="input-request-form">
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{m.questionsLegend}</legend>
        {fixed && <p className={shared.note}>{m.answersArrivedNote}</p>}
        {questions.map((q, i) => (
          <div key={q.key} className={styles.question}>
            <Field label={{ children: m.questionLabel(i + 1), htmlFor: ids.question(i) }} required {...field(`question-${i}`)}>
              <Textarea
                id={ids.question(i)}
                ref={i === 0 ? firstQuestion : undefined}
                value={q.text}
                readOnly={fixed}
                resize="vertical"
                maxLength={LIMITS.question}
                data-testid={`question-${i}`}
                onChange={(_e, data) =>
                  setQuestions((list) => list.map((x) => (x.key === q.key ? { ...x, text: data.value } : x)))
                }
              />
            </Field>
            {questions.length > 1 && !fixed && (
              <div>
                <Button
                  appearance="subtle"
                  onClick={() => {
                    setQuestions((list) => list.filter((x) => x.key !== q.key));
                    focusAfterRender.current = ids.question(Math.max(0, i - 1));
                  }}
                >
                  {m.removeQuestion(i + 1)}
                </Button>
              </div>
            )}
          </div>
        ))}
        {problems['questions'] && (
          <p className={styles.groupError} role="alert">
            {problems['questions']}
          </p>
        )}
        <div hidden={fixed}>
          <Button
            id={ids.add}
            disabled={questions.length >= LIMITS.questionsPerRequest}
            onClick={() => {
              setQuestions((list) => [...list, keyed('')]);
              focusAfterRender.current = ids.question(questions.length);
            }}
          >
            {m.addQuestion}
          </Button>
        </div>
      </fieldset>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{m.deadline}</legend>
        <div className={styles.row}>
          <Field className={styles.grow} label={{ children: m.deadlineDate, htmlFor: ids.date }} required {...field('deadline')}>
            <Input
              id={ids.date}
              aria-describedby="iq-deadline-hint"
              type="date"
              value={deadlineDate}
              onChange={(_e, data) => setDeadlineDate(data.value)}
            />
          </Field>
          <Field className={styles.grow} label={{ children: m.deadlineTime, htmlFor: ids.time }} required>
            <Input
              id={ids.time}
              aria-describedby="iq-deadline-hint"
              type="time"
              value={deadlineTime}
              onChange={(_e, data) => setDeadlineTime(data.value)}
            />
          </Field>
        </div>
        <p id="iq-deadline-hint" className={shared.muted}>
          {m.deadlineHint(meetingStart)}
        </p>
      </fieldset>

      <Field label={{ children: m.itemLabel, htmlFor: ids.item }} {...field('agendaItemId')}>
        <Select
          id={ids.item}
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={agendaItemId}
          disabled={fixed}
          onChange={(_e, data) => setAgendaItemId(data.value)}
        >
          <option value="">{m.noItem}</option>
          <SelectOptions items={choices.items} value={(item) => item.id} label={(item) => item.heading} />
        </Select>
      </Field>

      <Field label={m.whoLegend} {...field('askedMemberIds')}>
        <RadioGroup value={who} onChange={(_e, data) => setWho(data.value === 'chosen' ? 'chosen' : 'everyone')}>
          <Radio id={ids.who} value="everyone" label={m.askEveryone} />
          <Radio value="chosen" label={m.askChosen} />
        </RadioGroup>
      </Field>
      {who === 'chosen' && (
        <fieldset className={styles.fieldset} data-testid="member-choices">
          <legend className={styles.legend}>{m.membersLegend}</legend>
          <div className={styles.members}>
            {choices.members.map((c) => (
              <Checkbox
                key={c.memberId}
                checked={chosen.has(c.memberId)}
                label={c.deputy ? `${c.name} (${m.deputyTag})` : c.name}
                onChange={(_e, data) =>
                  setChosen((set) => {
                    const next = new Set(set);
                    if (data.checked === true) next.add(c.memberId);
                    else next.delete(c.memberId);
                    return next;
                  })
                }
              />
            ))}
          </div>
        </fieldset>
      )}

      <p className={shared.note}>{m.botHint}</p>

      {/* After a 412 the form closes and the list is read again: the secretary starts from what is stored. */}
      <SaveOutcome status={save.status} onReload={onReload} testId="form-problem" />

      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={save.busy} data-testid="submit-request">
          {save.status.state === 'saving' ? e.saving : mode.kind === 'new' ? m.send : m.save}
        </Button>
        <Button onClick={onCancel}>{m.cancel}</Button>
      </div>
    </form>
  );
}
