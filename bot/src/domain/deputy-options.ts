import { isActiveOn, type Member } from './member';

/**
 * Who can stand in for a member at a meeting: their personal deputies first,
 * then the council's deputy pool. Only people active on the meeting date, and
 * never the member themselves.
 */
export function deputyOptions(roster: readonly Member[], memberId: string, meetingDate: string): Member[] {
  const active = roster.filter((m) => m.aadObjectId !== memberId && isActiveOn(m, meetingDate));
  const personal = active.filter((m) => m.deputyOf === memberId);
  const pool = active.filter((m) => m.inDeputyPool && m.deputyOf !== memberId);
  return [...personal, ...pool];
}

export function isDeputyOptionFor(roster: readonly Member[], memberId: string, meetingDate: string, deputyId: string): boolean {
  return deputyOptions(roster, memberId, meetingDate).some((m) => m.aadObjectId === deputyId);
}
