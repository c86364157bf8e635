import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { AgendaItem } from '../../../bot/src/domain/agenda';
import type { ChangedItem } from '../../../bot/src/domain/agenda-changes';
import { formatCaseNumber } from '../../../bot/src/domain/case-number';
import { caseHeading } from '../../../bot/src/domain/notice-text';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import { useTexts } from '../texts/texts-context';
import { numberedAttachments, type PackageAttachment } from './package-content';
import { Section } from './Section';
import { useSharedStyles } from './shared-styles';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  headingRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  meta: { display: 'flex', flexWrap: 'wrap', gap: `0 ${tokens.spacingHorizontalM}`, margin: 0 },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  attachments: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export interface PackageAgendaSectionProps {
  pkg: MeetingPackage;
  /** Offentlig versjon: exempt items show title and legal basis only. */
  publicVersion: boolean;
}

/** Saksliste: every item with its case number, kind, responsible, time, description and Vedlegg 1…n. */
export function PackageAgendaSection({ pkg, publicVersion }: PackageAgendaSectionProps) {
  const m = useTexts().package;
  const shared = useSharedStyles();
  const attachments = numberedAttachments(pkg.agenda);
  const changed = new Map((pkg.publication?.sinceNotice.changed ?? []).map((c) => [c.itemId, c]));
  const published = pkg.publication !== undefined;
  return (
    <Section id="package-agenda" title={m.agenda} testId="package-agenda">
      {pkg.agenda.length === 0 ? (
        <p className={shared.paragraph}>{m.agendaEmpty}</p>
      ) : (
        <>
          {!published && pkg.agenda.some((i) => i.caseNumber === undefined) && <p className={shared.note}>{m.notNumberedYet}</p>}
          <ol className={shared.plainList}>
            {pkg.agenda.map((item) => (
              <PackageItem
                key={item.id}
                item={item}
                change={changed.get(item.id)}
                published={published}
                attachments={attachments.get(item.id) ?? []}
                hideContent={publicVersion && item.exempt !== undefined}
              />
            ))}
          </ol>
        </>
      )}
    </Section>
  );
}

interface PackageItemProps {
  item: AgendaItem;
  change?: ChangedItem;
  published: boolean;
  attachments: PackageAttachment[];
  hideContent: boolean;
}

function PackageItem({ item, change, published, attachments, hideContent }: PackageItemProps) {
  const { app: t, package: m } = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const headingId = `package-item-${item.id}`;
  return (
    <li className={styles.item} data-testid="package-item" aria-labelledby={headingId}>
      <div className={styles.headingRow}>
        <h3 id={headingId} className={shared.h3}>
          {caseHeading(item)}
        </h3>
        {change && (
          <Badge appearance="tint" color="warning" data-testid="changed-after-notice">
            {m.changedAfterNotice}
          </Badge>
        )}
      </div>
      <p className={styles.meta}>
        <span>{`${m.kind}: ${t.itemKind[item.kind]}`}</span>
        {item.responsible && <span>{`${m.responsible}: ${item.responsible}`}</span>}
        {item.plannedMinutes !== undefined && <span>{m.plannedMinutes(item.plannedMinutes)}</span>}
      </p>
      {published && item.caseNumber === undefined && <p className={shared.muted}>{m.numberWhenChangesSent}</p>}
      {change && (
        <ul className={styles.changes} data-testid="item-changes">
          {change.changes.map((kind) => (
            <li key={kind}>
              {m.change[kind]}
              {kind === 'retitled' && change.before ? ` ${m.wasTitled(change.before.title)}` : ''}
              {kind === 'minutesChanged' && change.before ? ` ${m.wasMinutes(change.before.plannedMinutes)}` : ''}
            </li>
          ))}
        </ul>
      )}
      {item.postponedFrom && <p className={shared.muted}>{t.postponedFrom(item.postponedFrom.map(formatCaseNumber))}</p>}
      {item.exempt && (
        <p className={shared.paragraph} data-testid="item-exempt">
          <strong>{m.exempt(item.exempt.legalBasis)}</strong>
        </p>
      )}
      {hideContent ? (
        <p className={shared.muted} data-testid="exempt-omitted">
          {m.exemptContentOmitted}
        </p>
      ) : (
        <>
          {item.description && <p className={shared.preWrap}>{item.description}</p>}
          {attachments.length > 0 && (
            <div>
              <h4 className={shared.h3}>{m.attachments}</h4>
              <ul className={styles.attachments} data-testid="item-attachments">
                {attachments.map((a) => (
                  <li key={a.number}>
                    {`${m.attachment(a.number)}: `}
                    <Link href={a.url} target="_blank" rel="noopener noreferrer">
                      {a.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </li>
  );
}
