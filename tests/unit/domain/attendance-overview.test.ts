import { attendanceOverview } from '../../../bot/src/domain/attendance-overview';
import type { Member } from '../../../bot/src/domain/member';
import { aCouncil, aMeeting, aMember, anAnswer } from './builders';

const council = aCouncil();
// Wednesday 18 September 2024 10.00 in Oslo.
const meeting = aMeeting({ startsAt: '2024-09-18T08:00:00.000Z' });
const SECRETARY = { canManage: true };
const MEMBER = { canManage: false };

const roster: Member[] = [
  aMember('kari', { name: 'Kari Nordmann', role: 'chair' }),
  aMember('ola', { name: 'Ola Hansen' }),
  aMember('anne', { name: 'Anne Berg' }),
  aMember('lise', { name: 'Lise Dahl' }),
  aMember('bjorn', { name: 'Bjørn Aas' }),
  aMember('tor', { name: 'Tor Vik' }),
  aMember('siri', { name: 'Siri Sekretær', role: 'secretary', votingMember: false }),
  aMember('oda', { name: 'Oda Observatør', role: 'observer', votingMember: false }),
  aMember('per', { name: 'Per Vara', deputyOf: 'ola', votingMember: false }),
  aMember('paal', { name: 'Pål Pool', inDeputyPool: true }),
  aMember('gammel', { name: 'Gamle Gunnar', activeTo: '2024-06-30' }),
];

const answers = [
  anAnswer('kari', { kind: 'attend' }),
  anAnswer('ola', { kind: 'deputy', deputyId: 'per' }),
  anAnswer('anne', { kind: 'remote' }),
  anAnswer('lise', { kind: 'apologies', reason: 'sykdom' }),
  anAnswer('siri', { kind: 'attend' }),
  anAnswer('oda', { kind: 'attend' }),
  anAnswer('gammel', { kind: 'attend' }),
];

const namesIn = (overview: ReturnType<typeof attendanceOverview>, state: string) =>
  overview.groups.find((g) => g.state === state)?.lines.map((l) => l.name);

describe('attendanceOverview', () => {
  const overview = attendanceOverview(council, meeting, roster, answers, SECRETARY);

  it('groups the expected members by answer, in reading order, names sorted', () => {
    expect(overview.groups.map((g) => g.state)).toEqual(['attend', 'remote', 'deputy', 'apologies', 'notAnswered']);
    expect(namesIn(overview, 'attend')).toEqual(['Kari Nordmann', 'Siri Sekretær']);
    expect(namesIn(overview, 'remote')).toEqual(['Anne Berg']);
    expect(namesIn(overview, 'deputy')).toEqual(['Ola Hansen']);
    expect(namesIn(overview, 'apologies')).toEqual(['Lise Dahl']);
  });

  it('lists who has not answered, without observers (no attendance duty), deputies or former members', () => {
    expect(namesIn(overview, 'notAnswered')).toEqual(['Bjørn Aas', 'Tor Vik']);
    const everyone = overview.groups.flatMap((g) => g.lines.map((l) => l.memberId));
    for (const id of ['oda', 'per', 'paal', 'gammel']) expect(everyone).not.toContain(id);
  });

  it('lists observers apart, with their answer if they gave one', () => {
    expect(overview.observers.map((l) => [l.name, l.state, l.votingMember])).toEqual([['Oda Observatør', 'attend', false]]);
  });

  it('names the deputy standing in, and whom for', () => {
    expect(overview.groups.find((g) => g.state === 'deputy')?.lines[0]?.deputy).toEqual({ id: 'per', name: 'Per Vara' });
    expect(overview.deputies).toEqual([
      { deputyId: 'per', deputyName: 'Per Vara', forMemberId: 'ola', forName: 'Ola Hansen', namedTwice: false },
    ]);
  });

  it('counts quorum as attending voting members plus deputies standing in, against the voting members', () => {
    // Voting: Kari, Ola, Anne, Lise, Bjørn, Tor (6; the secretary does not vote) → 4 needed.
    // Present: Kari, Anne (online), Ola through Per → 3.
    expect(overview.quorum).toEqual({ votingMembers: 6, expectedPresent: 3, required: 4, reached: false });
    expect(overview.quorumRule).toEqual({ type: 'moreThanHalf' });
  });

  it('reaches quorum by the council’s own threshold', () => {
    const lenient = attendanceOverview(
      aCouncil({ quorumRule: { type: 'atLeast', count: 3 } }),
      meeting,
      roster,
      answers,
      SECRETARY,
    );
    expect(lenient.quorum).toMatchObject({ expectedPresent: 3, required: 3, reached: true });
  });

  it('shows the reason for apologies to the secretary and chair, and to nobody else', () => {
    expect(overview.reasonsShown).toBe(true);
    expect(overview.groups.find((g) => g.state === 'apologies')?.lines[0]?.reason).toBe('sykdom');
    const forMember = attendanceOverview(council, meeting, roster, answers, MEMBER);
    expect(forMember.reasonsShown).toBe(false);
    expect(forMember.groups.find((g) => g.state === 'apologies')?.lines[0]).toMatchObject({
      name: 'Lise Dahl',
      state: 'apologies',
    });
    expect(JSON.stringify(forMember)).not.toContain('sykdom');
  });

  it('counts a pool deputy named by two members once, and says so', () => {
    const both = [
      ...answers.filter((a) => a.memberId !== 'bjorn' && a.memberId !== 'tor'),
      anAnswer('bjorn', { kind: 'deputy', deputyId: 'paal' }),
      anAnswer('tor', { kind: 'deputy', deputyId: 'paal' }),
    ];
    const result = attendanceOverview(council, meeting, roster, both, SECRETARY);
    expect(result.deputies.filter((d) => d.deputyId === 'paal').map((d) => [d.forName, d.namedTwice])).toEqual([
      ['Bjørn Aas', true],
      ['Tor Vik', true],
    ]);
    // Kari, Anne, Ola (Per) and one of Bjørn/Tor (Pål): 4 of 6.
    expect(result.quorum).toMatchObject({ expectedPresent: 4, reached: true });
  });

  it('decides who is expected by the meeting’s date in Oslo', () => {
    // 22:30Z on 17 September is 00:30 on 18 September in Oslo.
    const late = aMeeting({ startsAt: '2024-09-17T22:30:00.000Z', endsAt: '2024-09-17T23:30:00.000Z' });
    const members = [aMember('leaving', { activeTo: '2024-09-17' }), aMember('joining', { activeFrom: '2024-09-18' })];
    const result = attendanceOverview(council, late, members, [], SECRETARY);
    expect(result.groups.find((g) => g.state === 'notAnswered')?.lines.map((l) => l.memberId)).toEqual(['joining']);
  });
});
