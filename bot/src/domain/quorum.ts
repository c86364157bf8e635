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
 * once (the deputy stands in); apologies and no answer do not count. One
 * person stands in for one member: a pool deputy named by two members counts
 * once, and a deputy no longer on the roster on the meeting date not at all.
 */
export function expectedQuorum(
  members: readonly Member[],
  answers: readonly Attendance[],
  rule: QuorumRule,
  meetingDate: string,
): QuorumResult {
  const voting = votingMembersOn(members, meetingDate);
  const byMember = new Map(answers.map((a) => [a.memberId, a.answer]));
  const activeIds = new Set(members.filter((m) => isActiveOn(m, meetingDate)).map((m) => m.aadObjectId));
  const deputiesStandingIn = new Set<string>();
  let expectedPresent = 0;
  for (const member of voting) {
    const answer = byMember.get(member.aadObjectId);
    if (answer === undefined || !isPresent(answer)) continue;
    if (answer.kind === 'deputy') {
      if (!activeIds.has(answer.deputyId) || deputiesStandingIn.has(answer.deputyId)) continue;
      deputiesStandingIn.add(answer.deputyId);
    }
    expectedPresent += 1;
  }
  const required = requiredForQuorum(rule, voting.length);
  return { votingMembers: voting.length, expectedPresent, required, reached: expectedPresent >= required };
}
