import { Forbidden, NotFound } from '../../domain/errors';
import { canWriteMinutes } from '../../domain/minutes-approval';
import type { MeetingMinutes } from '../../domain/minutes';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';
import { loadScope, type WorkScope } from '../scope/request-scope';

export interface MinutesScope extends WorkScope {
  minutes: Versioned<MeetingMinutes>;
}

/**
 * A request on a held meeting's minutes: the person is an active member and
 * (for `write`) the secretary, the chair or the named minute-taker; for
 * `manage` the secretary or chair only. The minutes row is part of the
 * meeting's partition, so it comes with the working set in the same query.
 */
export async function loadMinutesScope(
  deps: AppDeps,
  request: { principal: Principal; councilId: string; meetingId: string; need: 'read' | 'write' | 'manage'; action: string },
): Promise<MinutesScope> {
  const scope = await loadScope(deps, {
    principal: request.principal,
    councilId: request.councilId,
    meetingId: request.meetingId,
    withWork: true,
    ...(request.need === 'manage' && { managerAction: request.action }),
  });
  const minutes = scope.work.minutes[0];
  if (request.need === 'write' && !canWriteMinutes(scope.me, minutes?.value)) throw new Forbidden(request.action);
  if (!minutes) throw new NotFound('minutes');
  return { ...scope, minutes };
}
