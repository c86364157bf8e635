import { makeStyles, tokens } from '@fluentui/react-components';
import { changeCounts, hasChanges } from '../../../bot/src/domain/agenda-changes';
import { formatMeetingTime } from '../../../bot/src/domain/date-format';
import { caseHeading } from '../../../bot/src/domain/notice-text';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import { useLanguage, useTexts } from '../texts/texts-context';
import { Section } from './Section';
import { useSharedStyles } from './shared-styles';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

export interface PackageChangesSectionProps {
  pkg: MeetingPackage;
}

/**
 * "Endret etter innkalling": a summary of what differs from the notice as
 * members received it, the items taken off the agenda, and a new time or place.
 * Changed items are marked where they stand on the agenda.
 */
export function PackageChangesSection({ pkg }: PackageChangesSectionProps) {
  const m = useTexts().package;
  const language = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const changes = pkg.publication?.sinceNotice;
  if (!changes || !hasChanges(changes)) return null;
  const zone = pkg.council.timeZone;
  return (
    <Section id="package-changes" title={m.changesHeading} testId="package-changes">
      <p className={shared.paragraph} data-testid="package-changes-summary">
        {m.changesSummary(changeCounts(changes))}
      </p>
      {changes.meeting.length > 0 && (
        <ul className={styles.list}>
          {changes.meeting.includes('timeChanged') && (
            <li>{m.meetingTimeChanged(formatMeetingTime(changes.before.startsAt, changes.before.endsAt, zone, language))}</li>
          )}
          {changes.meeting.includes('placeChanged') && (
            <li>{m.meetingPlaceChanged([changes.before.place, changes.before.onlineLink].filter(Boolean).join(' · ') || '–')}</li>
          )}
        </ul>
      )}
      {changes.removed.length > 0 && (
        <>
          <h3 className={shared.h3}>{m.removedItems}</h3>
          <ul className={styles.list} data-testid="package-removed">
            {changes.removed.map((item) => (
              <li key={item.id}>
                <s>{caseHeading(item)}</s>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
