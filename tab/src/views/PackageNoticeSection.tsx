import { formatDeadline, formatMeetingTime } from '../../../bot/src/domain/date-format';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import { useLanguage, useTexts } from '../texts/texts-context';
import { Section } from './Section';
import { MeetingPlaceRows } from './MeetingPlaceRows';
import { useSharedStyles } from './shared-styles';

export interface PackageNoticeSectionProps {
  pkg: MeetingPackage;
}

/** Innkalling: when and where, the meeting's status, and the deadlines members act on. */
export function PackageNoticeSection({ pkg }: PackageNoticeSectionProps) {
  const { app: t, package: m } = useTexts();
  const language = useLanguage();
  const shared = useSharedStyles();
  const { meeting, council, publication } = pkg;
  const zone = council.timeZone;
  const openInput = pkg.inputRequests.filter((r) => r.open);
  return (
    <Section id="package-notice" title={m.notice} testId="package-notice">
      <dl className={shared.details}>
        <dt className={shared.term}>{m.meeting}</dt>
        <dd className={shared.definition} data-testid="package-time">
          {formatMeetingTime(meeting.startsAt, meeting.endsAt, zone, language)}
        </dd>
        <MeetingPlaceRows meeting={meeting} />
        <dt className={shared.term}>{m.status}</dt>
        <dd className={shared.definition} data-testid="package-status">
          {t.meetingStatus[meeting.status]}
        </dd>
        <dt className={shared.term}>{m.proposalDeadline}</dt>
        <dd className={shared.definition}>{formatDeadline(meeting.proposalDeadline, zone, language)}</dd>
      </dl>
      <p className={shared.paragraph} data-testid="package-notice-state">
        {publication
          ? m.noticeSentOn(formatDeadline(publication.noticePublishedAt, zone, language))
          : m.noticeDueBy(formatDeadline(meeting.noticeDeadline, zone, language))}
      </p>
      {openInput.map(({ request }) => (
        <p key={request.id} className={shared.paragraph}>
          {m.inputDeadline(formatDeadline(request.deadline, zone, language))}
        </p>
      ))}
    </Section>
  );
}
