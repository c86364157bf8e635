import {
  Button,
  Checkbox,
  Field,
  Input,
  Select,
  Textarea,
  makeStyles,
  tokens,
  typographyStyles,
} from '@fluentui/react-components';
import { useState } from 'react';
import { ITEM_KINDS, type AgendaItem, type ItemKind } from '../../../../bot/src/domain/agenda';
import { SUGGESTED_EXEMPT_LEGAL_BASIS } from '../../../../bot/src/domain/agenda-edit';
import { isAllowedAttachmentUrl, MAX_ATTACHMENTS_PER_ITEM } from '../../../../bot/src/domain/attachments';
import { LIMITS } from '../../../../bot/src/domain/limits';
import type { AgendaItemInput, AgendaReply } from '../../../../bot/src/contracts/agenda';
import type { AgendaView } from '../../../../bot/src/domain/agenda-view';
import { problemText } from '../../../../bot/src/texts/problem-text';
import { SaveOutcome } from '../editing/SaveOutcome';
import { useFormStyles } from '../editing/form-styles';
import { WholeNumberInput } from '../editing/WholeNumberInput';
import { useFieldErrors } from '../editing/use-field-errors';
import { useSave } from '../editing/use-save';
import { useLanguage, useTexts } from '../../texts/texts-context';
import { CodeOptions } from '../SelectOptions';

const useStyles = makeStyles({
  h3: { ...typographyStyles.subtitle2, margin: 0 },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    '> *': { flexGrow: 1, minWidth: 'min(100%, 12rem)' },
  },
  fieldset: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: { ...typographyStyles.body1Strong, padding: `0 ${tokens.spacingHorizontalXS}` },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

interface AttachmentDraft {
  title: string;
  url: string;
  /** Its Vedlegg number in the meeting, for attachments already saved. */
  number?: number;
  /** Keeps React's rows stable while attachments are added and removed. */
  key: string;
}

export interface AgendaItemFormProps {
  heading: string;
  /** The item being edited; absent for a new one. */
  item?: AgendaItem;
  attachmentNumbers?: readonly number[];
  /** Adds or updates the item with what the form holds. */
  send: (fields: AgendaItemInput) => Promise<AgendaReply>;
  onSaved: (reply: AgendaReply, fields: AgendaItemInput) => void;
  onCancel: () => void;
  /** After a 412: reads the agenda again; the form then holds the item as stored. */
  reload: () => Promise<AgendaView>;
}

let draftKeys = 0;
const draftKey = () => `a${(draftKeys += 1)}`;

/** What the form holds, as typed: numbers stay text until they are sent. */
interface Draft {
  title: string;
  kind: ItemKind;
  responsible: string;
  minutes: string;
  description: string;
  attachments: AttachmentDraft[];
  exempt: boolean;
  legalBasis: string;
  publicTitle: string;
}

function draftOf(item: AgendaItem | undefined, attachmentNumbers: readonly number[] | undefined): Draft {
  return {
    title: item?.title ?? '',
    kind: item?.kind ?? 'discussion',
    responsible: item?.responsible ?? '',
    minutes: item?.plannedMinutes !== undefined ? String(item.plannedMinutes) : '',
    description: item?.description ?? '',
    attachments: (item?.attachments ?? []).map((att, i) => ({ ...att, number: attachmentNumbers?.[i], key: draftKey() })),
    exempt: item?.exempt !== undefined,
    legalBasis: item?.exempt?.legalBasis ?? SUGGESTED_EXEMPT_LEGAL_BASIS,
    publicTitle: item?.exempt?.publicTitle ?? '',
  };
}

const FORM = 'item-form';

/** Add or edit an item: every field labelled, problems shown next to the field the server names. */
export function AgendaItemForm({ heading, item, attachmentNumbers, send, onSaved, onCancel, reload }: AgendaItemFormProps) {
  const t = useTexts().app;
  const a = useTexts().agenda;
  const e = useTexts().editing;
  const language = useLanguage();
  const styles = useStyles();
  const panel = useFormStyles();
  const standard = item?.standard !== undefined;
  const [draft, setDraft] = useState(() => draftOf(item, attachmentNumbers));
  const { title, kind, responsible, minutes, description, attachments, exempt, legalBasis, publicTitle } = draft;
  const [badUrls, setBadUrls] = useState<ReadonlySet<string>>(new Set());
  const { field, show, touch } = useFieldErrors();
  // The server names attachments by position (attachments.2.url); their inputs are named by their row's key.
  const idOf = (name: string): string => {
    const attachment = /^attachments\.(\d+)\.(title|url)$/.exec(name);
    const key = attachment ? attachments[Number(attachment[1])]?.key : undefined;
    return attachment && key ? `attachment-${attachment[2]}-${key}` : `${FORM}-${name.replace('.', '-')}`;
  };
  const save = useSave(idOf);

  const set = <K extends keyof Draft>(name: K, value: Draft[K]) => setDraft((old) => ({ ...old, [name]: value }));
  const setAttachments = (change: (list: AttachmentDraft[]) => AttachmentDraft[]) =>
    setDraft((old) => ({ ...old, attachments: change(old.attachments) }));
  const checkUrl = (row: AttachmentDraft) =>
    setBadUrls((bad) => {
      const next = new Set(bad);
      if (row.url.trim() === '' || isAllowedAttachmentUrl(row.url.trim())) next.delete(row.key);
      else next.add(row.key);
      return next;
    });
  const change = (key: string, patch: Partial<AttachmentDraft>) => {
    setAttachments((list) => list.map((d) => (d.key === key ? { ...d, ...patch } : d)));
    // Typing clears the link's problem; leaving the field checks it again.
    if (patch.url !== undefined && badUrls.has(key)) checkUrl({ key, title: '', url: patch.url });
  };

  const submit = async () => {
    if (save.busy) return;
    save.clear();
    const bad = attachments.filter((d) => d.url.trim() !== '' && !isAllowedAttachmentUrl(d.url.trim()));
    if (bad.length > 0) {
      setBadUrls(new Set(bad.map((d) => d.key)));
      document.getElementById(`attachment-url-${bad[0]!.key}`)?.focus();
      return;
    }
    const fields: AgendaItemInput = {
      title,
      kind,
      // All rows, empty ones too: the server's field names (attachments.2.url) must match what is on screen.
      attachments: attachments.map((d) => ({ title: d.title, url: d.url.trim() })),
    };
    if (responsible.trim() !== '') fields.responsible = responsible;
    if (description.trim() !== '') fields.description = description;
    if (minutes.trim() !== '') fields.plannedMinutes = Number(minutes);
    if (exempt) fields.exempt = { legalBasis, ...(publicTitle.trim() !== '' && { publicTitle }) };
    show({});
    await save.save(() => send(fields), {
      onSaved: (reply) => onSaved(reply, fields),
      onFieldProblem: (name, problem) => show({ [name]: problemText(problem, language) }),
    });
  };

  const reloadNow = () =>
    save.reload(reload, (fresh) => {
      if (item === undefined) return undefined;
      const again = fresh.items.find((x) => x.item.id === item.id);
      if (!again) return e.notFound;
      setDraft(draftOf(again.item, again.attachmentNumbers));
      show({});
      setBadUrls(new Set());
      return undefined;
    });

  return (
    // noValidate: the server's problems, in the person's language, show next to the fields (not the browser's bubbles).
    <form
      noValidate
      className={panel.panel}
      aria-label={heading}
      data-testid="item-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 className={styles.h3}>{heading}</h3>
      <Field label={a.title} required {...field('title')}>
        <Input
          id={idOf('title')}
          value={title}
          onChange={(_e, d) => {
            set('title', d.value);
            touch('title');
          }}
          maxLength={LIMITS.title}
          autoFocus
          data-testid="item-title"
        />
      </Field>
      <div className={styles.row}>
        {!standard && (
          <Field label={a.kind} {...field('kind')}>
            <Select
              id={idOf('kind')}
              value={kind}
              onChange={(_e, d) => {
                set('kind', d.value as ItemKind);
                touch('kind');
              }}
              data-testid="item-kind"
            >
              <CodeOptions codes={ITEM_KINDS} label={(k) => t.itemKind[k]} />
            </Select>
          </Field>
        )}
        <Field label={a.minutesLabel} {...field('plannedMinutes')}>
          <WholeNumberInput
            id={idOf('plannedMinutes')}
            min={1}
            max={600}
            value={minutes}
            onChange={(value) => {
              set('minutes', value);
              touch('plannedMinutes');
            }}
            data-testid="item-minutes"
          />
        </Field>
      </div>
      <Field label={a.responsibleLabel} {...field('responsible')}>
        <Input
          id={idOf('responsible')}
          value={responsible}
          onChange={(_e, d) => {
            set('responsible', d.value);
            touch('responsible');
          }}
          maxLength={LIMITS.name}
          data-testid="item-responsible"
        />
      </Field>
      <Field label={a.description} {...field('description')}>
        <Textarea
          id={idOf('description')}
          value={description}
          onChange={(_e, d) => {
            set('description', d.value);
            touch('description');
          }}
          maxLength={LIMITS.description}
          resize="vertical"
          data-testid="item-description"
        />
      </Field>

      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{a.attachments}</legend>
        <p className={styles.hint}>{a.attachmentsHint}</p>
        {attachments.map((d, i) => (
          <fieldset key={d.key} className={styles.fieldset} data-testid="attachment-draft">
            <legend className={styles.legend}>{a.attachmentLegend(d.number)}</legend>
            <Field label={a.attachmentTitle} required {...field(`attachments.${i}.title`)}>
              <Input
                id={`attachment-title-${d.key}`}
                value={d.title}
                onChange={(_e, v) => {
                  change(d.key, { title: v.value });
                  touch(`attachments.${i}.title`);
                }}
                maxLength={LIMITS.title}
                data-testid="attachment-title"
              />
            </Field>
            <Field
              label={a.attachmentUrl}
              required
              {...field(
                `attachments.${i}.url`,
                badUrls.has(d.key) ? problemText({ problem: 'notHttpsUrl' }, language) : undefined,
              )}
            >
              <Input
                id={`attachment-url-${d.key}`}
                type="url"
                inputMode="url"
                value={d.url}
                onChange={(_e, v) => {
                  change(d.key, { url: v.value });
                  touch(`attachments.${i}.url`);
                }}
                onBlur={() => checkUrl(d)}
                maxLength={LIMITS.url}
                data-testid="attachment-url"
              />
            </Field>
            <div className={styles.actions}>
              <Button
                type="button"
                onClick={() => setAttachments((list) => list.filter((x) => x.key !== d.key))}
                aria-label={a.removeAttachment(d.title || a.attachmentLegend(d.number))}
              >
                {a.remove}
              </Button>
            </div>
          </fieldset>
        ))}
        {attachments.length < MAX_ATTACHMENTS_PER_ITEM && (
          <div className={styles.actions}>
            <Button
              type="button"
              onClick={() => setAttachments((list) => [...list, { title: '', url: '', key: draftKey() }])}
              data-testid="add-attachment"
            >
              {a.addAttachment}
            </Button>
          </div>
        )}
      </fieldset>

      <Checkbox
        checked={exempt}
        onChange={(_e, d) => set('exempt', d.checked === true)}
        label={a.exempt}
        data-testid="item-exempt"
      />
      {exempt && (
        <Field label={a.legalBasis} required hint={a.legalBasisHint} {...field('exempt.legalBasis')}>
          <Input
            id={idOf('exempt.legalBasis')}
            value={legalBasis}
            onChange={(_e, d) => {
              set('legalBasis', d.value);
              touch('exempt.legalBasis');
            }}
            maxLength={LIMITS.reason}
            data-testid="item-legal-basis"
          />
        </Field>
      )}
      {exempt && (
        <Field label={a.publicTitle} hint={a.publicTitleHint} {...field('exempt.publicTitle')}>
          <Input
            id={idOf('exempt.publicTitle')}
            value={publicTitle}
            onChange={(_e, d) => {
              set('publicTitle', d.value);
              touch('exempt.publicTitle');
            }}
            maxLength={LIMITS.title}
            data-testid="item-public-title"
          />
        </Field>
      )}
      <SaveOutcome status={save.status} onReload={() => void reloadNow()} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={save.busy} data-testid="item-save">
          {save.status.state === 'saving' ? e.saving : a.save}
        </Button>
        <Button type="button" onClick={onCancel} disabled={save.status.state === 'saving'}>
          {a.cancel}
        </Button>
      </div>
    </form>
  );
}
