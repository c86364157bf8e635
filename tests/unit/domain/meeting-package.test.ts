import { buildMeetingPackage, type MeetingWorkingSet } from '../../../bot/src/domain/meeting-package';
import type { Member } from '../../../bot/src/domain/member';
import { aCouncil, aMeeting, aMember, anAnswer, anInput, anInputRequest, anItem, aProposal } from './builders';

const council = aCouncil();
// Wednesday 18 September 2024 10.00–12.30 in Oslo.
const meeting = aMeeting({ startsAt: '2024-09-18T08:00:00.000Z', endsAt: '2024-09-18T10:30:00.000Z' });
const NOW = new Date('2024-09-10T12:00:00.000Z');

const roster: Member[] = [
  aMember('kari', { name: 'Kari Nordmann', role: 'chair', organisation: 'FFO' }),
  aMember('ola', { name: 'Ola Hansen', organisation: 'A-larm' }),
  aMember('anne', { name: 'Anne Berg', organisation: 'RIO' }),
  aMember('lise', { name: 'Lise Dahl', organisation: 'SAFO' }),
  aMember('siri', { name: 'Siri Sekretær', role: 'secretary', votingMember: false, organisation: 'NAV Vestfold og Telemark' }),
  aMember('oda', { name: 'Oda Observatør', role: 'observer', votingMember: false }),
  aMember('per', { name: 'Per Vara', deputyOf: 'ola' }),
  aMember('paal', { name: 'Pål Pool', inDeputyPool: true }),
  aMember('gammel', { name: 'Gamle Gunnar', activeTo: '2024-06-30' }),
  aMember('ny', { name: 'Nye Nina', activeFrom: '2024-10-01' }),
];

function workingSet(overrides: Partial<MeetingWorkingSet> = {}): MeetingWorkingSet {
  return {
    items: [
      anItem('eventuelt', 0, { title: 'Eventuelt', standard: 'anyOtherBusiness' }),
      anItem('b', 2, { title: 'Møtekalender 2025' }),
      anItem('godkjenning', 5, { title: 'Godkjenning av innkalling og referat', standard: 'approval' }),
      anItem('a', 1, { title: 'Orientering fra direktøren', kind: 'briefing' }),
    ],
    proposals: [
      aProposal('p3', 'anne', '2024-09-03T09:00:00.000Z', { title: 'Tredje' }),
      aProposal('p1', 'oda', '2024-09-01T09:00:00.000Z', { title: 'Første' }),
      aProposal('p2', 'ola', '2024-09-02T09:00:00.000Z', { title: 'Andre' }),
    ],
    attendance: [
      anAnswer('kari', { kind: 'attend' }),
      anAnswer('ola', { kind: 'deputy', deputyId: 'per' }),
      anAnswer('lise', { kind: 'apologies', reason: 'sykdom' }),
      anAnswer('siri', { kind: 'remote' }),
      anAnswer('oda', { kind: 'attend' }),
    ],
    inputRequests: [
      anInputRequest('closed', '2024-09-06T21:59:00.000Z', ['kari', 'ola', 'anne']),
      anInputRequest('open', '2024-09-13T21:59:00.000Z', ['ola', 'anne']),
      anInputRequest('everyone', '2024-09-13T21:59:00.000Z', []),
    ],
    inputs: [anInput('closed', 'kari'), anInput('open', 'anne'), anInput('open', 'kari'), anInput('everyone', 'lise')],
    ...overrides,
  };
}

describe('buildMeetingPackage', () => {
  const pkg = buildMeetingPackage(council, meeting, roster, workingSet(), NOW);

  it('lists the active members expected to attend, with their answer or notAnswered', () => {
    expect(pkg.attendance.map((l) => [l.memberId, l.state])).toEqual([
      ['kari', 'attend'],
      ['ola', 'deputy'],
      ['anne', 'notAnswered'],
      ['lise', 'apologies'],
      ['siri', 'remote'],
    ]);
  });

  it('does not list observers, deputies or inactive members as expected attendees', () => {
    const listed = pkg.attendance.map((l) => l.memberId);
    for (const id of ['oda', 'per', 'paal', 'gammel', 'ny']) expect(listed).not.toContain(id);
  });

  it('resolves the name of the deputy standing in', () => {
    const ola = pkg.attendance.find((l) => l.memberId === 'ola');
    expect(ola).toMatchObject({ name: 'Ola Hansen', organisation: 'A-larm', state: 'deputy', deputyName: 'Per Vara' });
  });

  it('keeps the reason for apologies for the secretary and chair only, and leaves no answer for those who have not answered', () => {
    const forSecretary = buildMeetingPackage(council, meeting, roster, workingSet(), NOW, { memberId: 'siri', canManage: true });
    expect(forSecretary.attendance.find((l) => l.memberId === 'lise')?.answer).toEqual({ kind: 'apologies', reason: 'sykdom' });
    const forMember = buildMeetingPackage(council, meeting, roster, workingSet(), NOW, { memberId: 'anne', canManage: false });
    expect(forMember.attendance.find((l) => l.memberId === 'lise')?.answer).toEqual({ kind: 'apologies' });
    expect(JSON.stringify(forMember)).not.toContain('sykdom');
    expect(JSON.stringify(pkg)).not.toContain('sykdom');
    const anne = pkg.attendance.find((l) => l.memberId === 'anne');
    expect(anne?.answer).toBeUndefined();
    expect(anne?.deputyName).toBeUndefined();
  });

  it('sorts proposals by date and names the proposer (observers may propose)', () => {
    expect(pkg.proposals.map((p) => [p.title, p.proposerName])).toEqual([
      ['Første', 'Oda Observatør'],
      ['Andre', 'Ola Hansen'],
      ['Tredje', 'Anne Berg'],
    ]);
  });

  it('summarises each input request: who answered, who has not, open or closed by the clock passed in', () => {
    const byId = new Map(pkg.inputRequests.map((s) => [s.request.id, s]));
    expect(byId.get('closed')).toMatchObject({
      open: false,
      answeredBy: ['Kari Nordmann'],
      notAnsweredBy: ['Ola Hansen', 'Anne Berg'],
    });
    // Kari answered 'open' without being asked: she is not listed.
    expect(byId.get('open')).toMatchObject({ open: true, answeredBy: ['Anne Berg'], notAnsweredBy: ['Ola Hansen'] });
  });

  it('asks every active member when the request names nobody, and leaves out former members', () => {
    const everyone = pkg.inputRequests.find((s) => s.request.id === 'everyone');
    expect(everyone?.answeredBy).toEqual(['Lise Dahl']);
    expect(everyone?.notAnsweredBy).toEqual(
      expect.arrayContaining(['Kari Nordmann', 'Ola Hansen', 'Anne Berg', 'Siri Sekretær']),
    );
    expect(everyone?.notAnsweredBy).not.toContain('Gamle Gunnar');
    expect(everyone?.notAnsweredBy).not.toContain('Nye Nina');
  });

  it('closes the same request once the passed-in clock is past its deadline', () => {
    const later = buildMeetingPackage(council, meeting, roster, workingSet(), new Date('2024-09-14T08:00:00.000Z'));
    expect(later.inputRequests.map((s) => [s.request.id, s.open])).toEqual([
      ['closed', false],
      ['open', false],
      ['everyone', false],
    ]);
  });

  describe('written input, as far as the reader may see it', () => {
    // Before the meeting (NOW is 10 September; the meeting is 18 September 10.00).
    const answersIn = (p: ReturnType<typeof buildMeetingPackage>, id: string) =>
      p.inputRequests.find((s) => s.request.id === id)?.inputs.map((i) => [i.memberId, i.name]);

    it('before the meeting, with input kept for the secretary: a member sees only their own', () => {
      const forAnne = buildMeetingPackage(council, meeting, roster, workingSet(), NOW, { memberId: 'anne', canManage: false });
      expect(answersIn(forAnne, 'open')).toEqual([['anne', 'Anne Berg']]);
      expect(forAnne.inputRequests.find((s) => s.request.id === 'open')?.othersHidden).toBe(false);
      const forOla = buildMeetingPackage(council, meeting, roster, workingSet(), NOW, { memberId: 'ola', canManage: false });
      expect(answersIn(forOla, 'open')).toEqual([]);
      expect(forOla.inputRequests.find((s) => s.request.id === 'open')?.othersHidden).toBe(true);
    });

    it('the secretary and the chair see every answer before the meeting', () => {
      const forSecretary = buildMeetingPackage(council, meeting, roster, workingSet(), NOW, {
        memberId: 'siri',
        canManage: true,
      });
      expect(answersIn(forSecretary, 'open')).toEqual([['anne', 'Anne Berg']]);
      expect(answersIn(forSecretary, 'everyone')).toEqual([['lise', 'Lise Dahl']]);
    });

    it('a council that shares input lets every member read it before the meeting', () => {
      const sharing = aCouncil({ inputVisibility: 'allMembers' });
      const forOla = buildMeetingPackage(sharing, meeting, roster, workingSet(), NOW, { memberId: 'ola', canManage: false });
      expect(answersIn(forOla, 'open')).toEqual([['anne', 'Anne Berg']]);
    });

    it('once the meeting has started, members read each other’s input', () => {
      const started = new Date('2024-09-18T08:00:00.000Z');
      const forOla = buildMeetingPackage(council, meeting, roster, workingSet(), started, { memberId: 'ola', canManage: false });
      expect(answersIn(forOla, 'open')).toEqual([['anne', 'Anne Berg']]);
    });

    it('without a reader, no input at all', () => {
      expect(pkg.inputRequests.flatMap((s) => s.inputs)).toEqual([]);
    });
  });

  it('orders the agenda: approval first, Eventuelt last', () => {
    expect(pkg.agenda.map((i) => i.id)).toEqual(['godkjenning', 'a', 'b', 'eventuelt']);
  });

  it('computes the expected quorum from voting members only', () => {
    // Voting: Kari, Ola, Anne, Lise (the secretary does not vote). Present: Kari, Ola via deputy.
    expect(pkg.quorum).toEqual({ votingMembers: 4, expectedPresent: 2, required: 3, reached: false });
  });

  it('carries the council summary and the meeting', () => {
    expect(pkg.council).toEqual({ id: council.id, name: council.name, language: 'nb', timeZone: 'Europe/Oslo' });
    expect(pkg.meeting).toBe(meeting);
  });

  it('decides who is active by the meeting’s date in Oslo, not in UTC', () => {
    // 22:30Z on 17 September is 00:30 on 18 September in Oslo.
    const lateMeeting = aMeeting({ startsAt: '2024-09-17T22:30:00.000Z', endsAt: '2024-09-17T23:30:00.000Z' });
    const members = [aMember('leaving', { activeTo: '2024-09-17' }), aMember('joining', { activeFrom: '2024-09-18' })];
    const result = buildMeetingPackage(council, lateMeeting, members, workingSet({ attendance: [] }), NOW);
    expect(result.attendance.map((l) => l.memberId)).toEqual(['joining']);
    expect(result.quorum.votingMembers).toBe(1);
  });

  it('does not change the working set it is given', () => {
    const work = workingSet();
    const before = JSON.stringify(work);
    buildMeetingPackage(council, meeting, roster, work, NOW);
    expect(JSON.stringify(work)).toBe(before);
  });
});
