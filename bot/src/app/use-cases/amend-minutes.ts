import { NotFound } from '../../domain/errors';
import { amend } from '../../domain/minutes-approval';
import type { AmendableField } from '../../domain/minutes';
import type { MinutesReply } from '../../contracts/minutes';
import type { AppDeps, Principal } from '../deps';
import { loadMinutesScope } from '../support/minutes-scope';
import { requireSameVersion } from '../scope/require-same-version';
import { loadMinutes } from './load-minutes';

export interface AmendMinutesInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  itemId: string;
  /** The ETag of the item's part, as read. */
  ifMatch: string;
  field: AmendableField;
  after: string;
  reason: string;
}

/** A correction of approved minutes, kept visible (who, when, what, why) with the item it changes; one transaction. */
export async function amendMinutes(deps: AppDeps, input: AmendMinutesInput): Promise<MinutesReply> {
  const scope = await loadMinutesScope(deps, { ...input, need: 'manage', action: 'amend the minutes' });
  const part = scope.work.minutesItem.find((r) => r.value.itemId === input.itemId);
  if (!part) throw new NotFound('minutes item');
  requireSameVersion(part, input.ifMatch, 'minutes item');
  const amended = amend(
    scope.meeting.value,
    scope.minutes.value,
    part.value,
    { field: input.field, after: input.after, reason: input.reason },
    scope.me.aadObjectId,
    scope.now,
  );
  await deps.work.apply(input.councilId, input.meetingId, [
    { op: 'update', kind: 'minutesItem', value: amended.part, etag: input.ifMatch },
    { op: 'update', kind: 'minutes', value: amended.minutes, etag: scope.minutes.etag },
  ]);
  return loadMinutes(deps, input);
}
