import type { AgendaItem } from '../../domain/agenda';
import { comparePublications, hasChanges, type AgendaChanges } from '../../domain/agenda-changes';
import {
  buildPublication,
  changePostBaseline,
  publicationHistory,
  type AgendaPublication,
  type ChannelOutcome,
} from '../../domain/agenda-publication';
import { IllegalTransition, InvalidValue, MeetingClosed } from '../../domain/errors';
import type { AppDeps, Principal } from '../deps';
import { numberNewItems } from '../support/number-new-items';
import { postPublication } from '../support/post-publication';
import { requireSameVersion } from '../scope/require-same-version';
import { loadScope } from '../scope/request-scope';

export interface PublishAgendaChangesResult {
  publication: AgendaPublication;
  /** What this revision changed relative to the one before. */
  changes: AgendaChanges;
  channel: ChannelOutcome;
  failure?: string;
}

export interface PublishAgendaChangesInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  ifMatch: string;
}

/**
 * "Send endringer": after the notice, numbers items added since (new numbers
 * from the counter; existing numbers never change), stores the agenda as the
 * next published revision and posts a short list of the changes in the channel.
 * Two secretaries sending at once: one creates the revision, the other gets 412.
 */
export async function publishAgendaChanges(deps: AppDeps, input: PublishAgendaChangesInput): Promise<PublishAgendaChangesResult> {
  const { principal, councilId, meetingId, ifMatch } = input;
  const {
    council: { value: council },
    me: manager,
    meeting,
    work,
    now,
  } = await loadScope(deps, {
    principal,
    councilId,
    meetingId,
    managerAction: 'publish agenda changes',
    withWork: true,
  });
  const status = meeting.value.status;
  if (status === 'planned' || status === 'collecting') throw new IllegalTransition(status, 'noticeSent');
  if (status !== 'noticeSent') throw new MeetingClosed(meetingId);
  requireSameVersion(meeting, ifMatch, 'meeting');
  const history = publicationHistory(work.publication.map((r) => r.value));
  if (!history)
    throw new InvalidValue('publication', { problem: 'notPublished' }, 'this meeting has no published notice to change');

  const revisionOf = (agenda: AgendaItem[]) =>
    buildPublication(meeting.value, agenda, history.latest.revision + 1, manager.aadObjectId, now);
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
