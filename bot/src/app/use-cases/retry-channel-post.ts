import { changePostBaseline, publicationHistory } from '../../domain/agenda-publication';
import { NotFound } from '../../domain/errors';
import type { AppDeps } from '../deps';
import { postPublication, type PostResult } from '../support/post-publication';
import { loadPublishingScope, requireNoticeSent, type PublishRequest } from '../support/publishing-scope';

export type RetryChannelPostInput = PublishRequest;

/**
 * Tries the channel post of the latest published revision again, after it
 * failed (or the council was linked to a team since). Never posts a revision
 * that was already posted (outcome alreadySent).
 */
export async function retryChannelPost(deps: AppDeps, input: RetryChannelPostInput): Promise<PostResult> {
  const { council, meeting, work } = await loadPublishingScope(deps, input, 'post the notice');
  requireNoticeSent(meeting, input.ifMatch);
  const history = publicationHistory(work.publication.map((r) => r.value));
  if (!history) throw new NotFound('publication');
  const row = work.publication.find((r) => r.value.revision === history.latest.revision)!;
  const baseline = changePostBaseline(
    work.publication.map((r) => r.value),
    history.latest.revision,
  );
  return postPublication(deps, council.value, row, baseline);
}
