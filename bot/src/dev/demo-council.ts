import { DateTime } from 'luxon';
import type { AgendaItem } from '../domain/agenda';
import type { Attendance } from '../domain/attendance';
import { DEFAULT_INPUT_VISIBILITY, type Council } from '../domain/council';
import { formatDate } from '../domain/date-format';
import type { InputRequest, WrittenInput } from '../domain/input-request';
import type { Meeting } from '../domain/meeting';
import { defaultVoting, type Member, type Role } from '../domain/member';
import type { AgendaProposal } from '../domain/proposal';
import { DEFAULT_QUORUM_RULE } from '../domain/quorum';
import { buildDemoHistory, type DemoHistory } from './demo-history';
import { DEMO_CHAIR, DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TEAM_ID, DEMO_TENANT_ID } from './demo-ids';
import { agendaItem as item, answer, DEMO_ZONE as ZONE, demoMeeting, iso, meetingTimes, standardItems } from './demo-rows';

/** Everything the demo needs, built from the seeding day (pure: `now` is passed in). */
export interface DemoData {
  council: Council;
  members: Member[];
  /** The two past meetings, played through the use cases by the seed. */
  history: DemoHistory;
  upcoming: {
    meeting: Meeting;
    items: AgendaItem[];
    proposals: AgendaProposal[];
    attendance: Attendance[];
    inputRequest: InputRequest;
    inputs: WrittenInput[];
  };
}

export function buildDemoData(now: Date): DemoData {
  const older = meetingTimes(now, -91);
  const newer = meetingTimes(now, -42);
  const next = meetingTimes(now, 24);
  const joined = older.start.minus({ years: 2 }).toISODate() ?? '';

  const council: Council = {
    id: DEMO_COUNCIL_ID,
    tenantId: DEMO_TENANT_ID,
    name: 'Brukerutvalget i NAV Vestfold og Telemark',
    kind: 'regional',
    language: 'nb',
    timeZone: ZONE,
    quorumRule: DEFAULT_QUORUM_RULE,
    inputVisibility: DEFAULT_INPUT_VISIBILITY,
    // The council adopted Utvalg mid-year, at the older past meeting: its series continues at 23.
    caseNumberStart: { year: older.start.year, next: 23 },
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
      // Left between the two past meetings: in the older minutes, not on today's roster.
      activeTo: newer.start.minus({ days: 1 }).toISODate() ?? '',
    }),
  ];

  const history = buildDemoHistory(older, newer, next);
  const upcoming: Meeting = demoMeeting(next, 'NAV Skien, møterom Ibsen', {
    onlineLink: 'https://teams.microsoft.com/l/meetup-join/demo-utvalg',
  });
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
    // The newer past meeting's minutes, sent for approval, are approved here.
    ...standardItems(upcoming.id, {
      description: `Referatet fra møtet ${formatDate(history.newer.meeting.startsAt, ZONE, 'nb')} er sendt til godkjenning.`,
    }),
    item(upcoming.id, 'news-from-nav', 10, 'Nytt fra NAV', 'briefing', { responsible: 'Isaiah Langer' }),
    item(upcoming.id, 'annual-wheel', 20, `Årshjul for brukermedvirkning ${next.start.year + 1}`, 'discussion', {
      responsible: 'Alex Wilber',
      plannedMinutes: 30,
      attachments: [{ title: 'Utkast til årshjul', url: 'https://nav.sharepoint.com/sites/brukerutvalg-vt/arshjul-utkast.docx' }],
    }),
    // Unntatt offentlighet: the public notice keeps its number and legal basis, and nothing else of it.
    item(upcoming.id, 'complaint', 25, 'Klage fra bruker på saksbehandlingen ved NAV Larvik', 'discussion', {
      responsible: 'Isaiah Langer',
      description: 'En bruker har klaget på at søknaden om arbeidsavklaringspenger ble liggende i fire måneder.',
      exempt: { legalBasis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' },
      attachments: [{ title: 'Klagen (anonymisert)', url: 'https://nav.sharepoint.com/sites/brukerutvalg-vt/klage-larvik.pdf' }],
    }),
    item(upcoming.id, 'fagdag-rus', 30, 'Fagdag om veiledning og rus', 'decision', {
      responsible: 'Adele Vance',
      fromProposalId: 'p-fagdag-rus',
    }),
  ];
  const upcomingAttendance: Attendance[] = [
    answer(upcoming, DEMO_CHAIR, { kind: 'attend' }, 20),
    answer(upcoming, DEMO_MEMBERS.isaiah, { kind: 'remote' }, 19),
    answer(upcoming, DEMO_MEMBERS.patti, { kind: 'deputy', deputyId: 'demo-ola-berg' }, 18),
    answer(upcoming, 'demo-tor-haugen', { kind: 'apologies', reason: 'Kollisjon med et annet møte' }, 18),
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
    history,
    upcoming: { meeting: upcoming, items: upcomingItems, proposals, attendance: upcomingAttendance, inputRequest, inputs },
  };
}
