import { inputAnswersOverview, type InputWork } from '../../../bot/src/domain/input-answers';
import type { WrittenInput } from '../../../bot/src/domain/input-request';
import { aCouncil, aMeeting, aMember, anInputRequest, anItem, MEETING_ID } from './builders';

// Wednesday 18 September 2024 10.00 in Oslo.
const meeting = aMeeting({ startsAt: '2024-09-18T08:00:00.000Z' });
const BEFORE = new Date('2024-09-10T12:00:00.000Z');
const DURING = new Date('2024-09-18T08:30:00.000Z');
const roster = [
  aMember('kari', { name: 'Kari Nordmann', role: 'chair' }),
  aMember('ola', { name: 'Ola Hansen' }),
  aMember('anne', { name: 'Anne Berg' }),
  aMember('oda', { name: 'Oda Observatør', role: 'observer', votingMember: false }),
  aMember('per', { name: 'Per Vara', deputyOf: 'ola' }),
];
const input = (memberId: string, answers: Record<string, string>, submittedAt: string): WrittenInput => ({
  meetingId: MEETING_ID,
  requestId: 'r1',
  memberId,
  answers,
  submittedAt,
});
const work: InputWork = {
  items: [anItem('wheel', 10, { title: 'Årshjul', caseNumber: { sequence: 23, year: 2024 } })],
  inputRequests: [
    {
      ...anInputRequest('r1', '2024-09-13T21:59:00.000Z'),
      agendaItemId: 'wheel',
      questions: [
        { id: 'q1', text: 'Lokalt?' },
        { id: 'q2', text: 'Regionalt?' },
      ],
    },
  ],
  inputs: [
    input('anne', { q1: 'Anne om lokalt', q2: 'Anne om regionalt' }, '2024-09-05T10:00:00.000Z'),
    input('ola', { q2: 'Ola om regionalt' }, '2024-09-04T10:00:00.000Z'),
  ],
  notices: [
    { meetingId: MEETING_ID, requestId: 'r1', memberId: 'oda', status: 'unreachable', at: '2024-09-01T10:00:00.000Z' },
    { meetingId: MEETING_ID, requestId: 'r1', memberId: 'anne', status: 'sent', at: '2024-09-01T10:00:00.000Z' },
  ],
};
const council = aCouncil();
const SECRETARY = { memberId: 'kari', canManage: true };

describe('inputAnswersOverview', () => {
  it('gives the secretary every answer per question with the author, oldest first, and who has not answered', () => {
    const [r] = inputAnswersOverview(council, meeting, roster, work, SECRETARY, BEFORE).requests;
    expect(r?.itemHeading).toBe('23/24 Årshjul');
    expect(r?.questions.map((q) => [q.text, q.answers.map((a) => [a.name, a.text])])).toEqual([
      ['Lokalt?', [['Anne Berg', 'Anne om lokalt']]],
      [
        'Regionalt?',
        [
          ['Ola Hansen', 'Ola om regionalt'],
          ['Anne Berg', 'Anne om regionalt'],
        ],
      ],
    ]);
    expect(r).toMatchObject({ open: true, askedCount: 4, answeredCount: 2, othersHidden: false });
    // Everyone asked: observers too, the deputy not (not named).
    expect(r?.notAnswered?.map((p) => p.name)).toEqual(['Kari Nordmann', 'Oda Observatør']);
    expect(r?.couldNotReach?.map((p) => p.name)).toEqual(['Oda Observatør']);
  });

  it('before the meeting a member sees their own answers only, and that others exist', () => {
    const view = inputAnswersOverview(council, meeting, roster, work, { memberId: 'ola', canManage: false }, BEFORE);
    expect(view.othersVisible).toBe(false);
    const [r] = view.requests;
    expect(r?.questions.flatMap((q) => q.answers.map((a) => a.name))).toEqual(['Ola Hansen']);
    expect(r?.othersHidden).toBe(true);
    expect(r?.notAnswered).toBeUndefined();
    expect(r?.couldNotReach).toBeUndefined();
    expect(JSON.stringify(view)).not.toContain('Anne om');
  });

  it('a member reads everyone’s answers when the council shares input, or once the meeting has started', () => {
    const shared = inputAnswersOverview(
      aCouncil({ inputVisibility: 'allMembers' }),
      meeting,
      roster,
      work,
      { memberId: 'oda', canManage: false },
      BEFORE,
    );
    expect(shared.requests[0]?.questions[1]?.answers.map((a) => a.name)).toEqual(['Ola Hansen', 'Anne Berg']);
    const during = inputAnswersOverview(council, meeting, roster, work, { memberId: 'oda', canManage: false }, DURING);
    expect(during.othersVisible).toBe(true);
    expect(during.requests[0]?.questions[0]?.answers.map((a) => a.name)).toEqual(['Anne Berg']);
  });

  it('is closed once the secretary closes it early', () => {
    const closed = { ...work, inputRequests: [{ ...work.inputRequests[0]!, closedAt: '2024-09-09T10:00:00.000Z' }] };
    expect(inputAnswersOverview(council, meeting, roster, closed, SECRETARY, BEFORE).requests[0]?.open).toBe(false);
  });
});
