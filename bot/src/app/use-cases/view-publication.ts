import { itemsToNumber } from '../../domain/agenda';
import { hasChanges, summarizePublication } from '../../domain/agenda-changes';
import type { ChannelLink } from '../../domain/agenda-publication';
import type { PublicationStatus } from '../../contracts/publishing';
import { caseYear, firstSequence, nextCaseSequence, type CaseNumber } from '../../domain/case-number';
import type { AppDeps } from '../deps';
import { loadPublishingScope, type PublishingTarget } from '../support/publishing-scope';
import { conversationKey } from './remember-conversation';

/** What the secretary needs before pressing "Lås og send innkalling" or "Send endringer" (the tab reads the same type). */
export type { PublicationStatus };

export type ViewPublicationInput = PublishingTarget;

/** The publishing state of a meeting, for the secretary and the chair (members get 403). */
export async function viewPublication(deps: AppDeps, input: ViewPublicationInput): Promise<PublicationStatus> {
  const ctx = await loadPublishingScope(deps, input, 'publish the notice');
  const { meeting, work } = ctx;
  const council = ctx.council.value;
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
