import type { AgendaItem } from '../../domain/agenda';
import { comparePublications, hasChanges, type AgendaChanges } from '../../domain/agenda-changes';
import {
  buildPublication,
  changePostBaseline,
  publicationHistory,
  type AgendaPublication,
  type ChannelOutcome,
} from '../../domain/agenda-publication';
import { InvalidValue } from '../../domain/errors';
import type { AppDeps } from '../deps';
import { numberNewItems } from '../support/number-new-items';
import { postPublication } from '../support/post-publication';
import { loadPublishingScope, requireNoticeSent, type PublishRequest } from '../support/publishing-scope';

export interface PublishAgendaChangesResult {
  publication: AgendaPublication;
  /** What this revision changed relative to the one before. */
  changes: AgendaChanges;
  channel: ChannelOutcome;
  failure?: string;
}

export type PublishAgendaChangesInput = PublishRequest;

/**
 * "Send endringer": after the notice, numbers items added since (new numbers
 * from the counter; existing numbers never change), stores the agenda as the
 * next published revision and posts a short list of the changes in the channel.
 * Two secretaries sending at once: one creates the revision, the other gets 412.
 */
export async function publishAgendaChanges(deps: AppDeps, input: PublishAgendaChangesInput): Promise<PublishAgendaChangesResult> {
  const { councilId, meetingId } = input;
  const ctx = await loadPublishingScope(deps, input, 'publish agenda changes');
  const { meeting, work, now } = ctx;
  const council = ctx.council.value;
  requireNoticeSent(meeting, input.ifMatch);
  const history = publicationHistory(work.publication.map((r) => r.value));
  if (!history)
    throw new InvalidValue('publication', { problem: 'notPublished' }, 'this meeting has no published notice to change');

  const revisionOf = (agenda: AgendaItem[]) =>
    buildPublication(meeting.value, agenda, history.latest.revision + 1, ctx.me.aadObjectId, now);
  const numbered = await numberNewItems(deps, council, meeting.value, work.item, (agenda) => [
    { op: 'create', kind: 'publication', value: revisionOf(agenda) },
  ]);
  const next = revisionOf(numbered.agenda);
  const changes = comparePublications(history.latest, next);
  if (!hasChanges(changes))
    throw new InvalidValue('agenda', { problem: 'noChanges' }, 'nothing has changed since the agenda was last published');
  // Creating the revision's row is what makes a concurrent second send fail (412) instead of posting twice.
  const applied = await deps.work.apply(councilId, meetingId, [
    ...numbered.updates,
    { op: 'create', kind: 'publication', value: next },
  ]);
  const written = applied.find((r) => r.kind === 'publication');
  if (written?.kind !== 'publication')
    throw new Error(`the batch for ${meetingId} did not answer with revision ${next.revision}`);
  const row = { value: written.value, etag: written.etag };
  const baseline = changePostBaseline(
    work.publication.map((r) => r.value),
    next.revision,
  );
  const post = await postPublication(deps, council, row, baseline);
  return {
    publication: post.publication.value,
    changes,
    channel: post.outcome,
    ...(post.failure !== undefined ? { failure: post.failure } : {}),
  };
}
