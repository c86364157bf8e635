import { Badge, Button, Link, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { formatDate, formatMeetingTime } from '../../../../bot/src/domain/date-format';
import { DECISION_ACTIONS, type DecisionAction } from '../../../../bot/src/domain/proposal';
import type { DecisionReply } from '../../../../bot/src/contracts/agenda';
import type { InboxEntry, ProposalInbox } from '../../../../bot/src/domain/proposal-inbox';
import type { ProposalApi } from '../../api/proposal-api';
import { problemText } from '../../../../bot/src/texts/problem-text';
import { ApiError } from '../../api/api-client';
import { problemOfError } from '../../texts/problem-text';
import { SaveOutcome } from '../editing/SaveOutcome';
import { useSave } from '../editing/use-save';
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
  /** After a 412: reads the inbox again. */
  reload: () => Promise<unknown>;
}

/** One proposal: what was proposed, by whom and when; for a pending one the four decisions, for a decided one the outcome. */
export function ProposalEntry({ entry, inbox, api, onDecided, reload }: ProposalEntryProps) {
  const t = useTexts().app;
  const a = useTexts().agenda;
  const language = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { proposal } = entry;
  const zone = inbox.council.timeZone;
  const [action, setAction] = useState<DecisionAction>();
  // Telling the proposer again, for a decision whose message did not arrive; the decision form has its own save.
  const notify = useSave();
  const pending = proposal.status === 'pending';
  const headingId = `proposal-${proposal.id}`;

  const notifyAgain = (decided: NonNullable<typeof proposal.decision>) =>
    notify.save(
      () =>
        api.decide(decided.action, proposal.id, entry.etag, decided.id, {
          reason: proposal.decisionReason,
          toMeetingId: decided.deferredTo?.meetingId,
          itemId: decided.action === 'merge' ? decided.agendaItemId : undefined,
        }),
      {
        onSaved: (reply) => onDecided(reply, decided.action),
        onFieldProblem: () => undefined,
        // No field to show it next to: the refusal is said above the button.
        explain: (error) =>
          error instanceof ApiError && error.code === 'invalidValue' ? problemText(problemOfError(error), language) : undefined,
      },
    );

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
          <SaveOutcome status={notify.status} onReload={() => void notify.reload(reload, () => undefined)} />
          {decision && !proposal.proposerNotified && (
            <div className={styles.actions}>
              <Button
                onClick={() => void notifyAgain(decision)}
                disabled={notify.busy}
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
              onClick={() => setAction(d)}
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
          proposalId={proposal.id}
          proposalTitle={proposal.title}
          send={(decisionId, body) => api.decide(action, proposal.id, entry.etag, decisionId, body)}
          onDecided={(reply) => {
            setAction(undefined);
            onDecided(reply, action);
          }}
          onCancel={() => setAction(undefined)}
          reload={reload}
        />
      )}
    </li>
  );
}
