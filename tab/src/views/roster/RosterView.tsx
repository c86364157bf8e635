import { Button, Link, makeStyles, Switch, tokens, typographyStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Member } from '../../../../bot/src/domain/member';
import type { ManagerRosterView, PublicMember, RosterView as Roster } from '../../../../bot/src/domain/roster-view';
import { ApiError } from '../../api/api-client';
import { rosterApi, type SavedMember } from '../../api/roster-api';
import { useAsync } from '../../state/use-async';
import { LiveStatus } from '../editing/LiveStatus';
import { useListWithForms } from '../editing/use-after-reload';
import { NotLoadedView } from '../NotLoadedView';
import { Section } from '../Section';
import { useSharedStyles } from '../shared-styles';
import type { ViewContext } from '../view-context';
import { EndMembershipForm } from './EndMembershipForm';
import { MemberCard } from './MemberCard';
import { MemberForm } from './MemberForm';
import type { MemberFormMode } from './member-form-values';
import { useTexts } from '../../texts/texts-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  h1: { ...typographyStyles.title2, margin: 0, ':focus-visible': { outlineOffset: '2px' } },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 18rem), 1fr))',
  },
});

type Mode = { kind: 'list' } | { kind: 'form'; form: MemberFormMode; memberId?: string } | { kind: 'end'; memberId: string };

/** "Medlemmer": the roster. Members read it; the secretary and the chair also add, edit, end and reactivate. */
export function RosterView({ ctx }: { ctx: ViewContext }) {
  const { client, council, canManage, navigate } = ctx;
  const styles = useStyles();
  const shared = useSharedStyles();
  const r = useTexts().roster;
  const e = useTexts().editing;
  const api = useMemo(() => rosterApi(client), [client]);
  const [version, setVersion] = useState(0);
  const loaded = useAsync(() => api.roster(council.id), [api, council.id, version]);
  const [showFormer, setShowFormer] = useState(false);

  const roster = loaded.value;
  // Back on the list after a form, focus returns to where the person was.
  const { mode, setMode, status, backToList, saved } = useListWithForms<Mode>({ kind: 'list' }, loaded.status === 'ok', () =>
    setVersion((n) => n + 1),
  );

  if (!roster) return <NotLoadedView state={loaded} onRetry={() => setVersion((n) => n + 1)} />;

  const manager: ManagerRosterView | undefined = roster.access === 'manage' && canManage ? roster : undefined;
  const reload = async (): Promise<ManagerRosterView> => {
    const fresh = await api.roster(council.id);
    setVersion((n) => n + 1);
    if (fresh.access !== 'manage') throw new ApiError(403, 'forbidden', 'no longer a manager');
    return fresh;
  };
  const entryOf = (id: string | undefined): SavedMember | undefined => manager?.members.find((m) => m.member.aadObjectId === id);

  if (manager && mode.kind === 'form') {
    return (
      <div className={styles.root}>
        <LiveStatus value={status} />
        <MemberForm
          key={`${mode.form}-${mode.memberId ?? 'new'}`}
          mode={mode.form}
          entry={entryOf(mode.memberId)}
          roster={manager}
          api={api}
          reload={reload}
          onCancel={() => backToList(mode.memberId ? `member-${mode.memberId}` : 'roster-add')}
          onSaved={(result, form) =>
            saved(
              form === 'add'
                ? r.added(result.member.name)
                : form === 'edit'
                  ? r.saved(result.member.name)
                  : r.reactivated(result.member.name),
              `member-${result.member.aadObjectId}`,
            )
          }
        />
      </div>
    );
  }
  const ending = mode.kind === 'end' ? entryOf(mode.memberId) : undefined;
  if (manager && ending) {
    return (
      <div className={styles.root}>
        <LiveStatus value={status} />
        <EndMembershipForm
          entry={ending}
          roster={manager}
          api={api}
          reload={reload}
          onCancel={() => backToList(`member-${ending.member.aadObjectId}`)}
          onSaved={(result) => saved(r.endedDone(result.member.name), `member-${result.member.aadObjectId}`)}
        />
      </div>
    );
  }

  const everyone: (PublicMember | Member)[] = manager
    ? manager.members.map((m) => m.member)
    : (roster as Roster & { access: 'read' }).members;
  const isFormer = (m: PublicMember | Member) => 'activeTo' in m && m.activeTo !== undefined && m.activeTo < roster.today;
  const shown = everyone.filter((m) => showFormer || !isFormer(m));
  const names = new Map(everyone.map((m) => [m.aadObjectId, m.name]));
  const current = everyone.filter((m) => !isFormer(m));
  const pool = current.filter((m) => m.inDeputyPool).map((m) => m.name);

  return (
    <div className={styles.root}>
      <LiveStatus value={status} />
      <h1 id="roster-heading" tabIndex={-1} className={styles.h1}>
        {r.heading}
      </h1>
      <p className={shared.paragraph}>{manager ? r.intro : e.readOnlyNote}</p>
      <Section id="quorum" title={r.quorumHeading} testId="roster-quorum">
        <p className={shared.paragraph}>{r.quorumRule(roster.quorum.rule)}</p>
        <p className={shared.paragraph} data-testid="quorum-today">
          {r.quorumToday(roster.quorum.votingMembers, roster.quorum.required)}
        </p>
        {manager && (
          <Link
            href="#/settings"
            onClick={(ev) => {
              ev.preventDefault();
              navigate('settings');
            }}
          >
            {r.changeInSettings}
          </Link>
        )}
      </Section>
      <Section id="deputy-pool" title={r.deputyPoolHeading} testId="deputy-pool">
        <p className={shared.paragraph}>{pool.length > 0 ? pool.join(', ') : r.deputyPoolEmpty}</p>
      </Section>
      {manager && (
        <div className={styles.toolbar}>
          <Button
            id="roster-add"
            appearance="primary"
            onClick={() => setMode({ kind: 'form', form: 'add' })}
            data-testid="member-add"
          >
            {r.add}
          </Button>
          <Switch
            label={r.showFormer}
            checked={showFormer}
            onChange={(_ev, d) => setShowFormer(d.checked)}
            data-testid="show-former"
          />
        </div>
      )}
      <section aria-labelledby="roster-list-heading">
        <h2 id="roster-list-heading" className={shared.h2}>
          {r.listLabel}
        </h2>
        {shown.length === 0 ? (
          <p className={shared.paragraph}>{r.empty}</p>
        ) : (
          <ul className={styles.list} data-testid="roster-list">
            {shown.map((m) => {
              const full = 'activeFrom' in m ? m : undefined;
              return (
                <li key={m.aadObjectId}>
                  <MemberCard
                    member={m}
                    councilLanguage={roster.council.language}
                    today={roster.today}
                    nameOf={(id) => names.get(id)}
                    personalDeputies={current.filter((d) => d.deputyOf === m.aadObjectId).map((d) => d.name)}
                    actions={
                      manager
                        ? {
                            onEdit: () => setMode({ kind: 'form', form: 'edit', memberId: m.aadObjectId }),
                            onEnd: isFormer(m) ? undefined : () => setMode({ kind: 'end', memberId: m.aadObjectId }),
                            onReactivate:
                              full?.activeTo !== undefined
                                ? () => setMode({ kind: 'form', form: 'reactivate', memberId: m.aadObjectId })
                                : undefined,
                          }
                        : undefined
                    }
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
