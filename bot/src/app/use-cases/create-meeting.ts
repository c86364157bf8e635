import { createHash } from 'node:crypto';
import type { Language } from '../../domain/language';
import { ConcurrentEdit } from '../../domain/errors';
import type { Meeting } from '../../domain/meeting';
import { assertPlaceOrLink, scheduleOrThrow, type LocalSchedule } from '../../domain/meeting-schedule';
import { standardAgendaItems } from '../../domain/standard-items';
import { loadScope } from '../scope/request-scope';
import type { AppDeps, Principal } from '../deps';
import type { Versioned, WorkChange } from '../ports';

export interface NewMeeting extends LocalSchedule {
  place?: string;
  onlineLink?: string;
  /** Made once per form; the same request id always means the same meeting. */
  requestId: string;
}

export interface CreatedMeeting {
  meeting: Versioned<Meeting>;
  /** False when this request had been handled before (a retry): nothing new was written. */
  created: boolean;
}

export interface CreateMeetingInput {
  principal: Principal;
  councilId: string;
  request: NewMeeting;
}

/**
 * Creates a meeting in status `collecting` (members can propose items, answer
 * attendance and give input at once) with the two standard agenda items.
 *
 * Safe to retry: the meeting id is derived from the request id, the standard
 * items have fixed ids in the meeting's partition, and the meeting row, which
 * is what makes the meeting visible, is written last. A retry after a failure
 * part-way completes what is missing and duplicates nothing.
 */
export async function createMeeting(deps: AppDeps, input: CreateMeetingInput): Promise<CreatedMeeting> {
  const { principal, councilId, request } = input;
  const { council, now } = await loadScope(deps, { principal, councilId, managerAction: 'create a meeting' });
  const id = meetingIdFor(councilId, request.requestId);
  const earlier = await deps.meetings.get(councilId, id);
  if (earlier) return { meeting: earlier, created: false };

  const schedule = scheduleOrThrow(request, council.value.timeZone, { now });
  assertPlaceOrLink(request.place, request.onlineLink);
  const meeting: Meeting = { id, councilId, status: 'collecting', ...schedule };
  if (request.place !== undefined) meeting.place = request.place;
  if (request.onlineLink !== undefined) meeting.onlineLink = request.onlineLink;

  await ensureStandardItems(deps, councilId, id, council.value.language);
  try {
    return { meeting: await deps.meetings.create(meeting), created: true };
  } catch (error) {
    if (!(error instanceof ConcurrentEdit)) throw error;
    // The same request, sent twice at once: the other one created it.
    const winner = await deps.meetings.get(councilId, id);
    if (!winner) throw error;
    return { meeting: winner, created: false };
  }
}

/**
 * The meeting's id, from the request alone: a retry whose form was changed in
 * between (say, the date) still finds the meeting the first attempt created.
 */
export function meetingIdFor(councilId: string, requestId: string): string {
  return `m-${createHash('sha256').update(`${councilId}\n${requestId}`).digest('hex').slice(0, 20)}`;
}

/** Writes whichever standard items are missing, in one transaction. */
async function ensureStandardItems(deps: AppDeps, councilId: string, meetingId: string, language: Language): Promise<void> {
  const missing = async () => {
    const work = await deps.work.load(councilId, meetingId);
    const present = new Set(work.item.map((r) => r.value.id));
    return standardAgendaItems(meetingId, language).filter((item) => !present.has(item.id));
  };
  const toCreate = await missing();
  if (toCreate.length === 0) return;
  try {
    await deps.work.apply(
      councilId,
      meetingId,
      toCreate.map((value): WorkChange => ({ op: 'create', kind: 'item', value })),
    );
  } catch (error) {
    if (!(error instanceof ConcurrentEdit) || (await missing()).length > 0) throw error;
  }
}
