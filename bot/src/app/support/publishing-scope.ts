import { IllegalTransition, MeetingClosed } from '../../domain/errors';
import type { Meeting } from '../../domain/meeting';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';
import { requireSameVersion } from '../scope/require-same-version';
import { loadScope, type WorkScope } from '../scope/request-scope';

/** Which meeting's publishing someone looks at. */
export interface PublishingTarget {
  principal: Principal;
  councilId: string;
  meetingId: string;
}

/** A publishing action, on the meeting's ETag as the secretary read it. */
export interface PublishRequest extends PublishingTarget {
  ifMatch: string;
}

/** The secretary or chair (`managerAction` names what a 403 refuses), on the meeting with its working set. */
export function loadPublishingScope(deps: AppDeps, target: PublishingTarget, managerAction: string): Promise<WorkScope> {
  const { principal, councilId, meetingId } = target;
  return loadScope(deps, { principal, councilId, meetingId, managerAction, withWork: true });
}

/** Agenda changes and channel posts go out only between the notice and the meeting, and on the meeting as read. */
export function requireNoticeSent(meeting: Versioned<Meeting>, ifMatch: string): void {
  const status = meeting.value.status;
  if (status === 'planned' || status === 'collecting') throw new IllegalTransition(status, 'noticeSent');
  if (status !== 'noticeSent') throw new MeetingClosed(meeting.value.id);
  requireSameVersion(meeting, ifMatch, 'meeting');
}
