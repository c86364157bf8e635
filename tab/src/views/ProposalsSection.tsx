import { Section } from './Section';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { formatDate } from '../../../bot/src/domain/date-format';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import { useLanguage, useTexts } from '../texts/texts-context';
import { useSharedStyles } from './shared-styles';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface ProposalsSectionProps {
  timeZone: string;
  proposals: MeetingPackage['proposals'];
}

/** Saksforslag: who proposed what, when, and what the secretary decided. */
export function ProposalsSection({ timeZone, proposals }: ProposalsSectionProps) {
  const t = useTexts().app;
  const language = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Section id="proposals" title={t.proposals} testId="proposals">
      {proposals.length === 0 ? (
        <p className={shared.paragraph}>{t.proposalsEmpty}</p>
      ) : (
        <ul className={shared.plainList}>
          {proposals.map((p) => (
            <li key={p.id} className={styles.item} data-testid="proposal">
              <h3 className={shared.h3}>{p.title}</h3>
              <p className={shared.muted}>{t.proposedBy(p.proposerName, formatDate(p.createdAt, timeZone, language))}</p>
              <div className={styles.meta}>
                <Badge appearance="tint" color="brand">
                  {t.itemKind[p.kind]}
                </Badge>
                <span>{`${t.status}: ${t.proposalStatus[p.status]}`}</span>
              </div>
              {p.decisionReason && <p className={shared.paragraph}>{`${t.reason}: ${p.decisionReason}`}</p>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
