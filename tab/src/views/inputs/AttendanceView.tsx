import type { Catalogue } from '../../../../bot/src/texts/catalogue';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AttendanceLine } from '../../../../bot/src/domain/attendance-overview';
import { formatDate } from '../../../../bot/src/domain/date-format';
import { inputsApi } from '../../api/inputs-api';
import type { AttendanceOverviewResponse } from '../../../../bot/src/contracts/inputs';
import { errorText } from '../error-text';
import { useSharedStyles } from '../shared-styles';
import { VIEW_IDS, type ViewContext } from '../view-context';
import { useMeetingData } from './use-meeting-data';
import { MeetingDataContent } from './MeetingDataContent';
import { useLanguage, useTexts } from '../../texts/texts-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  // One column on a phone; groups side by side when there is room.
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 18rem), 1fr))',
    alignItems: 'start',
  },
  line: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  name: { fontWeight: tokens.fontWeightSemibold },
  quorum: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

/** "leder, FFO, uten stemmerett". */
function describe(line: AttendanceLine, t: Catalogue['app'], m: Catalogue['inputs']): string {
  return [t.role[line.role], line.organisation, line.votingMember ? undefined : m.nonVoting].filter(Boolean).join(', ');
}

function Line({ line, timeZone }: { line: AttendanceLine; timeZone: string }) {
  const { app: t, inputs: m } = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <li className={styles.line} data-testid="attendance-person" data-state={line.state}>
      <span className={styles.name}>{line.name}</span>
      <span className={shared.muted}>{describe(line, t, m)}</span>
      {line.deputy && <span>{m.deputyAttends(line.deputy.name)}</span>}
      {line.reason && <span data-testid="apology-reason">{m.reason(line.reason)}</span>}
      {line.answeredAt && <span className={shared.muted}>{m.answeredOn(formatDate(line.answeredAt, timeZone, language))}</span>}
    </li>
  );
}

function Overview({ overview }: { overview: AttendanceOverviewResponse }) {
  const { app: t, inputs: m } = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { quorum, timeZone } = overview;
  const notAnswered = overview.groups.find((g) => g.state === 'notAnswered')?.lines.length ?? 0;
  return (
    <>
      <section className={`${shared.section} ${styles.quorum}`} aria-labelledby="quorum-heading" data-testid="quorum-summary">
        <h2 id="quorum-heading" className={shared.h3}>
          {m.quorumHeading}
        </h2>
        {/* The words say it; the colour only repeats it. */}
        <MessageBar intent={quorum.reached ? 'success' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{quorum.reached ? m.quorumReached : m.quorumNotReached}</MessageBarTitle>{' '}
            {m.quorumDetail(quorum.expectedPresent, quorum.votingMembers, quorum.required)}
          </MessageBarBody>
        </MessageBar>
        <p className={shared.muted}>{m.quorumExplain}</p>
        {notAnswered === 0 && <p className={shared.paragraph}>{m.everyoneAnswered}</p>}
      </section>
      <div className={styles.grid}>
        {overview.groups.map((group) => (
          <section
            key={group.state}
            className={shared.section}
            aria-labelledby={`group-${group.state}`}
            data-testid={`attendance-group-${group.state}`}
          >
            <h2 id={`group-${group.state}`} className={shared.h2}>
              {m.groupHeading(m.groupLabel[group.state], group.lines.length)}
            </h2>
            {group.lines.length === 0 ? (
              <p className={shared.paragraph}>{m.nobodyInGroup}</p>
            ) : (
              <ul className={shared.plainList}>
                {group.lines.map((line) => (
                  <Line key={line.memberId} line={line} timeZone={timeZone} />
                ))}
              </ul>
            )}
            {group.state === 'apologies' && group.lines.length > 0 && (
              <p className={shared.muted}>{overview.reasonsShown ? m.reasonsPrivate : m.reasonsHidden}</p>
            )}
          </section>
        ))}
        {overview.deputies.length > 0 && (
          <section className={shared.section} aria-labelledby="deputies-heading" data-testid="deputies">
            <h2 id="deputies-heading" className={shared.h2}>
              {m.deputiesTitle}
            </h2>
            <ul className={shared.plainList}>
              {overview.deputies.map((d) => (
                <li key={`${d.deputyId}-${d.forMemberId}`} className={styles.line}>
                  <span>{m.deputyStandsInFor(d.deputyName, d.forName)}</span>
                  {d.namedTwice && <span className={shared.muted}>{m.namedTwice}</span>}
                </li>
              ))}
            </ul>
          </section>
        )}
        {overview.observers.length > 0 && (
          <section className={shared.section} aria-labelledby="observers-heading" data-testid="observers">
            <h2 id="observers-heading" className={shared.h2}>
              {m.observersTitle}
            </h2>
            <p className={shared.note}>{m.observersNote}</p>
            <ul className={shared.plainList}>
              {overview.observers.map((line) => (
                <li key={line.memberId} className={styles.line}>
                  <span className={styles.name}>{line.name}</span>
                  <span className={shared.muted}>{`${describe(line, t, m)} – ${t.attendanceState[line.state]}`}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}

/** Oppmøte: who comes, who sends a deputy or apologies, who has not answered, and whether the meeting will be quorate. */
export function AttendanceView({ ctx }: { ctx: ViewContext }) {
  const { app: t, inputs: m } = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = inputsApi(ctx.client);
  const { state, reload, reloaded } = useMeetingData(ctx, (meetingId) => api.attendance(ctx.council.id, meetingId));
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (reloaded > 0) setAnnouncement(state.status === 'error' ? errorText(state.error, t) : m.refreshed);
    // Announce once per finished reload.
  }, [reloaded]);

  const status = (
    <div role="status" aria-live="polite" aria-atomic="true" className={shared.muted} data-testid="attendance-status">
      {announcement}
    </div>
  );
  return (
    <div className={styles.root} data-testid="attendance-view">
      <MeetingDataContent
        ctx={ctx}
        viewId={VIEW_IDS.attendance}
        title={m.attendanceTitle}
        state={state}
        reload={reload}
        noMeetings={<p className={shared.paragraph}>{m.noMeetings}</p>}
      >
        {(data) => (
          <>
            {status}
            <Overview overview={data} />
          </>
        )}
      </MeetingDataContent>
      {!state.value?.data && status}
    </div>
  );
}
