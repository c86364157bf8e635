import { Checkbox, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { DraftItem } from '../../../../bot/src/domain/minutes-draft';
import type { MinutesReply } from '../../../../bot/src/contracts/minutes';
import type { MinutesApi, MinutesItemFields } from '../../api/minutes-api';
import { problemText } from '../../../../bot/src/texts/problem-text';
import { useLanguage, useTexts } from '../../texts/texts-context';
import { LiveStatus } from '../editing/LiveStatus';
import { useFormStyles } from '../editing/form-styles';
import { SaveBar } from '../editing/SaveBar';
import { useFieldErrors } from '../editing/use-field-errors';
import { useSave } from '../editing/use-save';
import { useSharedStyles } from '../shared-styles';
import { clearLocalDraft, formatQa, parseQa, readLocalDraft, writeLocalDraft } from './local-draft';

export interface MinutesItemEditorProps {
  api: MinutesApi;
  councilId: string;
  meetingId: string;
  item: DraftItem;
  heading: string;
  etag: string;
  onSaved: (reply: MinutesReply) => void;
}

interface Values {
  notes: string;
  qa: string;
  decision: string;
  notReached: boolean;
}

// Only the four fields: a part read from the server also carries who wrote it and when, which is not sent back.
const valuesOf = (fields: MinutesItemFields): Values => ({
  notes: fields.notes,
  qa: formatQa(fields.qa),
  decision: fields.decision,
  notReached: fields.notReached,
});
const fieldsOf = (values: Values): MinutesItemFields => ({
  notes: values.notes,
  qa: parseQa(values.qa),
  decision: values.decision,
  notReached: values.notReached,
});

/**
 * One agenda item's part of the minutes, written by the secretary or the
 * minute-taker. Every keystroke is kept in the browser until the server has
 * it; a 412 keeps what was typed and shows what the other person saved.
 */
export function MinutesItemEditor({ api, councilId, meetingId, item, heading, etag, onSaved }: MinutesItemEditorProps) {
  const t = useTexts().minutes;
  const texts = useTexts();
  const language = useLanguage();
  const styles = useFormStyles();
  const shared = useSharedStyles();
  const id = (field: string) => `minutes-${field}-${item.itemId}`;
  // The server names "not reached" by what it does to the agenda item: postponed.
  const save = useSave((field) => id(field === 'postponed' ? 'notReached' : field));
  const errors = useFieldErrors();
  const local = readLocalDraft(councilId, meetingId, item.itemId);
  const [values, setValues] = useState<Values>(() => valuesOf(local ?? item.part));
  const [unsaved, setUnsaved] = useState(local !== undefined);
  const [currentEtag, setCurrentEtag] = useState(etag);
  const [theirs, setTheirs] = useState<Values>();

  const change = (patch: Partial<Values>) => {
    const next = { ...values, ...patch };
    setValues(next);
    setUnsaved(true);
    writeLocalDraft(councilId, meetingId, item.itemId, fieldsOf(next));
    for (const name of Object.keys(patch)) errors.touch(name === 'notReached' ? 'postponed' : name);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.save(() => api.saveItem(meetingId, item.itemId, currentEtag, fieldsOf(values)), {
      onSaved: (reply) => {
        clearLocalDraft(councilId, meetingId, item.itemId);
        setUnsaved(false);
        setTheirs(undefined);
        setCurrentEtag(reply.minutes?.partEtags[item.itemId] ?? currentEtag);
        save.announce('success', t.saved);
        onSaved(reply);
      },
      onFieldProblem: (field, problem) => errors.show({ [field]: problemText(problem, language) }),
    });
  };

  // After a conflict: what the other person saved, beside what this person typed (kept in the form).
  const reload = () =>
    void save.reload(
      () => api.load(meetingId),
      (fresh) => {
        const part = fresh.minutes?.draft.items.find((i) => i.itemId === item.itemId)?.part;
        const freshEtag = fresh.minutes?.partEtags[item.itemId];
        if (!part || freshEtag === undefined) return texts.editing.notFound;
        setTheirs(valuesOf(part));
        setCurrentEtag(freshEtag);
        return t.conflict;
      },
    );

  return (
    <form
      className={styles.form}
      onSubmit={submit}
      noValidate
      data-testid={`minutes-item-form-${item.itemId}`}
      aria-label={t.notesFor(heading)}
    >
      {unsaved && (
        <MessageBar intent="info" layout="multiline" data-testid="minutes-unsaved">
          <MessageBarBody>{t.unsavedKept}</MessageBarBody>
        </MessageBar>
      )}
      {theirs && (
        <section className={styles.panel} data-testid="minutes-theirs" aria-label={t.theirVersion}>
          <h4 className={shared.h3}>{t.theirVersion}</h4>
          <p className={shared.preWrap}>{theirs.notes}</p>
          <p className={shared.preWrap}>{theirs.qa}</p>
          {theirs.decision !== '' && (
            <p className={shared.preWrap}>
              {t.decision}: {theirs.decision}
            </p>
          )}
        </section>
      )}
      <Field label={theirs ? `${t.notes} – ${t.yourVersion}` : t.notes} {...errors.field('notes')}>
        <Textarea
          id={id('notes')}
          value={values.notes}
          resize="vertical"
          rows={4}
          onChange={(_, d) => change({ notes: d.value })}
        />
      </Field>
      <Field label={t.qa} hint={t.qaHint} {...errors.field('qa')}>
        <Textarea id={id('qa')} value={values.qa} resize="vertical" rows={3} onChange={(_, d) => change({ qa: d.value })} />
      </Field>
      <Field label={t.decision} {...errors.field('decision')}>
        <Textarea
          id={id('decision')}
          value={values.decision}
          resize="vertical"
          rows={2}
          onChange={(_, d) => change({ decision: d.value })}
        />
      </Field>
      {/* Refused for a standard item or one without a case number: the reason shows here. */}
      <Field {...errors.field('postponed')}>
        <Checkbox
          id={id('notReached')}
          checked={values.notReached}
          label={t.notReached}
          onChange={(_, d) => change({ notReached: d.checked === true })}
        />
      </Field>
      <LiveStatus value={save.announced} />
      <SaveBar save={save} onReload={reload} label={t.saveItem} testId={`minutes-save-${item.itemId}`} />
    </form>
  );
}
