import { Link } from '@fluentui/react-components';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { useTexts } from '../texts/texts-context';
import { useSharedStyles } from './shared-styles';

/**
 * Where a meeting is: the place and the online link, as rows of a <dl>
 * (the next meeting, the meeting package and the meetings list all show them).
 * The link was checked on the server (http or https) before it was stored.
 */
export function MeetingPlaceRows({ meeting }: { meeting: Pick<Meeting, 'place' | 'onlineLink'> }) {
  const t = useTexts().app;
  const shared = useSharedStyles();
  return (
    <>
      {meeting.place && (
        <>
          <dt className={shared.term}>{t.place}</dt>
          <dd className={shared.definition} data-testid="meeting-place">
            {meeting.place}
          </dd>
        </>
      )}
      {meeting.onlineLink && (
        <>
          <dt className={shared.term}>{t.online}</dt>
          <dd className={shared.definition}>
            <Link href={meeting.onlineLink} target="_blank" rel="noopener noreferrer">
              {t.meetingLink}
            </Link>
          </dd>
        </>
      )}
    </>
  );
}
