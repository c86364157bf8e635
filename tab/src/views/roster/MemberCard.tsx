import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { formatDate } from '../../../../bot/src/domain/date-format';
import type { Language } from '../../../../bot/src/domain/language';
import type { Member } from '../../../../bot/src/domain/member';
import type { PublicMember } from '../../../../bot/src/domain/roster-view';
import { useSharedStyles } from '../shared-styles';
import { useLanguage, useTexts } from '../../texts/texts-context';

const useStyles = makeStyles({
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

export interface MemberCardProps {
  member: PublicMember | Member;
  /** Names by Entra id, for "personal deputy for …". */
  nameOf: (id: string) => string | undefined;
  personalDeputies: string[];
  today: string;
  councilLanguage: Language;
  /** Only for managers: the edit actions. Members see the card without them. */
  actions?: { onEdit: () => void; onEnd?: () => void; onReactivate?: () => void };
}

const day = (date: string, language: Language) => formatDate(date, 'UTC', language);

/** One person on the roster: name, role and organisation, deputies, and (for managers) term, language and actions. */
export function MemberCard({ member, nameOf, personalDeputies, today, councilLanguage, actions }: MemberCardProps) {
  const language = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const r = useTexts().roster;
  const t = useTexts().app;
  const full = 'activeFrom' in member ? member : undefined;
  const ended = full?.activeTo !== undefined && full.activeTo < today;
  const headingId = `member-${member.aadObjectId}`;
  const line = [t.role[member.role], member.organisation].filter(Boolean).join(' – ');
  return (
    <article className={shared.card} aria-labelledby={headingId} data-testid="member-card" data-member-id={member.aadObjectId}>
      <h3 id={headingId} tabIndex={-1} className={shared.h3}>
        {member.name}
      </h3>
      <p className={shared.paragraph}>{line}</p>
      {member.title && <p className={shared.muted}>{member.title}</p>}
      <div className={styles.badges}>
        {ended && full?.activeTo && (
          <Badge appearance="outline" color="informative">
            {r.ended(day(full.activeTo, language))}
          </Badge>
        )}
        {member.deputyOf && <Badge appearance="tint">{r.personalDeputyFor(nameOf(member.deputyOf) ?? '?')}</Badge>}
        {member.inDeputyPool && <Badge appearance="tint">{r.inDeputyPool}</Badge>}
        {member.editorialBoard && (
          <Badge appearance="tint" color="brand">
            {r.editorialBoard}
          </Badge>
        )}
        {!member.votingMember && member.role !== 'observer' && !member.deputyOf && !member.inDeputyPool && (
          <Badge appearance="outline">{r.notVoting}</Badge>
        )}
      </div>
      {personalDeputies.length > 0 && <p className={shared.muted}>{r.hasPersonalDeputy(personalDeputies.join(', '))}</p>}
      {full && (
        <p className={shared.muted}>
          {[
            full.activeFrom > today ? r.startsOn(day(full.activeFrom, language)) : r.activeSince(day(full.activeFrom, language)),
            !ended && full.activeTo ? r.endsOn(day(full.activeTo, language)) : undefined,
            // Only a language of their own is worth a line; most members read the council's.
            full.language && full.language !== councilLanguage ? `${r.language}: ${r.languageNames[full.language]}` : undefined,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {actions && (
        <div className={shared.cardActions}>
          <Button onClick={actions.onEdit} aria-label={r.editFor(member.name)} data-testid="member-edit">
            {r.edit}
          </Button>
          {actions.onEnd && (
            <Button onClick={actions.onEnd} aria-label={r.endFor(member.name)} data-testid="member-end">
              {r.end}
            </Button>
          )}
          {actions.onReactivate && (
            <Button onClick={actions.onReactivate} aria-label={r.reactivateFor(member.name)} data-testid="member-reactivate">
              {r.reactivate}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
