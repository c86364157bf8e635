import { changePostBaseline, publicationHistory } from '../../domain/agenda-publication';
import { IllegalTransition, MeetingClosed, NotFound } from '../../domain/errors';
import type { AppDeps, Principal } from '../deps';
import { postPublication, type PostResult } from '../support/post-publication';
import { requireSameVersion } from '../scope/require-same-version';
import { loadScope } from '../scope/request-scope';

export interface RetryChannelPostInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  ifMatch: string;
}

/**
 * Tries the channel post of the latest published revision again, after it
 * failed (or the council was linked to a team since). Never posts a revision
 * that was already posted (outcome alreadySent).
 */
export async function retryChannelPost(deps: AppDeps, input: RetryChannelPostInput): Promise<PostResult> {
  const { principal, councilId, meetingId, ifMatch } = input;
  const {
    council: { value: council },
    meeting,
    work,
  } = await loadScope(deps, {
    principal,
    councilId,
    meetingId,
    managerAction: 'post the notice',
    withWork: true,
  });
  const status = meeting.value.status;
  if (status === 'planned' || status === 'collecting') throw new IllegalTransition(status, 'noticeSent');
  if (status !== 'noticeSent') throw new MeetingClosed(meetingId);
  requireSameVersion(meeting, ifMatch, 'meeting');
  const history = publicationHistory(work.publication.map((r) => r.value));
  if (!history) throw new NotFound('publication');
  const row = work.publication.find((r) => r.value.revision === history.latest.revision)!;
  const baseline = changePostBaseline(
    work.publication.map((r) => r.value),
    history.latest.revision,
  );
  return postPublication(deps, council, row, baseline);
}
