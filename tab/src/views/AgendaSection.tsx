import { Section } from './Section';
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { itemHeading, type AgendaItem } from '../../../bot/src/domain/agenda';
import { formatCaseNumber } from '../../../bot/src/domain/case-number';
import { useTexts } from '../texts/texts-context';
import { useSharedStyles } from './shared-styles';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface AgendaSectionProps {
  /** Already in reading order (the server orders it). */
  items: readonly AgendaItem[];
  locked: boolean;
}

/** Saksliste: items in order, with case numbers once the agenda is locked. */
export function AgendaSection({ items, locked }: AgendaSectionProps) {
  const t = useTexts().app;
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <Section id="agenda" title={t.agenda} testId="agenda">
      {!locked && items.length > 0 && <p className={shared.note}>{t.agendaNotLocked}</p>}
      {items.length === 0 ? (
        <p className={shared.paragraph}>{t.agendaEmpty}</p>
      ) : (
        <ol className={shared.plainList}>
          {items.map((item) => (
            <li key={item.id} className={styles.item} data-testid="agenda-item">
              <h3 className={shared.h3}>{itemHeading(item)}</h3>
              <div className={styles.meta}>
                <Badge appearance="tint" color="brand">
                  {t.itemKind[item.kind]}
                </Badge>
                {item.responsible && <span>{`${t.responsible}: ${item.responsible}`}</span>}
                {item.plannedMinutes !== undefined && <span>{t.plannedMinutes(item.plannedMinutes)}</span>}
              </div>
              {item.postponedFrom && <p className={shared.muted}>{t.postponedFrom(item.postponedFrom.map(formatCaseNumber))}</p>}
              {item.exempt && <p className={shared.muted}>{t.exempt(item.exempt.legalBasis)}</p>}
              {item.description && <p className={shared.preWrap}>{item.description}</p>}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
