import { itemOnAgenda } from '../../domain/agenda-edit';
import { ConcurrentEdit, NotFound } from '../../domain/errors';
import { assertDraftWritable, writePart } from '../../domain/minutes-approval';
import type { MinutesItem } from '../../domain/minutes';
import { markPostponed } from '../../domain/postponement';
import type { MinutesReply } from '../../contracts/minutes';
import type { AppDeps, Principal } from '../deps';
import type { WorkChange } from '../ports';
import { loadMinutesScope } from '../support/minutes-scope';
import { requireSameVersion } from '../scope/require-same-version';
import { loadMinutes } from './load-minutes';

export interface SaveMinutesItemInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  itemId: string;
  /** The ETag of this item's part, as read: another item's save never refuses this one. */
  ifMatch: string;
  fields: Pick<MinutesItem, 'notes' | 'qa' | 'decision' | 'notReached'>;
}

/**
 * One item's part of the draft. "Not reached" marks the agenda item postponed
 * (the existing postponement, so the next meeting offers it) in the same
 * transaction. A stale ETag is a 412 and writes nothing: the tab keeps what
 * the person typed next to what the other person saved.
 */
export async function saveMinutesItem(deps: AppDeps, input: SaveMinutesItemInput): Promise<MinutesReply> {
  const scope = await loadMinutesScope(deps, { ...input, need: 'write', action: 'write the minutes' });
  const meeting = scope.meeting.value;
  assertDraftWritable(meeting);
  const part = scope.work.minutesItem.find((r) => r.value.itemId === input.itemId);
  if (!part) throw new NotFound('minutes item');
  requireSameVersion(part, input.ifMatch, 'minutes item');
  const written = writePart(part.value, input.fields, scope.me.aadObjectId, scope.now);
  const changes: WorkChange[] = [{ op: 'update', kind: 'minutesItem', value: written, etag: input.ifMatch }];
  if (written.notReached !== part.value.notReached) {
    const items = scope.work.item;
    const item = itemOnAgenda(
      items.map((r) => r.value),
      input.itemId,
    );
    const row = items.find((r) => r.value.id === item.id)!;
    // markPostponed allows minutesDraft; standard items and unnumbered ones are refused there.
    changes.push({ op: 'update', kind: 'item', value: markPostponed(meeting, item, written.notReached), etag: row.etag });
  }
  try {
    await deps.work.apply(input.councilId, input.meetingId, changes);
  } catch (error) {
    if (error instanceof ConcurrentEdit) throw new ConcurrentEdit('minutes item');
    throw error;
  }
  return loadMinutes(deps, input);
}
