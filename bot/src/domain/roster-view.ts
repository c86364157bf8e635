import type { Council } from './council';
import { isActiveOn, type Member, type Role } from './member';
import { requiredForQuorum, votingMembersOn, type QuorumRule } from './quorum';
import { withSetFields } from './optional-fields';

/**
 * What a member (not a manager) may read about the others: what the minutes
 * show anyway (name, role, organisation, title, deputies, editorial board).
 * Personal settings (language) and former members stay with the managers.
 */
export type PublicMember = Pick<
  Member,
  'aadObjectId' | 'name' | 'role' | 'organisation' | 'title' | 'votingMember' | 'deputyOf' | 'inDeputyPool' | 'editorialBoard'
>;

export function publicMember(member: Member): PublicMember {
  const view: PublicMember = {
    aadObjectId: member.aadObjectId,
    name: member.name,
    role: member.role,
    votingMember: member.votingMember,
    inDeputyPool: member.inDeputyPool,
    editorialBoard: member.editorialBoard,
  };
  return withSetFields(view, member, ['organisation', 'title', 'deputyOf']);
}

/** The quorum threshold and what it means for today's roster ("at least 5 of 8"). */
export interface QuorumSummary {
  rule: QuorumRule;
  votingMembers: number;
  required: number;
}

export function quorumSummary(rule: QuorumRule, roster: readonly Member[], today: string): QuorumSummary {
  const votingMembers = votingMembersOn(roster, today).length;
  return { rule, votingMembers, required: requiredForQuorum(rule, votingMembers) };
}

export type RosterCouncil = Pick<Council, 'id' | 'name' | 'language' | 'timeZone'>;

interface RosterViewBase {
  council: RosterCouncil;
  /** Today in the council's zone (YYYY-MM-DD): what "active" and "ended" are measured against. */
  today: string;
  quorum: QuorumSummary;
}

/** Secretary and chair: everyone, history included, with the ETag each edit must send back. */
export interface ManagerRosterView extends RosterViewBase {
  access: 'manage';
  members: { member: Member; etag: string }[];
}

/** Everyone else: today's members, public fields only. */
export interface ReaderRosterView extends RosterViewBase {
  access: 'read';
  members: PublicMember[];
}

export type RosterView = ManagerRosterView | ReaderRosterView;

const ROLE_ORDER: Readonly<Record<Role, number>> = { chair: 0, viceChair: 1, member: 2, secretary: 3, observer: 4 };

/** Reading order: chair, vice chair, members, secretary, observers; deputies after the members they follow; then by name. */
export function compareMembers(a: PublicMember, b: PublicMember): number {
  const rank = (m: PublicMember) => ROLE_ORDER[m.role] * 2 + (m.deputyOf !== undefined || m.inDeputyPool ? 1 : 0);
  return rank(a) - rank(b) || a.name.localeCompare(b.name, 'nb');
}

/** Today's members as a member may see them, in reading order. */
export function readerRoster(roster: readonly Member[], today: string): PublicMember[] {
  return roster
    .filter((m) => isActiveOn(m, today))
    .map(publicMember)
    .sort(compareMembers);
}
