import type { FollowUpEntry } from '../../contracts/follow-ups';
import { Forbidden, InvalidValue } from '../../domain/errors';
import { assertFollowUpsOpen, canRecordFollowUps, newFollowUp, type FollowUpFields } from '../../domain/follow-up';
import { MINUTES_ROW_ID } from '../../domain/minutes';
import { isOnAgenda } from '../../domain/agenda';
import type { AppDeps, Principal } from '../deps';
import { loadScope, membersOf } from '../scope/request-scope';
import { followUpEntries } from '../support/follow-up-entries';

export interface CreateFollowUpInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  /** Chosen by the client, so a retried request creates the follow-up once. */
  followUpId: string;
  fields: FollowUpFields;
}

/** Writes down a follow-up agreed at a meeting (under one of its items, if named); it stays open until marked done. */
export async function createFollowUp(
  deps: AppDeps,
  input: CreateFollowUpInput,
): Promise<{ entry: FollowUpEntry; created: boolean }> {
  const { principal, councilId, meetingId, fields } = input;
  // The meeting's minutes row names its minute-taker, who may write follow-ups down too.
  const [scope, minutes] = await Promise.all([
    loadScope(deps, { principal, councilId, meetingId }),
    deps.work.get(councilId, meetingId, 'minutes', MINUTES_ROW_ID),
  ]);
  if (!canRecordFollowUps(scope.me, minutes?.value)) throw new Forbidden('write down follow-ups');
  assertFollowUpsOpen(scope.meeting.value);
  const roster = membersOf(scope);
  const followUp = newFollowUp(fields, {
    id: input.followUpId,
    meeting: scope.meeting.value,
    createdBy: principal.aadObjectId,
    now: scope.now,
    today: scope.today,
    roster,
  });
  const [existing, item] = await Promise.all([
    deps.followUps.get(councilId, input.followUpId),
    fields.itemId === undefined ? undefined : deps.work.get(councilId, meetingId, 'item', fields.itemId),
  ]);
  if (existing) {
    // A retry finds what it wrote; anything else under this id is a client error.
    const same =
      existing.value.meetingId === meetingId &&
      existing.value.what === followUp.what &&
      existing.value.responsibleId === followUp.responsibleId &&
      existing.value.due === followUp.due &&
      existing.value.itemId === followUp.itemId;
    if (!same) throw new InvalidValue('id', { problem: 'idTaken' }, 'already used by another follow-up');
    return { entry: followUpEntries([existing], roster)[0]!, created: false };
  }
  if (fields.itemId !== undefined && (!item || !isOnAgenda(item.value)))
    throw new InvalidValue('itemId', { problem: 'notOnAgenda' }, 'no such item on this meeting’s agenda');
  const stored = await deps.followUps.create(followUp);
  return { entry: followUpEntries([stored], roster)[0]!, created: true };
}
