import type { Attendance } from '../../../bot/src/domain/attendance';
import type { Member } from '../../../bot/src/domain/member';
import {
  DEFAULT_QUORUM_RULE,
  expectedQuorum,
  requiredForQuorum,
  votingMembersOn,
  type QuorumRule,
} from '../../../bot/src/domain/quorum';
import { aMember, anAnswer } from './builders';

const MEETING_DATE = '2024-09-18';
const MORE_THAN_HALF: QuorumRule = { type: 'moreThanHalf' };

function voters(n: number): Member[] {
  return Array.from({ length: n }, (_, i) => aMember(`m${i + 1}`));
}

function attending(ids: string[]): Attendance[] {
  return ids.map((id) => anAnswer(id, { kind: 'attend' }));
}

describe('requiredForQuorum', () => {
  it.each([
    [10, 6],
    [9, 5],
    [1, 1],
    [2, 2],
    [0, 1],
  ])('more than half of %i voting members is %i', (voting, required) => {
    expect(requiredForQuorum(MORE_THAN_HALF, voting)).toBe(required);
  });

  it('is more than half by default', () => {
    expect(DEFAULT_QUORUM_RULE).toEqual(MORE_THAN_HALF);
  });

  it('an atLeast rule requires exactly its count', () => {
    expect(requiredForQuorum({ type: 'atLeast', count: 4 }, 10)).toBe(4);
  });
});

describe('votingMembersOn / the quorum base', () => {
  const roster: Member[] = [
    aMember('chair', { role: 'chair' }),
    aMember('vice', { role: 'viceChair' }),
    aMember('ola'),
    aMember('obs', { role: 'observer', votingMember: false }),
    aMember('obs-flagged', { role: 'observer', votingMember: true }),
    aMember('per', { deputyOf: 'ola' }),
    aMember('pool', { inDeputyPool: true }),
    aMember('left', { activeTo: '2024-09-17' }),
    aMember('lastday', { activeTo: '2024-09-18' }),
    aMember('joins', { activeFrom: '2024-09-19' }),
    aMember('firstday', { activeFrom: '2024-09-18' }),
    aMember('sec', { role: 'secretary', votingMember: false }),
    aMember('sec-voting', { role: 'secretary', votingMember: true }),
  ];

  it('counts active voting members only: no observers, deputies, former or future members, non-voting secretary', () => {
    expect(
      votingMembersOn(roster, MEETING_DATE)
        .map((m) => m.aadObjectId)
        .sort(),
    ).toEqual(['chair', 'firstday', 'lastday', 'ola', 'sec-voting', 'vice'].sort());
  });
});

describe('expectedQuorum', () => {
  it('10 voting members need 6: 6 attending reaches quorum, 5 does not', () => {
    const members = voters(10);
    const six = expectedQuorum(members, attending(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']), MORE_THAN_HALF, MEETING_DATE);
    expect(six).toEqual({ votingMembers: 10, expectedPresent: 6, required: 6, reached: true });
    const five = expectedQuorum(members, attending(['m1', 'm2', 'm3', 'm4', 'm5']), MORE_THAN_HALF, MEETING_DATE);
    expect(five).toEqual({ votingMembers: 10, expectedPresent: 5, required: 6, reached: false });
  });

  it('9 voting members need 5', () => {
    const result = expectedQuorum(voters(9), attending(['m1', 'm2', 'm3', 'm4', 'm5']), MORE_THAN_HALF, MEETING_DATE);
    expect(result).toMatchObject({ votingMembers: 9, required: 5, reached: true });
  });

  it('uses an atLeast rule', () => {
    const result = expectedQuorum(voters(10), attending(['m1', 'm2', 'm3']), { type: 'atLeast', count: 3 }, MEETING_DATE);
    expect(result).toMatchObject({ votingMembers: 10, expectedPresent: 3, required: 3, reached: true });
  });

  it('remote attendance counts', () => {
    const result = expectedQuorum(
      voters(3),
      [anAnswer('m1', { kind: 'remote' }), ...attending(['m2'])],
      MORE_THAN_HALF,
      MEETING_DATE,
    );
    expect(result).toMatchObject({ expectedPresent: 2, reached: true });
  });

  it('observers, deputies and inactive members are neither in the base nor counted when they attend', () => {
    const members = [
      ...voters(4),
      aMember('obs', { role: 'observer', votingMember: false }),
      aMember('per', { deputyOf: 'm1' }),
      aMember('pool', { inDeputyPool: true }),
      aMember('left', { activeTo: '2024-08-31' }),
      aMember('joins', { activeFrom: '2024-10-01' }),
    ];
    const result = expectedQuorum(
      members,
      attending(['obs', 'per', 'pool', 'left', 'joins', 'm2']),
      MORE_THAN_HALF,
      MEETING_DATE,
    );
    expect(result).toEqual({ votingMembers: 4, expectedPresent: 1, required: 3, reached: false });
  });

  it('a member who sends a deputy counts once, even if the deputy also answers', () => {
    const members = [...voters(3), aMember('per', { deputyOf: 'm1' })];
    const answers = [
      anAnswer('m1', { kind: 'deputy', deputyId: 'per' }),
      anAnswer('per', { kind: 'attend' }),
      ...attending(['m2']),
    ];
    expect(expectedQuorum(members, answers, MORE_THAN_HALF, MEETING_DATE)).toEqual({
      votingMembers: 3,
      expectedPresent: 2,
      required: 2,
      reached: true,
    });
  });

  it('apologies and no answer do not count', () => {
    const answers = [
      anAnswer('m1', { kind: 'apologies', reason: 'sykdom' }),
      anAnswer('m2', { kind: 'apologies' }),
      ...attending(['m3']),
    ];
    expect(expectedQuorum(voters(5), answers, MORE_THAN_HALF, MEETING_DATE)).toEqual({
      votingMembers: 5,
      expectedPresent: 1,
      required: 3,
      reached: false,
    });
  });

  it('a secretary who is not a voting member is not counted', () => {
    const members = [...voters(2), aMember('sec', { role: 'secretary', votingMember: false })];
    const result = expectedQuorum(members, attending(['sec', 'm1']), MORE_THAN_HALF, MEETING_DATE);
    expect(result).toEqual({ votingMembers: 2, expectedPresent: 1, required: 2, reached: false });
  });
});

describe('expectedQuorum with deputies standing in', () => {
  it('a pool deputy named by two members stands in for one of them only', () => {
    const members = [...voters(4), aMember('pool', { inDeputyPool: true })];
    const answers = [anAnswer('m1', { kind: 'deputy', deputyId: 'pool' }), anAnswer('m2', { kind: 'deputy', deputyId: 'pool' })];
    expect(expectedQuorum(members, answers, MORE_THAN_HALF, MEETING_DATE)).toEqual({
      votingMembers: 4,
      expectedPresent: 1,
      required: 3,
      reached: false,
    });
  });

  it('two different deputies each count', () => {
    const members = [...voters(3), aMember('per', { deputyOf: 'm1' }), aMember('pool', { inDeputyPool: true })];
    const answers = [anAnswer('m1', { kind: 'deputy', deputyId: 'per' }), anAnswer('m2', { kind: 'deputy', deputyId: 'pool' })];
    expect(expectedQuorum(members, answers, MORE_THAN_HALF, MEETING_DATE)).toMatchObject({ expectedPresent: 2, reached: true });
  });

  it('a deputy who has left the council by the meeting date does not count', () => {
    const members = [...voters(3), aMember('per', { deputyOf: 'm1', activeTo: '2024-09-01' })];
    const answers = [anAnswer('m1', { kind: 'deputy', deputyId: 'per' }), ...attending(['m2'])];
    expect(expectedQuorum(members, answers, MORE_THAN_HALF, MEETING_DATE)).toMatchObject({ expectedPresent: 1, reached: false });
  });
});
