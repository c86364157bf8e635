import { itemsToNumber } from '../../domain/agenda';
import { hasChanges, summarizePublication, type PublicationSummary } from '../../domain/agenda-changes';
import type { ChannelLink } from '../../domain/agenda-publication';
import { caseYear, firstSequence, nextCaseSequence, type CaseNumber } from '../../domain/case-number';
import type { Meeting } from '../../domain/meeting';
import type { AppDeps, Principal } from '../deps';
import { loadScope } from '../scope/request-scope';
import { conversationKey } from './remember-conversation';

/** What the secretary needs before pressing "Lås og send innkalling" or "Send endringer". */
export interface PublicationStatus {
  meeting: Meeting;
  /** The meeting's ETag: send it as If-Match with the action. */
  etag: string;
  /** What can be done now. */
  next: 'publishNotice' | 'publishChanges' | 'nothing';
  /** Items without a number, and the numbers they would get if nobody takes numbers first. */
  toNumber: { count: number; expected: CaseNumber[] };
  channel: ChannelLink;
  publication?: PublicationSummary;
}

export interface ViewPublicationInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
}

/** The publishing state of a meeting, for the secretary and the chair (members get 403). */
export async function viewPublication(deps: AppDeps, input: ViewPublicationInput): Promise<PublicationStatus> {
  const { principal, councilId, meetingId } = input;
  const {
    council: { value: council },
    meeting,
    work,
  } = await loadScope(deps, {
    principal,
    councilId,
    meetingId,
    managerAction: 'publish the notice',
    withWork: true,
  });
  const items = work.item.map((r) => r.value);
  const publication = summarizePublication(
    meeting.value,
    items,
    work.publication.map((r) => r.value),
  );
  const status = meeting.value.status;
  const next =
    status === 'planned' || status === 'collecting'
      ? 'publishNotice'
      : status === 'noticeSent' && publication !== undefined && hasChanges(publication.unpublished)
        ? 'publishChanges'
        : 'nothing';

  const count = itemsToNumber(items).length;
  let expected: CaseNumber[] = [];
  if (count > 0 && next !== 'nothing') {
    const year = caseYear(meeting.value.startsAt, council.timeZone);
    const from = nextCaseSequence(
      await deps.caseNumbers.nextFree(council.id, year),
      firstSequence(year, council.caseNumberStart),
    );
    expected = Array.from({ length: count }, (_, i) => ({ sequence: from + i, year }));
  }

  let channel: ChannelLink = 'notLinked';
  if (council.teamId !== undefined) {
    const stored = await deps.conversations.get(council.tenantId, conversationKey.team(council.teamId));
    channel = stored ? 'linked' : 'noConversation';
  }
  return {
    meeting: meeting.value,
    etag: meeting.etag,
    next,
    toNumber: { count, expected },
    channel,
    ...(publication ? { publication } : {}),
  };
}
