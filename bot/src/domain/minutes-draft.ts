import { orderAgenda, type AgendaItem, type ItemExemption, type ItemKind } from './agenda';
import type { Attendance } from './attendance';
import type { CaseNumber } from './case-number';
import type { Council } from './council';
import type { InputRequest, WrittenInput } from './input-request';
import type { Meeting } from './meeting';
import type { Member, Role } from './member';
import { emptyMinutesItem, type Amendment, type MeetingMinutes, type MinutesItem } from './minutes';

/**
 * The draft minutes, prefilled from what Utvalg knows, in the order councils
 * write them: heading → Til stede → Forfall → per item (number, title,
 * responsible, written input, notes, Q&A, decision) → open follow-ups →
 * Neste møte → Referent. Pure: every fact comes in as a parameter.
 */

/** An open follow-up (oppfølging) from an earlier meeting, as the draft lists it. */
export interface OpenFollowUp {
  id: string;
  /** Who is responsible, as written. */
  who: string;
  what: string;
  /** YYYY-MM-DD. */
  due?: string;
  /** The item it came from, when known. */
  fromCaseNumber?: CaseNumber;
}

export interface PersonLine {
  memberId: string;
  name: string;
  role: Role;
  organisation?: string;
  title?: string;
}

export interface PresentLine extends PersonLine {
  online: boolean;
  cameLate: boolean;
  leftEarly: boolean;
  /** Name of the member a deputy attends for. */
  standingInFor?: string;
  /** Came although they had not answered, or had sent apologies. */
  cameUnannounced: boolean;
}

export interface ApologyLine extends PersonLine {
  /** Only where the member allowed it in the minutes; otherwise the minutes say just "forfall". */
  reason?: string;
  /** Neither came nor sent apologies (did not come after all, or never answered). */
  withoutNotice: boolean;
}

export interface WrittenInputLine {
  name: string;
  question: string;
  answer: string;
}

export interface DraftItem {
  itemId: string;
  caseNumber?: CaseNumber;
  title: string;
  kind: ItemKind;
  responsible?: string;
  /** Unntatt offentlighet: the legal basis and public title the public version of the minutes shows instead. */
  exempt?: ItemExemption;
  /** The earlier numbers of an item postponed before, oldest first. */
  postponedFrom?: CaseNumber[];
  writtenInput: WrittenInputLine[];
  part: MinutesItem;
  /** Corrections after approval, with who made them by name (the minutes show who, when, what and why). */
  amendments: DraftAmendment[];
}

export interface DraftAmendment extends Amendment {
  byName: string;
}

export interface MinutesDraft {
  heading: { councilName: string; startsAt: string; endsAt: string; place?: string; onlineLink?: string };
  present: PresentLine[];
  apologies: ApologyLine[];
  items: DraftItem[];
  openFollowUps: OpenFollowUp[];
  nextMeeting?: { meetingId: string; startsAt: string; endsAt: string; place?: string };
  minuteTaker?: PersonLine;
}

export interface DraftFacts {
  council: Council;
  meeting: Meeting;
  /** Every meeting of the council (for "Neste møte"). */
  meetings: readonly Meeting[];
  roster: readonly Member[];
  minutes: MeetingMinutes;
  items: readonly AgendaItem[];
  parts: readonly MinutesItem[];
  answers: readonly Attendance[];
  inputRequests: readonly InputRequest[];
  inputs: readonly WrittenInput[];
  openFollowUps: readonly OpenFollowUp[];
}

export function personLine(member: Member): PersonLine {
  return {
    memberId: member.aadObjectId,
    name: member.name,
    role: member.role,
    ...(member.organisation !== undefined && { organisation: member.organisation }),
    ...(member.title !== undefined && { title: member.title }),
  };
}

/** The reason a member gave, only when they allowed it in the minutes. */
export function reasonForMinutes(answer: Attendance | undefined): string | undefined {
  if (answer?.answer.kind !== 'apologies') return undefined;
  const { reason, reasonInMinutes } = answer.answer;
  return reasonInMinutes === true && reason !== undefined && reason !== '' ? reason : undefined;
}

/** Councils list the chair first and the secretary last; within a role, by name. */
const ROLE_ORDER: Readonly<Record<Role, number>> = { chair: 0, viceChair: 1, member: 2, observer: 3, secretary: 4 };
function byRoleThenName(a: PersonLine, b: PersonLine): number {
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, 'nb');
}

/** The next meeting after this one that is not cancelled. */
export function nextMeetingAfter(meetings: readonly Meeting[], meeting: Meeting): Meeting | undefined {
  return [...meetings]
    .filter((m) => m.id !== meeting.id && m.status !== 'cancelled' && Date.parse(m.startsAt) > Date.parse(meeting.startsAt))
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
}

export function draftMinutes(facts: DraftFacts): MinutesDraft {
  const { council, meeting, roster, minutes } = facts;
  const byId = new Map(roster.map((m) => [m.aadObjectId, m]));
  const answers = new Map(facts.answers.map((a) => [a.memberId, a]));

  const present: PresentLine[] = [];
  const apologies: ApologyLine[] = [];
  for (const line of minutes.attendance) {
    const member = byId.get(line.memberId);
    if (!member) continue;
    if (line.presence === 'inPerson' || line.presence === 'online') {
      const standingInFor = line.standingInFor === undefined ? undefined : byId.get(line.standingInFor)?.name;
      present.push({
        ...personLine(member),
        online: line.presence === 'online',
        cameLate: line.cameLate === true,
        leftEarly: line.leftEarly === true,
        cameUnannounced: line.standingInFor === undefined && (line.answered === 'notAnswered' || line.answered === 'apologies'),
        ...(standingInFor !== undefined && { standingInFor }),
      });
    } else {
      const reason = line.presence === 'apologies' ? reasonForMinutes(answers.get(line.memberId)) : undefined;
      apologies.push({
        ...personLine(member),
        withoutNotice: line.presence === 'absent',
        ...(reason !== undefined && { reason }),
      });
    }
  }

  present.sort(byRoleThenName);
  apologies.sort(byRoleThenName);

  const parts = new Map(facts.parts.map((p) => [p.itemId, p]));
  const items: DraftItem[] = orderAgenda(facts.items).map((item) => ({
    itemId: item.id,
    title: item.title,
    kind: item.kind,
    writtenInput: writtenInputFor(item.id, facts.inputRequests, facts.inputs, byId),
    part: parts.get(item.id) ?? emptyMinutesItem(meeting.id, item.id, minutes.heldAt, minutes.heldBy),
    amendments: minutes.amendments.filter((a) => a.itemId === item.id).map((a) => ({ ...a, byName: byId.get(a.by)?.name ?? '' })),
    ...(item.caseNumber !== undefined && { caseNumber: item.caseNumber }),
    ...(item.responsible !== undefined && { responsible: item.responsible }),
    ...(item.postponedFrom !== undefined && { postponedFrom: item.postponedFrom }),
    ...(item.exempt !== undefined && { exempt: item.exempt }),
  }));

  const next = nextMeetingAfter(facts.meetings, meeting);
  const taker = minutes.minuteTakerId === undefined ? undefined : byId.get(minutes.minuteTakerId);
  return {
    heading: {
      councilName: council.name,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      ...(meeting.place !== undefined && { place: meeting.place }),
      ...(meeting.onlineLink !== undefined && { onlineLink: meeting.onlineLink }),
    },
    present,
    apologies,
    items,
    openFollowUps: [...facts.openFollowUps],
    ...(next && {
      nextMeeting: {
        meetingId: next.id,
        startsAt: next.startsAt,
        endsAt: next.endsAt,
        ...(next.place !== undefined && { place: next.place }),
      },
    }),
    ...(taker && { minuteTaker: personLine(taker) }),
  };
}

/** Written input asked for under this item, one line per answered question, in the order the questions were asked. */
function writtenInputFor(
  itemId: string,
  requests: readonly InputRequest[],
  inputs: readonly WrittenInput[],
  byId: ReadonlyMap<string, Member>,
): WrittenInputLine[] {
  const lines: WrittenInputLine[] = [];
  for (const request of requests.filter((r) => r.agendaItemId === itemId)) {
    const given = inputs.filter((i) => i.requestId === request.id).sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
    for (const input of given) {
      for (const question of request.questions) {
        const answer = input.answers[question.id];
        if (answer === undefined || answer.trim() === '') continue;
        lines.push({ name: byId.get(input.memberId)?.name ?? '', question: question.text, answer });
      }
    }
  }
  return lines;
}
