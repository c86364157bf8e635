import { orderAgenda, type AgendaItem } from './agenda';
import { summarizePublication, type PublicationSummary } from './agenda-changes';
import type { AgendaPublication } from './agenda-publication';
import { attendanceState, type Attendance, type AttendanceAnswer, type AttendanceState } from './attendance';
import type { Council } from './council';
import { followUpsCarriedTo, type FollowUp } from './follow-up';
import { visibleInputs, type InputReader } from './input-privacy';
import { askedMembers, isInputOpen, type InputRequest, type WrittenInput } from './input-request';
import type { Meeting } from './meeting';
import { isActiveOn, isDeputy, type Member } from './member';
import type { AgendaProposal } from './proposal';
import { expectedQuorum, type QuorumResult } from './quorum';
import { DateTime } from 'luxon';

/** Everything stored in a meeting's partition. */
export interface MeetingWorkingSet {
  items: AgendaItem[];
  proposals: AgendaProposal[];
  attendance: Attendance[];
  inputRequests: InputRequest[];
  inputs: WrittenInput[];
  /** The agenda as published (notice and later changes); absent where nothing was published. */
  publications?: AgendaPublication[];
}

export interface RosterLine {
  memberId: string;
  name: string;
  role: Member['role'];
  organisation?: string;
  state: AttendanceState;
  answer?: AttendanceAnswer;
  /** Name of the deputy standing in, when the answer is `deputy`. */
  deputyName?: string;
}

export interface InputRequestSummary {
  request: InputRequest;
  open: boolean;
  answeredBy: string[];
  notAnsweredBy: string[];
  /** The written input this reader may see (input privacy applied), with the author's name. */
  inputs: (WrittenInput & { name: string })[];
  /** Other members' input exists but is kept from this reader until the meeting. */
  othersHidden: boolean;
}

/** What every member sees of a proposal in the package: no description, link or who decided. */
const SHARED_PROPOSAL_FIELDS = ['id', 'meetingId', 'title', 'kind', 'status', 'decisionReason', 'createdAt'] as const;
type SharedProposalField = (typeof SHARED_PROPOSAL_FIELDS)[number];

export type PackageProposal = Pick<AgendaProposal, SharedProposalField> &
  Partial<Omit<AgendaProposal, SharedProposalField>> & { proposerName: string };

function proposalFor(proposal: AgendaProposal, proposerName: string, canManage: boolean): PackageProposal {
  if (canManage) return { ...proposal, proposerName };
  const shared: Partial<Record<SharedProposalField, unknown>> = {};
  for (const field of SHARED_PROPOSAL_FIELDS) if (proposal[field] !== undefined) shared[field] = proposal[field];
  return { ...(shared as Pick<AgendaProposal, SharedProposalField>), proposerName };
}

/** What the tab shows for one meeting: the meeting package and who has answered what. */
export interface MeetingPackage {
  council: Pick<Council, 'id' | 'name' | 'language' | 'timeZone'>;
  meeting: Meeting;
  agenda: AgendaItem[];
  /** Whole rows for the secretary and chair; for everyone else only what the package view shows. */
  proposals: PackageProposal[];
  attendance: RosterLine[];
  quorum: QuorumResult;
  inputRequests: InputRequestSummary[];
  /** Set once the notice is out: when it was published and what changed since ("Endret etter innkalling"). */
  publication?: PublicationSummary;
  /** Open follow-ups from the council's earlier meetings, by due date, with the responsible member's name. */
  followUps: PackageFollowUp[];
}

/** A follow-up carried to this meeting, with who is responsible by name. */
export interface PackageFollowUp {
  followUp: FollowUp;
  responsibleName: string;
}

/** Builds the meeting package from one partition's rows and the roster. Pure: the clock is passed in. */
/**
 * `reader` decides what personal content is included: apology reasons and whole
 * proposal rows only for the secretary and chair, other members' written input only as the council's
 * input privacy allows. Without a reader, neither is included.
 */
export function buildMeetingPackage(
  council: Council,
  meeting: Meeting,
  roster: readonly Member[],
  work: MeetingWorkingSet,
  now: Date,
  reader: InputReader = { memberId: '', canManage: false },
  /** The council's open follow-ups (all meetings): those from earlier meetings are carried to this one. */
  openFollowUps: readonly FollowUp[] = [],
): MeetingPackage {
  const meetingDate = DateTime.fromISO(meeting.startsAt, { zone: council.timeZone }).toISODate() ?? '';
  const expected = roster.filter((m) => isActiveOn(m, meetingDate) && !isDeputy(m) && m.role !== 'observer');
  const nameOf = new Map(roster.map((m) => [m.aadObjectId, m.name]));
  const answerOf = new Map(work.attendance.map((a) => [a.memberId, a]));

  const attendance: RosterLine[] = expected.map((m) => {
    const answered = answerOf.get(m.aadObjectId);
    const line: RosterLine = {
      memberId: m.aadObjectId,
      name: m.name,
      role: m.role,
      organisation: m.organisation,
      state: attendanceState(answered),
    };
    if (answered) {
      const { answer } = answered;
      line.answer = answer.kind === 'apologies' && !reader.canManage ? { kind: 'apologies' } : answer;
      if (answered.answer.kind === 'deputy') line.deputyName = nameOf.get(answered.answer.deputyId);
    }
    return line;
  });

  const inputRequests = work.inputRequests.map((request) => {
    // Observers give input too; deputies are asked only when named.
    const asked = askedMembers(request, roster, meetingDate);
    const askedIds = new Set(asked.map((m) => m.aadObjectId));
    const given = work.inputs.filter((i) => i.requestId === request.id && askedIds.has(i.memberId));
    const answeredIds = new Set(given.map((i) => i.memberId));
    const shown = visibleInputs(given, council.inputVisibility, meeting, reader, now);
    return {
      request,
      open: isInputOpen(request, now),
      answeredBy: asked.filter((m) => answeredIds.has(m.aadObjectId)).map((m) => m.name),
      notAnsweredBy: asked.filter((m) => !answeredIds.has(m.aadObjectId)).map((m) => m.name),
      inputs: shown.map((i) => ({ ...i, name: nameOf.get(i.memberId) ?? '?' })),
      othersHidden: shown.length < given.length,
    };
  });

  return {
    council: { id: council.id, name: council.name, language: council.language, timeZone: council.timeZone },
    meeting,
    agenda: orderAgenda(work.items),
    proposals: [...work.proposals]
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
      .map((p) => proposalFor(p, nameOf.get(p.proposerId) ?? '?', reader.canManage)),
    attendance,
    quorum: expectedQuorum(roster, work.attendance, council.quorumRule, meetingDate),
    inputRequests,
    ...publicationOf(meeting, work),
    followUps: followUpsCarriedTo(meeting, openFollowUps).map((followUp) => ({
      followUp,
      responsibleName: nameOf.get(followUp.responsibleId) ?? '?',
    })),
  };
}

function publicationOf(meeting: Meeting, work: MeetingWorkingSet): { publication?: PublicationSummary } {
  const publication = summarizePublication(meeting, work.items, work.publications ?? []);
  return publication ? { publication } : {};
}
