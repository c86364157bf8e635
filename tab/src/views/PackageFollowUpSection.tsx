import { formatDate } from '../../../bot/src/domain/date-format';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import { useLanguage, useTexts } from '../texts/texts-context';
import { Section } from './Section';
import { useSharedStyles } from './shared-styles';

/** Oppfølging: the open follow-ups of earlier meetings, by due date, until someone marks them done. */
export function PackageFollowUpSection({ pkg }: { pkg: MeetingPackage }) {
  const f = useTexts().followUps;
  const language = useLanguage();
  const shared = useSharedStyles();
  return (
    <Section id="package-follow-ups" title={f.heading} testId="package-follow-ups">
      {pkg.followUps.length === 0 ? (
        <p className={shared.paragraph}>{f.empty}</p>
      ) : (
        <ul className={shared.plainList}>
          {pkg.followUps.map(({ followUp, responsibleName }) => (
            <li key={followUp.id} data-testid="package-follow-up" data-print="item">
              <p className={shared.paragraph}>{followUp.what}</p>
              <p className={shared.muted}>
                {`${f.responsible}: ${responsibleName} · ${f.due(formatDate(followUp.due, pkg.council.timeZone, language))}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
