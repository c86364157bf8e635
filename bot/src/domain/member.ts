import type { Language } from './language';

export const ROLES = ['chair', 'viceChair', 'member', 'observer', 'secretary'] as const;
export type Role = (typeof ROLES)[number];

/** A person in a council. Keyed by tenant + Entra object id; history is kept via activeFrom/activeTo. */
export interface Member {
  councilId: string;
  /** Entra object id; opaque (test tenants use ids that are not GUIDs). */
  aadObjectId: string;
  tenantId: string;
  name: string;
  role: Role;
  /** "FFO", "A-larm", "NAV Vestfold og Telemark", … */
  organisation?: string;
  /** Free text shown in minutes, e.g. "direktør", "brukerrepresentant". */
  title?: string;
  /** A secretary may or may not be a voting member; everyone else follows the role. */
  votingMember: boolean;
  /** aadObjectId of the member this person is personal deputy for. */
  deputyOf?: string;
  /** In the council's pool of deputies who can stand in for anyone. */
  inDeputyPool: boolean;
  editorialBoard: boolean;
  language?: Language;
  /** ISO date (YYYY-MM-DD) of the first meeting. */
  activeFrom: string;
  /** ISO date of the last day as a member; absent while active. */
  activeTo?: string;
}

/** Roles that vote unless a flag says otherwise; observers never do. */
export function defaultVoting(role: Role): boolean {
  return role === 'chair' || role === 'viceChair' || role === 'member';
}

/** Whether the member belongs to the council on a given calendar date (YYYY-MM-DD). */
export function isActiveOn(member: Member, date: string): boolean {
  return member.activeFrom <= date && (member.activeTo === undefined || date <= member.activeTo);
}

/** Only the secretary and the chair compile, lock and publish. */
export function canManageMeetings(member: Pick<Member, 'role'>): boolean {
  return roleCanManage(member.role);
}

/** The same rule by role alone (the tab shows or hides editing controls with it; the server decides). */
export function roleCanManage(role: Role): boolean {
  return role === 'secretary' || role === 'chair';
}

/** Deputies (personal or pool) stand in for someone; they are not in the quorum base themselves. */
export function isDeputy(member: Member): boolean {
  return member.deputyOf !== undefined || member.inDeputyPool;
}
