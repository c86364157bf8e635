import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { formatMeetingTime } from '../../../bot/src/domain/date-format';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import { useLanguage, useTexts } from '../texts/texts-context';
import { AgendaSection } from './AgendaSection';
import { AttendanceSection } from './AttendanceSection';
import { InputRequestsSection } from './InputRequestsSection';
import { ProposalsSection } from './ProposalsSection';
import { MeetingPlaceRows } from './MeetingPlaceRows';
import { useSharedStyles } from './shared-styles';
import type { ApiClient } from '../api/api-client';
import { AddToCalendarButton } from './calendar/AddToCalendarButton';
import { meetingCalendarPath } from './calendar/calendar-paths';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  h1: { ...typographyStyles.title2, margin: 0 },
  // One column on a phone, two or more side by side when there is room.
  grid: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 26rem), 1fr))',
    alignItems: 'start',
  },
});

export interface MeetingViewProps {
  pkg: MeetingPackage;
  client: ApiClient;
}

/** The council's upcoming meeting: time and place, agenda, proposals, attendance and written input. */
export function MeetingView({ pkg, client }: MeetingViewProps) {
  const { app: t, calendar: c } = useTexts();
  const language = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { council, meeting } = pkg;
  return (
    <div className={styles.root}>
      <h1 className={styles.h1} data-testid="meeting-title">
        {council.name}
      </h1>
      <section className={shared.section} aria-labelledby="next-meeting-heading">
        <h2 id="next-meeting-heading" className={shared.h2}>
          {t.nextMeeting}
        </h2>
        <dl className={shared.details}>
          <dt className={shared.term}>{t.time}</dt>
          <dd className={shared.definition} data-testid="meeting-time">
            {formatMeetingTime(meeting.startsAt, meeting.endsAt, council.timeZone, language)}
          </dd>
          <MeetingPlaceRows meeting={meeting} />
          <dt className={shared.term}>{t.status}</dt>
          <dd className={shared.definition} data-testid="meeting-status">
            {t.meetingStatus[meeting.status]}
          </dd>
        </dl>
        <AddToCalendarButton
          client={client}
          path={meetingCalendarPath(council.id, meeting.id)}
          label={c.addToCalendar}
          testId="meeting-add-to-calendar"
        />
      </section>
      <div className={styles.grid}>
        <AgendaSection items={pkg.agenda} locked={meeting.agendaLockedAt !== undefined} />
        <ProposalsSection timeZone={council.timeZone} proposals={pkg.proposals} />
        <AttendanceSection attendance={pkg.attendance} quorum={pkg.quorum} />
        <InputRequestsSection timeZone={council.timeZone} requests={pkg.inputRequests} agenda={pkg.agenda} />
      </div>
    </div>
  );
}
