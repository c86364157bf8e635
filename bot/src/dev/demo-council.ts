import { DateTime } from 'luxon';
import type { AgendaItem } from '../domain/agenda';
import type { Attendance, AttendanceAnswer } from '../domain/attendance';
import { DEFAULT_INPUT_VISIBILITY, type Council } from '../domain/council';
import type { InputRequest, WrittenInput } from '../domain/input-request';
import type { Meeting } from '../domain/meeting';
import { isWorkingDay } from '../domain/norwegian-holidays';
import { defaultVoting, type Member, type Role } from '../domain/member';
import type { AgendaProposal } from '../domain/proposal';
import { DEFAULT_QUORUM_RULE } from '../domain/quorum';
import { DEMO_CHAIR, DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TEAM_ID, DEMO_TENANT_ID } from './demo-ids';

const ZONE = 'Europe/Oslo';

/** Everything the demo needs, built from the seeding day (pure: `now` is passed in). */
export interface DemoData {
  council: Council;
  members: Member[];
  past: { meeting: Meeting; items: AgendaItem[]; attendance: Attendance[] };
  upcoming: {
    meeting: Meeting;
    items: AgendaItem[];
    proposals: AgendaProposal[];
    attendance: Attendance[];
    inputRequest: InputRequest;
    inputs: WrittenInput[];
  };
}

/** A working day at 10.00–12.30 Oslo time, `days` from today or a little later (no council meets on Christmas Day). */
function meetingTimes(now: Date, days: number): { start: DateTime; end: DateTime } {
  let start = DateTime.fromJSDate(now, { zone: ZONE }).plus({ days }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  while (!isWorkingDay(start)) start = start.plus({ days: 1 });
  return { start, end: start.set({ hour: 12, minute: 30 }) };
}

const iso = (dt: DateTime): string => dt.toUTC().toISO() ?? '';

export function buildDemoData(now: Date): DemoData {
  const past = meetingTimes(now, -42);
  const next = meetingTimes(now, 24);
  const joined = past.start.minus({ years: 2 }).toISODate() ?? '';

  const council: Council = {
    id: DEMO_COUNCIL_ID,
    tenantId: DEMO_TENANT_ID,
    name: 'Brukerutvalget i NAV Vestfold og Telemark',
    kind: 'regional',
    language: 'nb',
    timeZone: ZONE,
    quorumRule: DEFAULT_QUORUM_RULE,
    inputVisibility: DEFAULT_INPUT_VISIBILITY,
    // The council adopted Utvalg mid-year: its series continues at 23.
    caseNumberStart: { year: past.start.year, next: 23 },
    teamId: DEMO_TEAM_ID,
    channelId: DEMO_TEAM_ID,
  };

  const member = (
    aadObjectId: string,
    name: string,
    role: Role,
    organisation: string,
    title: string,
    extra: Partial<Member> = {},
  ): Member => ({
    councilId: council.id,
    tenantId: DEMO_TENANT_ID,
    aadObjectId,
    name,
    role,
    organisation,
    title,
    votingMember: defaultVoting(role),
    inDeputyPool: false,
    editorialBoard: false,
    activeFrom: joined,
    ...extra,
  });

  const members: Member[] = [
    member(DEMO_SECRETARY, 'Alex Wilber', 'secretary', 'NAV Vestfold og Telemark', 'rådgiver, sekretær og referent', {
      editorialBoard: true,
    }),
    member(DEMO_CHAIR, 'Megan Bowen', 'chair', 'FFO', 'leder av brukerutvalget, brukerrepresentant', { editorialBoard: true }),
    member(DEMO_MEMBERS.adele, 'Adele Vance', 'member', 'A-larm', 'brukerrepresentant'),
    member(DEMO_MEMBERS.isaiah, 'Isaiah Langer', 'member', 'NAV Vestfold og Telemark', 'direktør'),
    member(DEMO_MEMBERS.patti, 'Patti Fernandez', 'viceChair', 'FFO', 'nestleder, brukerrepresentant', { language: 'en' }),
    member(DEMO_MEMBERS.lynne, 'Lynne Robbins', 'member', 'NAV Midt-Telemark', 'NAV-leder', { language: 'nn' }),
    member('demo-ingrid-solberg', 'Ingrid Solberg', 'member', 'RIO', 'brukerrepresentant'),
    member('demo-tor-haugen', 'Tor Haugen', 'member', 'Kreftforeningen', 'brukerrepresentant'),
    member('demo-sigrid-lunde', 'Sigrid Lunde', 'observer', 'NAV Skien', 'erfaringskonsulent'),
    member('demo-ola-berg', 'Ola Berg', 'member', 'FFO', 'varamedlem', {
      deputyOf: DEMO_MEMBERS.patti,
      votingMember: false,
    }),
    member('demo-anita-williams', 'Anita Williams', 'member', 'NAV Bamble', 'NAV-leder', {
      activeTo: past.start.minus({ days: 1 }).toISODate() ?? '',
    }),
  ];

  const pastMeeting: Meeting = {
    id: `m-${past.start.toISODate()}`,
    councilId: council.id,
    status: 'collecting',
    startsAt: iso(past.start),
    endsAt: iso(past.end),
    place: 'NAV Tønsberg, møterom Slottsfjellet',
    proposalDeadline: iso(past.start.minus({ days: 14 })),
    noticeDeadline: iso(past.start.minus({ days: 7 })),
  };
  const item = (
    meetingId: string,
    id: string,
    order: number,
    title: string,
    kind: AgendaItem['kind'],
    extra: Partial<AgendaItem> = {},
  ): AgendaItem => ({
    id,
    meetingId,
    order,
    title,
    kind,
    ...extra,
  });
  const standardItems = (meetingId: string): AgendaItem[] => [
    item(meetingId, 'approval', 0, 'Godkjenning av innkalling og referat', 'decision', {
      standard: 'approval',
      responsible: 'Megan Bowen',
    }),
    item(meetingId, 'any-other-business', 1000, 'Eventuelt', 'discussion', { standard: 'anyOtherBusiness' }),
  ];
  const pastItems: AgendaItem[] = [
    ...standardItems(pastMeeting.id),
    item(pastMeeting.id, 'news-from-nav', 10, 'Nytt fra NAV', 'briefing', { responsible: 'Isaiah Langer' }),
    item(pastMeeting.id, 'strategy', 20, 'Strategi for brukermedvirkning', 'discussion', {
      responsible: 'Alex Wilber',
      plannedMinutes: 45,
    }),
    // Not reached "på grunn av lite tid": the upcoming meeting's agenda builder offers it.
    item(pastMeeting.id, 'user-panel', 30, 'Brukerpanel Notodden', 'briefing', { responsible: 'Adele Vance', postponed: true }),
  ];
  const answer = (meetingId: string, memberId: string, a: AttendanceAnswer, daysBefore: number, start: DateTime): Attendance => ({
    meetingId,
    memberId,
    answer: a,
    answeredAt: iso(start.minus({ days: daysBefore })),
  });
  const pastAttendance: Attendance[] = [
    answer(pastMeeting.id, DEMO_CHAIR, { kind: 'attend' }, 10, past.start),
    answer(pastMeeting.id, DEMO_SECRETARY, { kind: 'attend' }, 10, past.start),
    answer(pastMeeting.id, DEMO_MEMBERS.adele, { kind: 'attend' }, 9, past.start),
    answer(pastMeeting.id, DEMO_MEMBERS.isaiah, { kind: 'remote' }, 8, past.start),
    answer(pastMeeting.id, DEMO_MEMBERS.patti, { kind: 'apologies', reason: 'sykdom' }, 1, past.start),
    answer(pastMeeting.id, DEMO_MEMBERS.lynne, { kind: 'attend' }, 6, past.start),
    answer(pastMeeting.id, 'demo-ingrid-solberg', { kind: 'attend' }, 5, past.start),
    answer(pastMeeting.id, 'demo-tor-haugen', { kind: 'apologies' }, 3, past.start),
  ];

  const upcoming: Meeting = {
    id: `m-${next.start.toISODate()}`,
    councilId: council.id,
    status: 'collecting',
    startsAt: iso(next.start),
    endsAt: iso(next.end),
    place: 'NAV Skien, møterom Ibsen',
    onlineLink: 'https://teams.microsoft.com/l/meetup-join/demo-utvalg',
    proposalDeadline: iso(next.start.minus({ days: 14 })),
    noticeDeadline: iso(next.start.minus({ days: 7 })),
  };
  const proposedAt = (days: number): string => iso(DateTime.fromJSDate(now, { zone: ZONE }).minus({ days }));
  const proposals: AgendaProposal[] = [
    {
      id: 'p-fagdag-rus',
      meetingId: upcoming.id,
      proposerId: DEMO_MEMBERS.adele,
      title: 'Fagdag om veiledning og rus',
      description: 'Erfaringskonsulentene vil lage en fagdag for veiledere ved NAV-kontorene. Vi ønsker utvalgets støtte.',
      kind: 'decision',
      presenter: 'Adele Vance',
      status: 'accepted',
      createdAt: proposedAt(6),
    },
    {
      id: 'p-sikkerhet',
      meetingId: upcoming.id,
      proposerId: DEMO_MEMBERS.patti,
      title: 'Sikkerhet ved NAV-kontorene',
      description: 'Hvordan ivaretas sikkerheten for både ansatte og brukere etter hendelsene i høst?',
      kind: 'discussion',
      status: 'pending',
      createdAt: proposedAt(4),
    },
    {
      id: 'p-epost',
      meetingId: upcoming.id,
      proposerId: DEMO_CHAIR,
      title: 'Egen e-postadresse for brukerutvalget',
      description: 'E-post fra lederen havner ofte i søppelpost hos mottakerne.',
      kind: 'decision',
      link: 'https://www.nav.no/brukermedvirkning',
      status: 'pending',
      createdAt: proposedAt(2),
    },
  ];
  const upcomingItems: AgendaItem[] = [
    ...standardItems(upcoming.id),
    item(upcoming.id, 'news-from-nav', 10, 'Nytt fra NAV', 'briefing', { responsible: 'Isaiah Langer' }),
    item(upcoming.id, 'annual-wheel', 20, `Årshjul for brukermedvirkning ${next.start.year + 1}`, 'discussion', {
      responsible: 'Alex Wilber',
      plannedMinutes: 30,
    }),
    item(upcoming.id, 'fagdag-rus', 30, 'Fagdag om veiledning og rus', 'decision', {
      responsible: 'Adele Vance',
      fromProposalId: 'p-fagdag-rus',
    }),
  ];
  const upcomingAttendance: Attendance[] = [
    answer(upcoming.id, DEMO_CHAIR, { kind: 'attend' }, 20, next.start),
    answer(upcoming.id, DEMO_MEMBERS.isaiah, { kind: 'remote' }, 19, next.start),
    answer(upcoming.id, DEMO_MEMBERS.patti, { kind: 'deputy', deputyId: 'demo-ola-berg' }, 18, next.start),
    answer(upcoming.id, 'demo-tor-haugen', { kind: 'apologies', reason: 'Kollisjon med et annet møte' }, 18, next.start),
  ];
  const inputRequest: InputRequest = {
    id: 'ir-forventninger',
    meetingId: upcoming.id,
    questions: [
      { id: 'q1', text: 'Hva skal det forventes av brukerutvalgene på lokalkontorene?' },
      { id: 'q2', text: 'Hva skal det forventes av regionens brukerutvalg?' },
    ],
    deadline: iso(next.start.minus({ days: 5 }).set({ hour: 23, minute: 59 })),
    agendaItemId: 'annual-wheel',
    askedMemberIds: [],
    createdAt: proposedAt(5),
  };
  const inputs: WrittenInput[] = [
    {
      meetingId: upcoming.id,
      requestId: inputRequest.id,
      memberId: DEMO_MEMBERS.adele,
      answers: {
        q1: 'At de møtes minst fire ganger i året og får sakene i god tid.',
        q2: 'At det støtter de lokale utvalgene og tar opp saker som gjelder hele fylket.',
      },
      submittedAt: proposedAt(1),
    },
  ];

  return {
    council,
    members,
    past: { meeting: pastMeeting, items: pastItems, attendance: pastAttendance },
    upcoming: { meeting: upcoming, items: upcomingItems, proposals, attendance: upcomingAttendance, inputRequest, inputs },
  };
}
