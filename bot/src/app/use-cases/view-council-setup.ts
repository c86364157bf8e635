import { calendarDate } from '../../domain/calendar-date';
import type { Council } from '../../domain/council';
import type { PendingSetup } from '../../domain/council-setup';
import { isActiveOn } from '../../domain/member';
import type { AppDeps, Principal } from '../deps';

/** What the council setup looks like to one person in the team. */
export type CouncilSetupView =
  | { state: 'linked'; council: Council; secretaries: string[]; activeMembers: number }
  /** This person may fill in and confirm the setup. */
  | { state: 'form'; setup: PendingSetup; regionalCouncils: Council[] }
  /** Someone else is setting it up. */
  | { state: 'someoneElse'; setup: PendingSetup }
  | { state: 'notStarted' };

export interface ViewCouncilSetupInput {
  principal: Principal | undefined;
  tenantId: string;
  teamId: string;
}

/** The setup state of a team's council as `principal` may see it (anyone in the team sees who is setting it up). */
export async function viewCouncilSetup(deps: AppDeps, input: ViewCouncilSetupInput): Promise<CouncilSetupView> {
  const { principal, tenantId, teamId } = input;
  const [linked, stored] = await Promise.all([
    deps.councils.findByTeam(tenantId, teamId),
    deps.councils.getPendingSetup(tenantId, teamId),
  ]);
  if (linked) return describeLinked(deps, linked.value);
  const setup = stored?.value;
  if (!setup) return { state: 'notStarted' };
  if (!isInstaller(setup, principal)) return { state: 'someoneElse', setup };
  return { state: 'form', setup, regionalCouncils: await deps.councils.listRegional(tenantId) };
}

/** Only the person who asked last may confirm; the card's data is never trusted for this. */
export function isInstaller(setup: PendingSetup, principal: Principal | undefined): boolean {
  return (
    principal !== undefined && principal.tenantId === setup.tenantId && principal.aadObjectId === setup.installer.aadObjectId
  );
}

export async function describeLinked(deps: AppDeps, council: Council): Promise<CouncilSetupView & { state: 'linked' }> {
  const roster = await deps.members.listRoster(council.id);
  const today = calendarDate(deps.clock(), council.timeZone);
  const active = roster.map((m) => m.value).filter((m) => isActiveOn(m, today));
  return {
    state: 'linked',
    council,
    secretaries: active.filter((m) => m.role === 'secretary').map((m) => m.name),
    activeMembers: active.length,
  };
}
