import { Button, Field, MessageBar, MessageBarBody, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatCaseNumber } from '../../../../bot/src/domain/case-number';
import { formatMeetingTime } from '../../../../bot/src/domain/date-format';
import type { DecisionAction } from '../../../../bot/src/domain/proposal';
import type { ProposalInbox } from '../../../../bot/src/domain/proposal-inbox';
import type { DecisionReply } from '../../../../bot/src/contracts/agenda';
import { problemText } from '../../../../bot/src/texts/problem-text';
import type { DecisionBody } from '../../api/proposal-api';
import { SaveOutcome } from '../editing/SaveOutcome';
import { useFormStyles } from '../editing/form-styles';
import { useFieldErrors } from '../editing/use-field-errors';
import { useSave } from '../editing/use-save';
import { useLanguage, useTexts } from '../../texts/texts-context';
import { SelectOptions } from '../SelectOptions';

const useStyles = makeStyles({
  explain: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface DecisionFormProps {
  inbox: ProposalInbox;
  action: DecisionAction;
  proposalId: string;
  proposalTitle: string;
  /** Sends the decision; `decisionId` is the same for every retry of this form. */
  send: (decisionId: string, body: DecisionBody) => Promise<DecisionReply>;
  onDecided: (reply: DecisionReply) => void;
  onCancel: () => void;
  /** After a 412: reads the inbox again (the entry then shows what was decided meanwhile). */
  reload: () => Promise<unknown>;
}

const newId = () => crypto.randomUUID();

/** What one decision needs before it is sent: the later meeting, the item, the reason the proposer reads. */
export function DecisionForm({ inbox, action, proposalId, proposalTitle, send, onDecided, onCancel, reload }: DecisionFormProps) {
  const { agenda: a, editing: e } = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const panel = useFormStyles();
  const [reason, setReason] = useState('');
  const [toMeetingId, setToMeetingId] = useState(inbox.deferTargets[0]?.id ?? '');
  const [itemId, setItemId] = useState(inbox.agendaItems.find((i) => i.id !== 'approval')?.id ?? inbox.agendaItems[0]?.id ?? '');
  // One id per decision: a retry after a lost answer sends the same, so the server decides (and tells) once.
  const [decisionId] = useState(newId);
  const { field: problem, show, touch } = useFieldErrors();
  const idOf = (field: string) => `decision-${proposalId}-${field}`;
  const save = useSave(idOf);
  const needsReason = action === 'decline' || action === 'merge';
  const cannotDefer = action === 'defer' && inbox.deferTargets.length === 0;
  const zone = inbox.council.timeZone;

  const submit = async () => {
    if (save.busy) return;
    save.clear();
    show({});
    const body: DecisionBody = {};
    if (action !== 'accept' && reason.trim() !== '') body.reason = reason;
    if (needsReason) body.reason = reason;
    if (action === 'defer') body.toMeetingId = toMeetingId;
    if (action === 'merge') body.itemId = itemId;
    await save.save(() => send(decisionId, body), {
      onSaved: onDecided,
      onFieldProblem: (field, refused) => show({ [field]: problemText(refused, language) }),
    });
  };

  return (
    // noValidate: the server's problems, in the person's language, show next to the fields (not the browser's bubbles).
    <form
      noValidate
      className={panel.panel}
      aria-label={a.actionLabel[action](proposalTitle)}
      data-testid={`decision-form-${action}`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className={styles.explain}>{a.explain[action]}</p>
      {action === 'defer' &&
        (cannotDefer ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{a.noDeferTargets}</MessageBarBody>
          </MessageBar>
        ) : (
          <Field label={a.deferTo} {...problem('toMeetingId')}>
            <Select
              id={idOf('toMeetingId')}
              value={toMeetingId}
              onChange={(_e, data) => {
                setToMeetingId(data.value);
                touch('toMeetingId');
              }}
              autoFocus
              data-testid="defer-target"
            >
              <SelectOptions
                items={inbox.deferTargets}
                value={(m) => m.id}
                label={(m) => formatMeetingTime(m.startsAt, m.endsAt, zone, language)}
              />
            </Select>
          </Field>
        ))}
      {action === 'merge' && (
        <Field label={a.mergeInto} {...problem('itemId')}>
          <Select
            id={idOf('itemId')}
            value={itemId}
            onChange={(_e, data) => {
              setItemId(data.value);
              touch('itemId');
            }}
            autoFocus
            data-testid="merge-target"
          >
            <SelectOptions
              items={inbox.agendaItems}
              value={(i) => i.id}
              label={(i) => (i.caseNumber ? `${formatCaseNumber(i.caseNumber)} ${i.title}` : i.title)}
            />
          </Select>
        </Field>
      )}
      {action !== 'accept' && !cannotDefer && (
        <Field
          label={needsReason ? a.reason : a.reasonOptional}
          required={needsReason}
          hint={a.reasonHint}
          {...problem('reason')}
        >
          <Textarea
            id={idOf('reason')}
            value={reason}
            onChange={(_e, data) => {
              setReason(data.value);
              touch('reason');
            }}
            resize="vertical"
            maxLength={500}
            autoFocus={action === 'decline'}
            data-testid="decision-reason"
          />
        </Field>
      )}
      <SaveOutcome status={save.status} onReload={() => void save.reload(reload, () => undefined)} />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          type="submit"
          disabled={save.busy || cannotDefer}
          autoFocus={action === 'accept'}
          data-testid="decision-confirm"
        >
          {save.status.state === 'saving' ? e.saving : a.confirm[action]}
        </Button>
        <Button type="button" onClick={onCancel} disabled={save.status.state === 'saving'}>
          {a.cancel}
        </Button>
      </div>
    </form>
  );
}
