import { Badge, Button, Link } from '@fluentui/react-components';
import { formatDeadline, formatMeetingTime } from '../../../../bot/src/domain/date-format';
import type { Meeting } from '../../../../bot/src/domain/meeting';
import { MeetingPlaceRows } from '../MeetingPlaceRows';
import { useSharedStyles } from '../shared-styles';
import { useLanguage, useTexts } from '../../texts/texts-context';

export interface MeetingCardProps {
  meeting: Meeting;
  timeZone: string;
  /** Managers only, and only before the meeting is held or cancelled. */
  actions?: { onEdit: () => void; onCancel: () => void; busy?: boolean };
  /** Links to this meeting in other views (its proposals, agenda, package). */
  links?: readonly MeetingLink[];
}

export interface MeetingLink {
  /** The view's name, shown as the link text. */
  label: string;
  href: string;
  testId: string;
}

/** One meeting: when, where, status and deadlines; for managers, edit and cancel. */
export function MeetingCard({ meeting, timeZone, actions, links = [] }: MeetingCardProps) {
  const language = useLanguage();
  const shared = useSharedStyles();
  const m = useTexts().meetings;
  const t = useTexts().app;
  const when = formatMeetingTime(meeting.startsAt, meeting.endsAt, timeZone, language);
  const headingId = `meeting-${meeting.id}`;
  return (
    <article className={shared.card} aria-labelledby={headingId} data-testid="meeting-card" data-meeting-id={meeting.id}>
      <h3 id={headingId} tabIndex={-1} className={shared.h3}>
        {when}
      </h3>
      <div>
        <Badge
          appearance={meeting.status === 'cancelled' ? 'filled' : 'tint'}
          color={meeting.status === 'cancelled' ? 'danger' : 'brand'}
        >
          {t.meetingStatus[meeting.status]}
        </Badge>
      </div>
      {meeting.cancelledReason && <p className={shared.paragraph}>{m.cancelledBecause(meeting.cancelledReason)}</p>}
      <dl className={shared.details}>
        <MeetingPlaceRows meeting={meeting} />
        <dt className={shared.term}>{m.proposalDeadline}</dt>
        <dd className={shared.definition} data-testid="meeting-proposal-deadline">
          {formatDeadline(meeting.proposalDeadline, timeZone, language)}
        </dd>
        <dt className={shared.term}>{m.noticeDeadline}</dt>
        <dd className={shared.definition} data-testid="meeting-notice-deadline">
          {formatDeadline(meeting.noticeDeadline, timeZone, language)}
        </dd>
      </dl>
      {links.length > 0 && (
        <div className={shared.cardActions} data-testid="meeting-links">
          {links.map((link) => (
            <Link key={link.testId} href={link.href} aria-label={m.viewFor(link.label, when)} data-testid={link.testId}>
              {link.label}
            </Link>
          ))}
        </div>
      )}
      {actions && (
        <div className={shared.cardActions}>
          <Button onClick={actions.onEdit} disabled={actions.busy} aria-label={m.editFor(when)} data-testid="meeting-edit">
            {m.edit}
          </Button>
          <Button onClick={actions.onCancel} disabled={actions.busy} aria-label={m.cancelFor(when)} data-testid="meeting-cancel">
            {m.cancelMeeting}
          </Button>
        </div>
      )}
    </article>
  );
}
