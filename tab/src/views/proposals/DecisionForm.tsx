import { Button, Field, MessageBar, MessageBarBody, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatCaseNumber } from '../../../../bot/src/domain/case-number';
import { formatMeetingTime } from '../../../../bot/src/domain/date-format';
import type { DecisionAction } from '../../../../bot/src/domain/proposal';
import type { ProposalInbox } from '../../../../bot/src/domain/proposal-inbox';
import type { DecisionBody } from '../../api/proposal-api';
import { useFieldProblems } from '../../state/use-field-problems';
import type { SaveFailure } from '../field-problems';
import { errorText } from '../error-text';
import { useLanguage, useTexts } from '../../texts/texts-context';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  explain: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface DecisionFormProps {
  inbox: ProposalInbox;
  action: DecisionAction;
  proposalTitle: string;
  busy: boolean;
  failure?: SaveFailure;
  onSubmit: (body: DecisionBody) => void;
  onCancel: () => void;
}

/** What one decision needs before it is sent: the later meeting, the item, the reason the proposer reads. */
export function DecisionForm({ inbox, action, proposalTitle, busy, failure, onSubmit, onCancel }: DecisionFormProps) {
  const { app: t, agenda: a } = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const [reason, setReason] = useState('');
  const [toMeetingId, setToMeetingId] = useState(inbox.deferTargets[0]?.id ?? '');
  const [itemId, setItemId] = useState(inbox.agendaItems.find((i) => i.id !== 'approval')?.id ?? inbox.agendaItems[0]?.id ?? '');
  const needsReason = action === 'decline' || action === 'merge';
  const cannotDefer = action === 'defer' && inbox.deferTargets.length === 0;
  const zone = inbox.council.timeZone;
  const { problem, touch } = useFieldProblems(failure);

  const submit = () => {
    const body: DecisionBody = {};
    if (action !== 'accept' && reason.trim() !== '') body.reason = reason;
    if (needsReason) body.reason = reason;
    if (action === 'defer') body.toMeetingId = toMeetingId;
    if (action === 'merge') body.itemId = itemId;
    onSubmit(body);
  };

  return (
    // noValidate: the server's problems, in the person's language, show next to the fields (not the browser's bubbles).
    <form
      noValidate
      className={styles.root}
      aria-label={a.actionLabel[action](proposalTitle)}
      data-testid={`decision-form-${action}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <p className={styles.explain}>{a.explain[action]}</p>
      {action === 'defer' &&
        (cannotDefer ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{a.noDeferTargets}</MessageBarBody>
          </MessageBar>
        ) : (
          <Field
            label={a.deferTo}
            validationMessage={problem('toMeetingId')}
            validationState={problem('toMeetingId') ? 'error' : 'none'}
          >
            <Select
              value={toMeetingId}
              onChange={(_e, data) => {
                setToMeetingId(data.value);
                touch('toMeetingId');
              }}
              autoFocus
              data-testid="defer-target"
            >
              {inbox.deferTargets.map((m) => (
                <option key={m.id} value={m.id}>
                  {formatMeetingTime(m.startsAt, m.endsAt, zone, language)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      {action === 'merge' && (
        <Field label={a.mergeInto} validationMessage={problem('itemId')} validationState={problem('itemId') ? 'error' : 'none'}>
          <Select
            value={itemId}
            onChange={(_e, data) => {
              setItemId(data.value);
              touch('itemId');
            }}
            autoFocus
            data-testid="merge-target"
          >
            {inbox.agendaItems.map((i) => (
              <option key={i.id} value={i.id}>
                {i.caseNumber ? `${formatCaseNumber(i.caseNumber)} ${i.title}` : i.title}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {action !== 'accept' && !cannotDefer && (
        <Field
          label={needsReason ? a.reason : a.reasonOptional}
          required={needsReason}
          hint={a.reasonHint}
          validationMessage={problem('reason')}
          validationState={problem('reason') ? 'error' : 'none'}
        >
          <Textarea
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
      {failure?.kind === 'other' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{errorText(failure.error, t)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          type="submit"
          disabled={busy || cannotDefer}
          autoFocus={action === 'accept'}
          data-testid="decision-confirm"
        >
          {busy ? a.saving : a.confirm[action]}
        </Button>
        <Button type="button" onClick={onCancel} disabled={busy}>
          {a.cancel}
        </Button>
      </div>
    </form>
  );
}
