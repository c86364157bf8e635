import type { AgendaItem } from '../domain/agenda';
import type { Attendance } from '../domain/attendance';
import type { Meeting } from '../domain/meeting';
import type { ActualAttendance, MinutesItem } from '../domain/minutes';
import { DEMO_CHAIR, DEMO_MEMBERS, DEMO_SECRETARY } from './demo-ids';
import { agendaItem, answer, demoMeeting, iso, standardItems, type MeetingTimes } from './demo-rows';

/**
 * The demo council's two past meetings, as data the seed plays through the
 * real use cases at the moments given here (pure: the times come in).
 */

/** What the minute-taker writes under one item. */
export type DemoMinutesPart = { itemId: string } & Partial<Pick<MinutesItem, 'notes' | 'qa' | 'decision' | 'notReached'>>;

export interface DemoFollowUp {
  id: string;
  itemId: string;
  responsibleId: string;
  what: string;
  /** YYYY-MM-DD. */
  due: string;
  /** Marked done by the person responsible. */
  done?: { at: string; note: string };
}

export interface DemoPastMeeting {
  meeting: Meeting;
  items: AgendaItem[];
  attendance: Attendance[];
  /** An item an earlier meeting postponed, taken up on this agenda before the notice went out. */
  takenUp?: { fromMeetingId: string; fromItemId: string; itemId: string; at: string };
  noticeAt: string;
  /** When the secretary marks it held (after it ended), and how attendance differed from the answers. */
  heldAt: string;
  attendanceCorrections: Omit<ActualAttendance, 'answered'>[];
  minuteTakerId: string;
  /** When the minute-taker writes the parts and the follow-ups are written down. */
  writtenAt: string;
  parts: DemoMinutesPart[];
  followUps: DemoFollowUp[];
  sentForApprovalAt: string;
  /** Approved under the next meeting's first item. */
  approval?: { at: string; corrections?: string };
}

export interface DemoHistory {
  /** About three months back: notice, held, minutes approved at the newer meeting. */
  older: DemoPastMeeting;
  /** About six weeks back: held, minutes sent for approval (approved at the upcoming meeting); one item postponed again. */
  newer: DemoPastMeeting;
}

export function buildDemoHistory(older: MeetingTimes, newer: MeetingTimes, upcoming: MeetingTimes): DemoHistory {
  const o = demoMeeting(older, 'NAV Tønsberg, møterom Slottsfjellet');
  const n = demoMeeting(newer, 'NAV Tønsberg, møterom Slottsfjellet', {
    onlineLink: 'https://teams.microsoft.com/l/meetup-join/demo-utvalg',
  });
  const after = (times: MeetingTimes, minutes: number): string => iso(times.end.plus({ minutes }));
  const dayAfter = (times: MeetingTimes, days: number, hour = 14): string =>
    iso(times.start.plus({ days }).set({ hour, minute: 0 }));

  const olderItems: AgendaItem[] = [
    ...standardItems(o.id),
    agendaItem(o.id, 'news-from-nav', 10, 'Nytt fra NAV', 'briefing', { responsible: 'Isaiah Langer' }),
    agendaItem(o.id, 'strategy', 20, 'Strategi for brukermedvirkning', 'decision', {
      responsible: 'Alex Wilber',
      plannedMinutes: 45,
      description: 'Utkast til strategi for brukermedvirkning i NAV Vestfold og Telemark.',
    }),
    agendaItem(o.id, 'user-panel', 30, 'Brukerpanel Notodden', 'briefing', { responsible: 'Adele Vance' }),
  ];
  const olderAttendance: Attendance[] = [
    answer(o, DEMO_CHAIR, { kind: 'attend' }, 12),
    answer(o, DEMO_SECRETARY, { kind: 'attend' }, 12),
    answer(o, DEMO_MEMBERS.adele, { kind: 'attend' }, 10),
    answer(o, DEMO_MEMBERS.isaiah, { kind: 'attend' }, 9),
    answer(o, DEMO_MEMBERS.patti, { kind: 'attend' }, 9),
    answer(o, DEMO_MEMBERS.lynne, { kind: 'remote' }, 7),
    // Not allowed into the minutes: they say only "forfall", and the reason is deleted when they are approved.
    answer(o, 'demo-ingrid-solberg', { kind: 'apologies', reason: 'Sykdom' }, 2),
    answer(o, 'demo-tor-haugen', { kind: 'apologies', reason: 'Kurs i Oslo', reasonInMinutes: true }, 4),
    answer(o, 'demo-anita-williams', { kind: 'attend' }, 6),
  ];

  const newerItems: AgendaItem[] = [
    ...standardItems(n.id),
    agendaItem(n.id, 'news-from-nav', 10, 'Nytt fra NAV', 'briefing', { responsible: 'Isaiah Langer' }),
    agendaItem(n.id, 'strategy', 20, 'Handlingsplan for brukermedvirkning', 'discussion', {
      responsible: 'Alex Wilber',
      plannedMinutes: 45,
    }),
  ];
  const newerAttendance: Attendance[] = [
    answer(n, DEMO_CHAIR, { kind: 'attend' }, 10),
    answer(n, DEMO_SECRETARY, { kind: 'attend' }, 10),
    answer(n, DEMO_MEMBERS.adele, { kind: 'attend' }, 9),
    answer(n, DEMO_MEMBERS.isaiah, { kind: 'remote' }, 8),
    answer(n, DEMO_MEMBERS.patti, { kind: 'apologies', reason: 'sykdom' }, 1),
    answer(n, DEMO_MEMBERS.lynne, { kind: 'attend' }, 6),
    answer(n, 'demo-ingrid-solberg', { kind: 'attend' }, 5),
    answer(n, 'demo-tor-haugen', { kind: 'apologies' }, 3),
  ];

  return {
    older: {
      meeting: o,
      items: olderItems,
      attendance: olderAttendance,
      noticeAt: iso(older.start.minus({ days: 8 }).set({ hour: 9 })),
      heldAt: after(older, 10),
      attendanceCorrections: [{ memberId: DEMO_MEMBERS.isaiah, presence: 'inPerson', cameLate: true }],
      minuteTakerId: DEMO_SECRETARY,
      writtenAt: dayAfter(older, 1),
      parts: [
        { itemId: 'approval', decision: 'Innkalling og referat fra forrige møte ble godkjent uten merknader.' },
        {
          itemId: 'news-from-nav',
          notes: 'Isaiah Langer orienterte om ventetiden på telefon og om den nye løsningen for kontaktsenteret.',
          qa: [
            { name: 'Adele Vance', text: 'Hvor lenge må brukerne vente på telefon nå?' },
            { name: 'Isaiah Langer', text: 'Rundt elleve minutter i snitt. Målet er under fem minutter innen sommeren.' },
          ],
        },
        {
          itemId: 'strategy',
          notes: 'Utkastet ble gjennomgått. Utvalget ønsker at brukerrepresentantene trekkes inn tidligere i arbeidet.',
          qa: [
            { name: 'Patti Fernandez', text: 'Hvem følger opp strategien lokalt?' },
            { name: 'Alex Wilber', text: 'Hvert NAV-kontor får en kontaktperson for brukermedvirkning.' },
          ],
          decision: 'Brukerutvalget slutter seg til strategien med de endringene som kom fram i møtet.',
        },
        { itemId: 'user-panel', notReached: true },
        { itemId: 'any-other-business', notes: 'Ingen saker.' },
      ],
      followUps: [
        {
          id: 'fu-ventetid',
          itemId: 'news-from-nav',
          responsibleId: DEMO_MEMBERS.isaiah,
          what: 'Legge fram tall for ventetiden på telefon per kontor.',
          due: upcoming.start.minus({ days: 7 }).toISODate() ?? '',
        },
        {
          id: 'fu-innspill-strategi',
          itemId: 'strategy',
          responsibleId: DEMO_MEMBERS.adele,
          what: 'Sende innspill fra A-larm om erfaringskonsulentene til sekretæren.',
          due: older.start.plus({ days: 21 }).toISODate() ?? '',
          done: { at: dayAfter(older, 16, 11), note: 'Innspillene er sendt og tatt inn i strategien.' },
        },
      ],
      sentForApprovalAt: dayAfter(older, 3, 9),
      approval: { at: iso(newer.start.plus({ minutes: 10 })), corrections: 'Isaiah Langer kom til møtet kl. 10.30.' },
    },
    newer: {
      meeting: n,
      items: newerItems,
      attendance: newerAttendance,
      // Taken up from the older meeting, which did not reach it: the newer one did not either.
      takenUp: { fromMeetingId: o.id, fromItemId: 'user-panel', itemId: 'user-panel', at: iso(newer.start.minus({ days: 20 })) },
      noticeAt: iso(newer.start.minus({ days: 8 }).set({ hour: 9 })),
      heldAt: after(newer, 10),
      attendanceCorrections: [],
      minuteTakerId: DEMO_MEMBERS.lynne,
      writtenAt: dayAfter(newer, 1),
      parts: [
        { itemId: 'approval', decision: 'Innkalling og referat fra forrige møte ble godkjent med én rettelse.' },
        {
          itemId: 'news-from-nav',
          notes: 'Orientering om budsjettet for neste år og om rekruttering av flere erfaringskonsulenter.',
          qa: [
            { name: 'Ingrid Solberg', text: 'Får erfaringskonsulentene fast ansettelse?' },
            { name: 'Isaiah Langer', text: 'Ja, de tre nye stillingene er faste.' },
          ],
        },
        {
          itemId: 'strategy',
          notes: 'Sekretæren la fram et utkast til handlingsplan. Brukerrepresentantene ønsker tiltak for brukere uten BankID.',
          decision: 'Handlingsplanen sendes på høring til organisasjonene, med frist fire uker før neste møte.',
        },
        { itemId: 'user-panel', notReached: true },
        { itemId: 'any-other-business', notes: 'Ingen saker.' },
      ],
      followUps: [],
      sentForApprovalAt: dayAfter(newer, 3, 9),
    },
  };
}
