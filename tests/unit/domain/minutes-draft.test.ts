import { prefillAttendance, correctAttendance, assertCanHold, holdingPath } from '../../../bot/src/domain/meeting-holding';
import { draftMinutes, type DraftFacts } from '../../../bot/src/domain/minutes-draft';
import { approve, amend, isDueForArchive, withoutPrivateReasons } from '../../../bot/src/domain/minutes-approval';
import type { MeetingMinutes } from '../../../bot/src/domain/minutes';
import { emptyMinutesItem } from '../../../bot/src/domain/minutes';
import { aCouncil, aMeeting, aMember, anAnswer, anInput, anInputRequest, anItem, MEETING_ID } from './builders';

// The meeting starts Wednesday 18 September 2024 10:00 Oslo (08:00 UTC).
const HELD_AT = new Date('2024-09-18T10:45:00.000Z');
const meeting = aMeeting({ status: 'noticeSent' });
const roster = [
  aMember('sec', { name: 'Alex Wilber', role: 'secretary', organisation: 'NAV Vestfold og Telemark' }),
  aMember('chair', { name: 'Megan Bowen', role: 'chair', organisation: 'FFO' }),
  aMember('adele', { name: 'Adele Vance', organisation: 'A-larm' }),
  aMember('isaiah', { name: 'Isaiah Langer', organisation: 'RIO' }),
  aMember('lynne', { name: 'Lynne Robbins', organisation: 'SAFO' }),
  aMember('ola', { name: 'Ola Berg', deputyOf: 'isaiah' }),
  aMember('gone', { name: 'Anita Williams', activeTo: '2024-06-30' }),
];
const answers = [
  anAnswer('sec', { kind: 'attend' }),
  anAnswer('chair', { kind: 'remote' }),
  anAnswer('adele', { kind: 'apologies', reason: 'sykdom' }),
  anAnswer('isaiah', { kind: 'deputy', deputyId: 'ola' }),
  anAnswer('lynne', { kind: 'apologies', reason: 'ferie', reasonInMinutes: true }),
];

function facts(minutes: MeetingMinutes, overrides: Partial<DraftFacts> = {}): DraftFacts {
  return {
    council: aCouncil(),
    meeting,
    meetings: [
      meeting,
      aMeeting({ id: 'later', startsAt: '2024-11-20T09:00:00.000Z', endsAt: '2024-11-20T11:30:00.000Z', place: 'NAV Skien' }),
      aMeeting({ id: 'cancelled', status: 'cancelled', startsAt: '2024-10-20T09:00:00.000Z' }),
    ],
    roster,
    minutes,
    items: [
      anItem('approval', 0, {
        standard: 'approval',
        title: 'Godkjenning av innkalling og referat',
        caseNumber: { year: 2024, sequence: 23 },
      }),
      anItem('budget', 1, { title: 'Budsjett', responsible: 'Megan Bowen', caseNumber: { year: 2024, sequence: 24 } }),
      anItem('removed', 2, { removedAt: '2024-09-10T10:00:00.000Z' }),
    ],
    parts: [],
    answers,
    inputRequests: [{ ...anInputRequest('ir', '2024-09-13T10:00:00.000Z'), agendaItemId: 'budget' }],
    inputs: [anInput('ir', 'adele')],
    openFollowUps: [{ id: 'f1', who: 'Isaiah Langer', what: 'Sjekke ventetider', due: '2024-10-01' }],
    ...overrides,
  };
}

const heldMinutes = (): MeetingMinutes => ({
  meetingId: MEETING_ID,
  heldAt: HELD_AT.toISOString(),
  heldBy: 'sec',
  attendance: prefillAttendance(meeting, 'Europe/Oslo', roster, answers),
  minuteTakerId: 'adele',
  amendments: [],
});

describe('holding a meeting', () => {
  it('is refused before the start, and for a collecting meeting without the confirmation that the notice went out', () => {
    expect(() => assertCanHold(meeting, new Date('2024-09-18T07:59:00.000Z'), false)).toThrow(/start time/);
    expect(() => assertCanHold(aMeeting({ status: 'collecting' }), HELD_AT, false)).toThrow(/another way/);
    expect(() => assertCanHold(aMeeting({ status: 'collecting' }), HELD_AT, true)).not.toThrow();
    expect(() => assertCanHold(aMeeting({ status: 'planned' }), HELD_AT, true)).toThrow(/planned to held/);
    expect(() => assertCanHold(meeting, HELD_AT, false)).not.toThrow();
    // Marked held before Utvalg wrote minutes: the draft opens from there.
    expect(holdingPath(aMeeting({ status: 'held' }))).toEqual(['minutesDraft']);
    expect(() => assertCanHold(aMeeting({ status: 'minutesDraft' }), HELD_AT, false)).toThrow(/minutesDraft to held/);
  });

  it('prefills attendance from the answers: the deputy attends for the member who sent them; former members are left out', () => {
    const lines = prefillAttendance(meeting, 'Europe/Oslo', roster, answers);
    expect(lines).toEqual([
      { memberId: 'sec', presence: 'inPerson', answered: 'attend' },
      { memberId: 'chair', presence: 'online', answered: 'remote' },
      { memberId: 'adele', presence: 'apologies', answered: 'apologies' },
      { memberId: 'isaiah', presence: 'apologies', answered: 'deputy' },
      { memberId: 'ola', presence: 'inPerson', answered: 'notAnswered', standingInFor: 'isaiah' },
      { memberId: 'lynne', presence: 'apologies', answered: 'apologies' },
    ]);
  });

  it('prefills the person holding the meeting as present when they never answered; the others who did not answer are absent until corrected', () => {
    const withoutSecretary = answers.filter((a) => a.memberId !== 'sec');
    const byChair = prefillAttendance(meeting, 'Europe/Oslo', roster, withoutSecretary, 'chair');
    // The chair answered "online": an answer given stands, whoever holds the meeting.
    expect(byChair.find((l) => l.memberId === 'chair')).toEqual({ memberId: 'chair', presence: 'online', answered: 'remote' });
    expect(byChair.find((l) => l.memberId === 'sec')).toEqual({ memberId: 'sec', presence: 'absent', answered: 'notAnswered' });
    const bySecretary = prefillAttendance(meeting, 'Europe/Oslo', roster, withoutSecretary, 'sec');
    expect(bySecretary.find((l) => l.memberId === 'sec')).toEqual({
      memberId: 'sec',
      presence: 'inPerson',
      answered: 'notAnswered',
    });
  });

  it('corrects attendance: came late, did not come after all, and refuses someone outside the council', () => {
    let lines = prefillAttendance(meeting, 'Europe/Oslo', roster, answers);
    lines = correctAttendance(lines, roster, { memberId: 'chair', presence: 'inPerson', cameLate: true });
    lines = correctAttendance(lines, roster, { memberId: 'sec', presence: 'absent', leftEarly: true });
    expect(lines.find((l) => l.memberId === 'chair')).toEqual({
      memberId: 'chair',
      presence: 'inPerson',
      answered: 'remote',
      cameLate: true,
    });
    // Someone who did not come did not leave early either.
    expect(lines.find((l) => l.memberId === 'sec')).toEqual({ memberId: 'sec', presence: 'absent', answered: 'attend' });
    expect(() => correctAttendance(lines, roster, { memberId: 'stranger', presence: 'inPerson' })).toThrow(/members/);
  });
});

describe('the draft minutes, prefilled', () => {
  it('lists present, chair first and secretary last (with role, organisation, online, deputy for whom) and apologies with a reason only where the member allowed it', () => {
    let minutes = heldMinutes();
    minutes = {
      ...minutes,
      attendance: correctAttendance(minutes.attendance, roster, { memberId: 'chair', presence: 'online', leftEarly: true }),
    };
    const draft = draftMinutes(facts(minutes));
    expect(draft.present.map((p) => [p.name, p.organisation, p.online, p.leftEarly, p.standingInFor])).toEqual([
      ['Megan Bowen', 'FFO', true, true, undefined],
      ['Ola Berg', undefined, false, false, 'Isaiah Langer'],
      ['Alex Wilber', 'NAV Vestfold og Telemark', false, false, undefined],
    ]);
    expect(draft.apologies.map((a) => [a.name, a.reason])).toEqual([
      ['Adele Vance', undefined],
      ['Isaiah Langer', undefined],
      ['Lynne Robbins', 'ferie'],
    ]);
  });

  it('has every agenda item with number, title and responsible, the written input under its item, follow-ups, next meeting and minute-taker', () => {
    const draft = draftMinutes(facts(heldMinutes()));
    expect(draft.heading).toEqual({
      councilName: 'Brukerutvalget i NAV Vestfold og Telemark',
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
    });
    expect(draft.items.map((i) => [i.caseNumber?.sequence, i.title, i.responsible])).toEqual([
      [23, 'Godkjenning av innkalling og referat', undefined],
      [24, 'Budsjett', 'Megan Bowen'],
    ]);
    expect(draft.items[1]?.writtenInput).toEqual([
      { name: 'Adele Vance', question: 'Hva bør forventes av de lokale brukerutvalgene?', answer: 'Et svar.' },
    ]);
    expect(draft.items[0]?.writtenInput).toEqual([]);
    expect(draft.openFollowUps.map((f) => f.who)).toEqual(['Isaiah Langer']);
    // The cancelled meeting in between is skipped.
    expect(draft.nextMeeting).toEqual({
      meetingId: 'later',
      startsAt: '2024-11-20T09:00:00.000Z',
      endsAt: '2024-11-20T11:30:00.000Z',
      place: 'NAV Skien',
    });
    expect(draft.minuteTaker?.name).toBe('Adele Vance');
  });

  it('shows a part as written, and a postponed item with its earlier number', () => {
    const part = {
      ...emptyMinutesItem(MEETING_ID, 'budget', HELD_AT.toISOString(), 'adele'),
      decision: 'Budsjettet tas til orientering.',
    };
    const draft = draftMinutes(
      facts(heldMinutes(), {
        parts: [part],
        items: [
          anItem('budget', 1, {
            caseNumber: { year: 2024, sequence: 24 },
            postponedFrom: [
              { year: 2023, sequence: 40 },
              { year: 2024, sequence: 12 },
            ],
          }),
        ],
      }),
    );
    expect(draft.items[0]?.part.decision).toBe('Budsjettet tas til orientering.');
    expect(draft.items[0]?.postponedFrom).toEqual([
      { year: 2023, sequence: 40 },
      { year: 2024, sequence: 12 },
    ]);
  });
});

describe('approval, amendments and the archive', () => {
  const sent = (): MeetingMinutes => ({
    ...heldMinutes(),
    sentForApproval: { at: HELD_AT.toISOString(), by: 'sec', channelPost: { state: 'sent', at: HELD_AT.toISOString() } },
  });
  const draftMeeting = aMeeting({ status: 'minutesDraft' });

  it('approves only minutes sent for approval, keeping the corrections the meeting asked for', () => {
    expect(() => approve(heldMinutes(), draftMeeting, 'sec', HELD_AT)).toThrow(/send the minutes/);
    const approved = approve(sent(), draftMeeting, 'sec', new Date('2024-11-20T09:15:00.000Z'), '  Rett stavemåten i sak 24. ');
    expect(approved.approval).toEqual({ at: '2024-11-20T09:15:00.000Z', by: 'sec', corrections: 'Rett stavemåten i sak 24.' });
  });

  it('amends approved minutes visibly (who, when, what, why); a draft is not amended, and a reason is required', () => {
    const part = { ...emptyMinutesItem(MEETING_ID, 'budget', HELD_AT.toISOString(), 'sec'), decision: 'Vedtatt.' };
    const approvedMeeting = aMeeting({ status: 'minutesApproved' });
    const at = new Date('2024-12-01T10:00:00.000Z');
    const change = { field: 'decision' as const, after: 'Vedtatt med én stemme mot.', reason: 'Feil i vedtaket' };
    expect(() => amend(draftMeeting, sent(), part, change, 'sec', at)).toThrow(/edit the draft/);
    expect(() => amend(approvedMeeting, sent(), part, { ...change, reason: ' ' }, 'sec', at)).toThrow(/why/);
    const amended = amend(approvedMeeting, sent(), part, change, 'sec', at);
    expect(amended.part.decision).toBe('Vedtatt med én stemme mot.');
    expect(amended.minutes.amendments).toEqual([
      {
        at: at.toISOString(),
        by: 'sec',
        itemId: 'budget',
        field: 'decision',
        before: 'Vedtatt.',
        after: 'Vedtatt med én stemme mot.',
        reason: 'Feil i vedtaket',
      },
    ]);
  });

  it('archives approved minutes after the council\u2019s period, counted from approval', () => {
    const approvedMeeting = aMeeting({ status: 'minutesApproved' });
    const minutes = { ...sent(), approval: { at: '2024-11-20T09:15:00.000Z', by: 'sec' } };
    expect(isDueForArchive(approvedMeeting, minutes, new Date('2025-11-20T09:14:00.000Z'), 12)).toBe(false);
    expect(isDueForArchive(approvedMeeting, minutes, new Date('2025-11-20T09:15:00.000Z'), 12)).toBe(true);
    expect(isDueForArchive(approvedMeeting, minutes, new Date('2025-05-20T09:15:00.000Z'), 6)).toBe(true);
    expect(isDueForArchive(draftMeeting, minutes, new Date('2030-01-01T00:00:00.000Z'), 12)).toBe(false);
  });

  it('deletes on approval only the reasons members did not allow into the minutes', () => {
    expect(withoutPrivateReasons(answers)).toEqual([{ ...anAnswer('adele', { kind: 'apologies' }) }]);
  });
});
