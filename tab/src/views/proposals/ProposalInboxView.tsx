import { MessageBar, MessageBarBody, makeStyles, typographyStyles } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { DecisionAction } from '../../../../bot/src/domain/proposal';
import type { DecisionReply } from '../../../../bot/src/contracts/agenda';
import type { ProposalInbox } from '../../../../bot/src/domain/proposal-inbox';
import { proposalApi } from '../../api/proposal-api';
import { useAnnouncer } from '../../state/use-announcer';
import { useAsync } from '../../state/use-async';
import { PerMeetingView, type MeetingShown } from '../PerMeetingView';
import { NotLoadedView } from '../NotLoadedView';
import { MeetingPicker } from '../MeetingPicker';
import { Section } from '../Section';
import { useSharedStyles } from '../shared-styles';
import { VIEW_IDS, type ViewContext } from '../view-context';
import { ProposalEntry } from './ProposalEntry';
import { useTexts } from '../../texts/texts-context';

const useStyles = makeStyles({
  picker: { maxWidth: '32rem' },
  live: { ...typographyStyles.body1Strong, margin: 0, minHeight: '1.25rem' },
});

/** Saksforslag: the secretary's inbox of members' proposals for a meeting (the upcoming one unless another is chosen). */
export function ProposalInboxView({ ctx }: { ctx: ViewContext }) {
  const a = useTexts().agenda;
  return (
    <PerMeetingView ctx={ctx} viewId={VIEW_IDS.proposals} title={a.inboxTitle} noMeetings={a.noMeetings}>
      {(shown) => <MeetingInbox ctx={ctx} {...shown} />}
    </PerMeetingView>
  );
}

interface MeetingInboxProps extends MeetingShown {
  ctx: ViewContext;
}

function MeetingInbox({ ctx, meeting, meetings, onChoose }: MeetingInboxProps) {
  const { client, council } = ctx;
  const a = useTexts().agenda;
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = useMemo(() => proposalApi(client, council.id, meeting.id), [client, council.id, meeting.id]);
  const [attempt, setAttempt] = useState(0);
  const loaded = useAsync(() => api.load(), [api, attempt]);
  const [latest, setLatest] = useState<ProposalInbox>();
  const [focusId, setFocusId] = useState<string>();
  const live = useAnnouncer();

  useEffect(() => {
    if (focusId) document.getElementById(`proposal-${focusId}`)?.focus();
  }, [focusId, latest]);

  const reload = () => {
    setLatest(undefined);
    setAttempt((n) => n + 1);
  };
  // After a conflict: the fresh inbox in place, so the entries show what others decided meanwhile.
  const refresh = async () => setLatest(await api.load());

  const inbox = latest ?? (loaded.status === 'ok' ? loaded.value : undefined);
  if (!inbox) return <NotLoadedView state={loaded} onRetry={reload} />;

  const decided = (reply: DecisionReply, action: DecisionAction) => {
    setLatest(reply.inbox);
    setFocusId(reply.proposal.id);
    live.announce(`${a.decided[action](reply.proposal.title)} ${a.notification[reply.notification]}`);
  };

  const pending = inbox.proposals.filter((e) => e.proposal.status === 'pending');
  const done = inbox.proposals.filter((e) => e.proposal.status !== 'pending');
  const entry = (e: (typeof inbox.proposals)[number]) => (
    <ProposalEntry key={`${e.proposal.id}|${e.etag}`} entry={e} inbox={inbox} api={api} onDecided={decided} reload={refresh} />
  );

  return (
    <>
      <p className={shared.paragraph}>{a.inboxIntro}</p>
      <div className={styles.picker}>
        <MeetingPicker timeZone={inbox.council.timeZone} meetings={meetings} meetingId={meeting.id} onChoose={onChoose} />
      </div>
      <p className={styles.live} role="status" aria-live="polite" data-testid="live">
        <span key={live.key}>{live.message}</span>
      </p>
      {!inbox.agendaEditable && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{a.agendaClosed}</MessageBarBody>
        </MessageBar>
      )}
      {inbox.proposals.length === 0 ? (
        <p className={shared.paragraph}>{a.inboxEmpty}</p>
      ) : (
        <>
          <Section id="pending-proposals" title={a.pendingHeading(pending.length)} testId="pending-proposals">
            {pending.length === 0 ? (
              <p className={shared.paragraph}>{a.noPending}</p>
            ) : (
              <ul className={shared.plainList}>{pending.map(entry)}</ul>
            )}
          </Section>
          {done.length > 0 && (
            <Section id="decided-proposals" title={a.decidedHeading(done.length)} testId="decided-proposals">
              <ul className={shared.plainList}>{done.map(entry)}</ul>
            </Section>
          )}
        </>
      )}
    </>
  );
}
