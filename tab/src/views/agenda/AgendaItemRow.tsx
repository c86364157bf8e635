import { Badge, Button, Checkbox, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { itemHeading } from '../../../../bot/src/domain/agenda';
import { formatCaseNumber } from '../../../../bot/src/domain/case-number';
import type { AgendaEntry } from '../../../../bot/src/domain/agenda-view';
import { useSharedStyles } from '../shared-styles';
import { useTexts } from '../../texts/texts-context';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  meta: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  attachments: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export interface AgendaItemRowProps {
  entry: AgendaEntry;
  /** Place among the ordinary items (1-based) and how many there are; absent for a standard item. */
  place?: { index: number; count: number };
  editable: boolean;
  canMarkPostponed: boolean;
  busy: boolean;
  confirmingRemoval: boolean;
  onMove: (direction: 'up' | 'down') => void;
  onEdit: () => void;
  onAskRemove: () => void;
  onRemove: () => void;
  onCancelRemove: () => void;
  onMarkPostponed: (postponed: boolean) => void;
  /** The edit form, shown in place of the buttons while editing. */
  children?: ReactNode;
}

/** Button ids, so focus can return to the button that moved an item (it moves with the item). */
export const moveButtonId = (itemId: string, direction: 'up' | 'down') => `move-${direction}-${itemId}`;

/** One agenda item: heading (with case number once locked), kind, responsible, time, attachments, and its controls. */
export function AgendaItemRow(props: AgendaItemRowProps) {
  const { app: t, agenda: a } = useTexts();
  const { entry, place, editable, canMarkPostponed, busy, confirmingRemoval, children } = props;
  const styles = useStyles();
  const shared = useSharedStyles();
  const { item } = entry;
  const standard = item.standard !== undefined;
  const headingId = `item-${item.id}`;

  return (
    <li className={styles.root} data-testid="builder-item" data-item-id={item.id}>
      <h3 id={headingId} className={shared.h3} tabIndex={-1}>
        {itemHeading(item)}
      </h3>
      <div className={styles.meta}>
        <Badge appearance="tint" color="brand">
          {t.itemKind[item.kind]}
        </Badge>
        {standard && (
          <Badge appearance="outline" color="informative">
            {a.standardBadge}
          </Badge>
        )}
        {item.exempt && (
          <Badge appearance="filled" color="warning" data-testid="exempt-badge">
            {a.exemptBadge}
          </Badge>
        )}
        {item.responsible && <span>{`${a.responsible}: ${item.responsible}`}</span>}
        {item.plannedMinutes !== undefined && <span>{a.plannedMinutes(item.plannedMinutes)}</span>}
      </div>
      {item.postponedFrom && <p className={shared.muted}>{a.postponedFrom(item.postponedFrom.map(formatCaseNumber))}</p>}
      {item.exempt && <p className={shared.muted}>{a.exemptNote(item.exempt.legalBasis)}</p>}
      {item.description && <p className={shared.preWrap}>{item.description}</p>}
      {item.attachments && item.attachments.length > 0 && (
        <ul className={styles.attachments} data-testid="attachments">
          {item.attachments.map((att, i) => (
            <li key={`${att.url}|${i}`}>
              <Link href={att.url} target="_blank" rel="noopener noreferrer">
                {a.attachmentLine(entry.attachmentNumbers[i] ?? i + 1, att.title)}
              </Link>
            </li>
          ))}
        </ul>
      )}

      {canMarkPostponed && !standard && item.caseNumber && (
        <Checkbox
          checked={item.postponed === true}
          disabled={busy}
          onChange={(_e, d) => props.onMarkPostponed(d.checked === true)}
          label={a.markPostponed}
          data-testid="mark-postponed"
        />
      )}

      {children}

      {editable && !children && !confirmingRemoval && (
        <div className={styles.actions} role="group" aria-labelledby={headingId}>
          {place && (
            <>
              <Button
                id={moveButtonId(item.id, 'up')}
                size="small"
                disabledFocusable={busy || place.index === 1}
                onClick={() => props.onMove('up')}
                aria-label={a.moveUpLabel(item.title)}
                data-testid="move-up"
              >
                {a.moveUp}
              </Button>
              <Button
                id={moveButtonId(item.id, 'down')}
                size="small"
                disabledFocusable={busy || place.index === place.count}
                onClick={() => props.onMove('down')}
                aria-label={a.moveDownLabel(item.title)}
                data-testid="move-down"
              >
                {a.moveDown}
              </Button>
            </>
          )}
          <Button
            size="small"
            onClick={props.onEdit}
            disabled={busy}
            aria-label={a.editLabel(item.title)}
            data-testid="edit-item"
          >
            {a.edit}
          </Button>
          {!standard && (
            <Button
              size="small"
              onClick={props.onAskRemove}
              disabled={busy}
              aria-label={a.removeLabel(item.title)}
              data-testid="remove-item"
            >
              {a.remove}
            </Button>
          )}
        </div>
      )}
      {confirmingRemoval && (
        <div className={styles.actions} role="group" aria-label={a.removeQuestion(item.title)}>
          <span>{a.removeQuestion(item.title)}</span>
          <Button
            size="small"
            appearance="primary"
            onClick={props.onRemove}
            disabled={busy}
            autoFocus
            data-testid="confirm-remove"
          >
            {a.confirmRemove}
          </Button>
          <Button size="small" onClick={props.onCancelRemove} disabled={busy}>
            {a.cancel}
          </Button>
        </div>
      )}
    </li>
  );
}
