import type { AgendaItem } from './agenda';
import type { MeetingPackage, RosterLine } from './meeting-package';

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
