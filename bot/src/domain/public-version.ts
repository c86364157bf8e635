import type { AgendaItem } from './agenda';
import type { MeetingPackage, RosterLine } from './meeting-package';
import { emptyMinutesItem } from './minutes';
import type { ApologyLine, DraftItem } from './minutes-draft';
import type { MinutesRecord } from './minutes-record';

/**
 * The public version of a meeting package (offentleglova): what anyone may be
 * given on request. An exempt item keeps its place, case number and kind, shows
 * its public title (a title can itself reveal what is secret) and its legal
 * basis; its description, responsible, attachments, input and proposal are
 * dropped here, before any document is made, so no renderer can leak them.
 *
 * Build it from a package made for no particular reader (no apology reasons,
 * others' input only as the council's privacy setting lets a non-manager see
 * it), so the public version is the same whoever downloads it. Proposals and
 * the publication history (which holds earlier titles) are left out as well.
 */
export function publicMeetingPackage(pkg: MeetingPackage, defaultPublicTitle: string): MeetingPackage {
  const exemptIds = new Set(pkg.agenda.filter((item) => item.exempt !== undefined).map((item) => item.id));
  return {
    council: pkg.council,
    meeting: pkg.meeting,
    agenda: pkg.agenda.map((item) => (item.exempt === undefined ? item : publicItem(item, defaultPublicTitle))),
    proposals: [],
    attendance: pkg.attendance.map(withoutReason),
    quorum: pkg.quorum,
    inputRequests: pkg.inputRequests.filter(
      ({ request }) => request.agendaItemId === undefined || !exemptIds.has(request.agendaItemId),
    ),
    // Follow-ups come from earlier meetings, whose exempt items this package cannot see: none in public.
    followUps: [],
  };
}

/** What the public may know of an exempt item; every other field is left behind on purpose (a list of what is kept). */
function publicItem(item: AgendaItem, defaultPublicTitle: string): AgendaItem {
  const exempt = item.exempt!;
  const kept: AgendaItem = {
    id: item.id,
    meetingId: item.meetingId,
    order: item.order,
    kind: item.kind,
    title: exempt.publicTitle ?? defaultPublicTitle,
    exempt: { legalBasis: exempt.legalBasis },
  };
  if (item.standard !== undefined) kept.standard = item.standard;
  if (item.caseNumber !== undefined) kept.caseNumber = item.caseNumber;
  if (item.postponedFrom !== undefined) kept.postponedFrom = item.postponedFrom;
  return kept;
}

/** Apology reasons are often health information: never in a public document. */
function withoutReason(line: RosterLine): RosterLine {
  if (line.answer?.kind !== 'apologies') return line;
  return { ...line, answer: { kind: 'apologies' } };
}

/**
 * The public version of the minutes (offentleglova), by the same rule as the
 * package: an exempt item keeps its place, case number, kind and earlier
 * numbers, shows its public title and legal basis and whether it was reached;
 * its responsible, notes, Q&A, decision, written input, amendments and the
 * follow-ups agreed under it are dropped here, before any document is made.
 * Like the package made for no particular reader, it holds no written input
 * at all (the writers' material), no apology reasons (often health
 * information, even where a member let the council's own minutes show them),
 * no follow-ups from earlier meetings (whose exempt items it cannot see) and
 * not the approval's corrections (free text that may speak of an exempt item),
 * so it is the same whoever downloads it.
 */
export function publicMinutesRecord(record: MinutesRecord, defaultPublicTitle: string): MinutesRecord {
  const { draft } = record;
  const exemptIds = new Set(draft.items.filter((item) => item.exempt !== undefined).map((item) => item.itemId));
  return {
    draft: {
      heading: draft.heading,
      present: draft.present,
      apologies: draft.apologies.map(withoutApologyReason),
      items: draft.items.map((item) =>
        item.exempt === undefined ? { ...item, writtenInput: [] } : publicDraftItem(item, defaultPublicTitle),
      ),
      openFollowUps: [],
      ...(draft.nextMeeting && { nextMeeting: draft.nextMeeting }),
      ...(draft.minuteTaker && { minuteTaker: draft.minuteTaker }),
    },
    ...(record.approval && { approval: { at: record.approval.at, by: record.approval.by } }),
    followUps: record.followUps.filter((f) => f.itemId === undefined || !exemptIds.has(f.itemId)),
  };
}

/** What the public may know of an exempt item in the minutes; a list of what is kept, as publicItem. */
function publicDraftItem(item: DraftItem, defaultPublicTitle: string): DraftItem {
  const exempt = item.exempt!;
  const { part } = item;
  const kept: DraftItem = {
    itemId: item.itemId,
    title: exempt.publicTitle ?? defaultPublicTitle,
    kind: item.kind,
    exempt: { legalBasis: exempt.legalBasis },
    writtenInput: [],
    part: { ...emptyMinutesItem(part.meetingId, part.itemId, part.updatedAt, part.updatedBy), notReached: part.notReached },
    amendments: [],
  };
  if (item.caseNumber !== undefined) kept.caseNumber = item.caseNumber;
  if (item.postponedFrom !== undefined) kept.postponedFrom = item.postponedFrom;
  return kept;
}

function withoutApologyReason(line: ApologyLine): ApologyLine {
  const { reason: _reason, ...rest } = line;
  return rest;
}
