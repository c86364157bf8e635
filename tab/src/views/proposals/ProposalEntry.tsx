import { Badge, Button, Link, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatDate, formatMeetingTime } from '../../../../bot/src/domain/date-format';
import { DECISION_ACTIONS, type DecisionAction } from '../../../../bot/src/domain/proposal';
import type { DecisionReply } from '../../../../bot/src/contracts/agenda';
import type { InboxEntry, ProposalInbox } from '../../../../bot/src/domain/proposal-inbox';
import type { DecisionBody, ProposalApi } from '../../api/proposal-api';
import { errorText } from '../error-text';
import { saveFailure, type SaveFailure } from '../field-problems';
import { useSharedStyles } from '../shared-styles';
import { DecisionForm } from './DecisionForm';
import { useLanguage, useTexts } from '../../texts/texts-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  heading: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

export interface ProposalEntryProps {
  entry: InboxEntry;
  inbox: ProposalInbox;
  api: ProposalApi;
  onDecided: (reply: DecisionReply, action: DecisionAction) => void;
  onConflict: () => void;
}

const newId = () => crypto.randomUUID();

/** One proposal: what was proposed, by whom and when; for a pending one the four decisions, for a decided one the outcome. */
export function ProposalEntry({ entry, inbox, api, onDecided, onConflict }: ProposalEntryProps) {
  const t = useTexts().app;
  const a = useTexts().agenda;
  const language = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { proposal } = entry;
  const zone = inbox.council.timeZone;
  const [action, setAction] = useState<DecisionAction>();
  // One id per decision: a retry after a lost answer sends the same, so the server decides (and tells) once.
  const [decisionId, setDecisionId] = useState(newId);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SaveFailure>();
  const pending = proposal.status === 'pending';
  const headingId = `proposal-${proposal.id}`;

  const open = (next: DecisionAction) => {
    setAction(next);
    setDecisionId(newId());
    setFailure(undefined);
  };

  const send = async (chosen: DecisionAction, id: string, body: DecisionBody) => {
    setBusy(true);
    setFailure(undefined);
    try {
      const reply = await api.decide(chosen, proposal.id, entry.etag, id, body);
      setAction(undefined);
      onDecided(reply, chosen);
    } catch (error) {
      const problem = saveFailure(error, language);
      if (problem.kind === 'conflict') onConflict();
      else setFailure(problem);
    } finally {
      setBusy(false);
    }
  };

  const decision = proposal.decision;
  const meetingText = (m: { startsAt: string; endsAt: string }) => formatMeetingTime(m.startsAt, m.endsAt, zone, language);
  const available = DECISION_ACTIONS.filter((d) => inbox.agendaEditable || d === 'defer' || d === 'decline');

  return (
    <li className={styles.root} data-testid="proposal-entry" data-proposal-id={proposal.id}>
      <h3 id={headingId} className={`${shared.h3} ${styles.heading}`} tabIndex={-1}>
        {proposal.title}
      </h3>
      <p className={shared.muted}>{a.proposedBy(entry.proposerName, formatDate(proposal.createdAt, zone, language))}</p>
      <div className={styles.meta}>
        <Badge appearance="tint" color="brand">
          {t.itemKind[proposal.kind]}
        </Badge>
        {decision && (
          <Badge appearance="filled" color={decision.action === 'decline' ? 'informative' : 'success'} data-testid="outcome">
            {a.outcome[decision.action]}
          </Badge>
        )}
        {!decision && !pending && (
          <Badge appearance="filled" color="success" data-testid="outcome">
            {t.proposalStatus[proposal.status]}
          </Badge>
        )}
      </div>
      {entry.deferredFrom && <p className={shared.muted}>{a.deferredFrom(meetingText(entry.deferredFrom))}</p>}
      {proposal.description && <p className={shared.preWrap}>{proposal.description}</p>}
      {proposal.presenter && <p className={shared.paragraph}>{`${a.presenter}: ${proposal.presenter}`}</p>}
      {proposal.link && (
        <p className={shared.paragraph}>
          {`${a.link}: `}
          <Link href={proposal.link} target="_blank" rel="noopener noreferrer">
            {proposal.link}
          </Link>
        </p>
      )}

      {!pending && (
        <>
          {proposal.decisionReason && <p className={shared.preWrap}>{`${a.reason}: ${proposal.decisionReason}`}</p>}
          {entry.deferredTo && <p className={shared.paragraph}>{a.deferredTo(meetingText(entry.deferredTo))}</p>}
          {entry.itemTitle && <p className={shared.paragraph}>{a.becameItem(entry.itemTitle)}</p>}
          {decision && (
            <p className={shared.muted} data-testid="notification">
              {proposal.proposerNotified ? a.notification[proposal.proposerNotified.result] : a.notification.failed}
            </p>
          )}
          {!action && failure?.kind === 'other' && (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>{errorText(failure.error, t)}</MessageBarBody>
            </MessageBar>
          )}
          {decision && !proposal.proposerNotified && (
            <div className={styles.actions}>
              <Button
                onClick={() =>
                  void send(decision.action, decision.id, {
                    reason: proposal.decisionReason,
                    toMeetingId: decision.deferredTo?.meetingId,
                    itemId: decision.action === 'merge' ? decision.agendaItemId : undefined,
                  })
                }
                disabled={busy}
                aria-label={a.notifyAgainLabel(proposal.title)}
              >
                {a.notifyAgain}
              </Button>
            </div>
          )}
        </>
      )}

      {pending && !action && (
        <div className={styles.actions} role="group" aria-labelledby={headingId}>
          {available.map((d) => (
            <Button
              key={d}
              appearance={d === 'accept' ? 'primary' : 'secondary'}
              onClick={() => open(d)}
              aria-label={a.actionLabel[d](proposal.title)}
              data-testid={`decide-${d}`}
            >
              {a.action[d]}
            </Button>
          ))}
        </div>
      )}
      {pending && action && (
        <DecisionForm
          inbox={inbox}
          action={action}
          proposalTitle={proposal.title}
          busy={busy}
          failure={failure}
          onSubmit={(body) => void send(action, decisionId, body)}
          onCancel={() => setAction(undefined)}
        />
      )}
    </li>
  );
}
