import { Field, Select, Textarea } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { MinutesReply } from '../../../../bot/src/contracts/minutes';
import { formatDate } from '../../../../bot/src/domain/date-format';
import { AMENDABLE_FIELDS, type AmendableField } from '../../../../bot/src/domain/minutes';
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
import { CodeOptions } from '../SelectOptions';

/** The corrections made to an item after approval: who, when, what changed (before and after) and why. */
export function AmendmentList({ item, timeZone }: { item: DraftItem; timeZone: string }) {
  const t = useTexts().minutes;
  const language = useLanguage();
  const shared = useSharedStyles();
  if (item.amendments.length === 0) return null;
  return (
    <>
      <h3 className={shared.h3}>{t.amendmentsHeading}</h3>
      <ul className={shared.plainList} data-testid={`minutes-amendments-${item.itemId}`}>
        {item.amendments.map((a, i) => (
          <li key={i} data-testid="minutes-amendment">
            <p className={shared.paragraph}>
              {t.amendmentFieldLine(t.amendFields[a.field], a.byName, formatDate(a.at, timeZone, language))}
            </p>
            <p className={`${shared.muted} ${shared.preWrap}`}>{t.amendmentBefore(a.before)}</p>
            <p className={`${shared.muted} ${shared.preWrap}`}>{t.amendmentAfter(a.after)}</p>
            <p className={shared.muted}>{t.amendmentReason(a.reason)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export interface AmendmentFormProps {
  api: MinutesApi;
  reply: MinutesReply;
  item: DraftItem;
  heading: string;
  onSaved: (reply: MinutesReply) => void;
}

/**
 * A visible correction of approved (frozen) minutes, by the secretary or the
 * chair: which text, the new wording, and why. Never a silent edit: the item
 * then lists the amendment with who and when.
 */
export function AmendmentForm({ api, reply, item, heading, onSaved }: AmendmentFormProps) {
  const t = useTexts().minutes;
  const e = useTexts().editing;
  const language = useLanguage();
  const styles = useFormStyles();
  const id = (field: string) => `amend-${field}-${item.itemId}`;
  const save = useSave(id);
  const errors = useFieldErrors();
  const [field, setField] = useState<AmendableField>('decision');
  const [after, setAfter] = useState(item.part.decision);
  const [reason, setReason] = useState('');
  const etag = reply.minutes?.partEtags[item.itemId];
  if (etag === undefined) return null;

  const choose = (next: AmendableField) => {
    setField(next);
    setAfter(item.part[next]);
    errors.touch('after');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = {
      ...(after === item.part[field] && { after: problemText({ problem: 'unchanged' }, language) }),
      ...(reason.trim() === '' && { reason: e.required }),
    };
    if (Object.keys(local).length > 0) {
      errors.show(local);
      save.refuse();
      return;
    }
    void save.save(() => api.amend(reply.meeting.id, item.itemId, etag, { field, after, reason }), {
      onSaved: (fresh) => {
        setReason('');
        save.announce('success', t.amended);
        onSaved(fresh);
      },
      onFieldProblem: (name, problem) => errors.show({ [name]: problemText(problem, language) }),
    });
  };
  return (
    <form
      className={styles.panel}
      onSubmit={submit}
      noValidate
      aria-label={t.amendFor(heading)}
      data-testid={`minutes-amend-form-${item.itemId}`}
    >
      <Field label={t.amendField}>
        <Select id={id('field')} value={field} onChange={(_, d) => choose(d.value as AmendableField)}>
          <CodeOptions codes={AMENDABLE_FIELDS} label={(f) => t.amendFields[f]} />
        </Select>
      </Field>
      <Field label={t.amendAfter} {...errors.field('after')}>
        <Textarea
          id={id('after')}
          value={after}
          rows={3}
          resize="vertical"
          onChange={(_, d) => {
            setAfter(d.value);
            errors.touch('after');
          }}
        />
      </Field>
      <Field label={t.amendReason} required {...errors.field('reason')}>
        <Textarea
          id={id('reason')}
          value={reason}
          rows={2}
          onChange={(_, d) => {
            setReason(d.value);
            errors.touch('reason');
          }}
        />
      </Field>
      <LiveStatus value={save.announced} />
      <SaveBar save={save} onReload={() => undefined} label={t.amendSave} testId={`minutes-amend-${item.itemId}`} />
    </form>
  );
}
