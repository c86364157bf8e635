import type { Attendance } from './attendance';
import { isPresent } from './attendance';
import { isActiveOn, isDeputy, type Member } from './member';

/** A council setting; the default is more than half of the voting members. */
export type QuorumRule = { type: 'moreThanHalf' } | { type: 'atLeast'; count: number };
export const DEFAULT_QUORUM_RULE: QuorumRule = { type: 'moreThanHalf' };

export interface QuorumResult {
  /** Voting members of the council on the meeting's date. */
  votingMembers: number;
  /** Voting members attending (in person or online) plus deputies standing in for one. */
  expectedPresent: number;
  required: number;
  reached: boolean;
}

export function requiredForQuorum(rule: QuorumRule, votingMembers: number): number {
  return rule.type === 'moreThanHalf' ? Math.floor(votingMembers / 2) + 1 : rule.count;
}

/** Voting members on a given date: active, voting, not a deputy. Observers never vote. */
export function votingMembersOn(members: readonly Member[], date: string): Member[] {
  return members.filter((m) => isActiveOn(m, date) && m.votingMember && m.role !== 'observer' && !isDeputy(m));
}

/**
 * Expected quorum from the answers so far. A member who sends a deputy counts
 * once (the deputy stands in); apologies and no answer do not count.
 */
export function expectedQuorum(
  members: readonly Member[],
  answers: readonly Attendance[],
  rule: QuorumRule,
  meetingDate: string,
): QuorumResult {
  const voting = votingMembersOn(members, meetingDate);
  const byMember = new Map(answers.map((a) => [a.memberId, a.answer]));
  const expectedPresent = voting.filter((m) => {
    const answer = byMember.get(m.aadObjectId);
    return answer !== undefined && isPresent(answer);
  }).length;
  const required = requiredForQuorum(rule, voting.length);
  return { votingMembers: voting.length, expectedPresent, required, reached: expectedPresent >= required };
}
