import { isActiveOn } from '../../domain/member';
import { canManageMeetings } from '../../domain/member';
import { calendarDate } from '../../domain/calendar-date';
import { canReadMinutes, canWriteMinutes } from '../../domain/minutes-approval';
import { canRecordFollowUps, followUpsCarriedTo, followUpsOpenAt, type FollowUp } from '../../domain/follow-up';
import type { Meeting } from '../../domain/meeting';
import type { MeetingMinutes } from '../../domain/minutes';
import { draftMinutes, type MinutesDraft, type OpenFollowUp } from '../../domain/minutes-draft';
import { followUpEntries } from '../support/follow-up-entries';
import type { MinutesReply } from '../../contracts/minutes';
import type { AppDeps, Principal } from '../deps';
import { loadScope, membersOf, type WorkScope } from '../scope/request-scope';

/**
 * The draft minutes of a held meeting from what its scope read, the council's
 * meetings (for Neste møte) and its follow-ups (the open ones of earlier
 * meetings are carried; others are passed over), with the responsible
 * members' names as the minutes write them.
 */
export function draftFor(
  scope: WorkScope,
  minutes: MeetingMinutes,
  meetings: readonly Meeting[],
  followUps: readonly FollowUp[],
): MinutesDraft {
  const { meeting, work, council } = scope;
  const nameOf = new Map(membersOf(scope).map((m) => [m.aadObjectId, m.name]));
  const openFollowUps: OpenFollowUp[] = followUpsCarriedTo(meeting.value, followUps).map((f) => ({
    id: f.id,
    who: nameOf.get(f.responsibleId) ?? f.responsibleId,
    what: f.what,
    due: f.due,
  }));
  return draftMinutes({
    council: council.value,
    meeting: meeting.value,
    meetings,
    roster: membersOf(scope),
    minutes,
    items: work.item.map((r) => r.value),
    parts: work.minutesItem.map((r) => r.value),
    answers: work.attendance.map((r) => r.value),
    inputRequests: work.inputRequest.map((r) => r.value),
    inputs: work.input.map((r) => r.value),
    openFollowUps,
  });
}

export interface LoadMinutesInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
}

/** The meeting's minutes as the person may see them: writers get every part with its ETag; members the draft once sent. */
export async function loadMinutes(deps: AppDeps, input: LoadMinutesInput): Promise<MinutesReply> {
  const scope = await loadScope(deps, { ...input, withWork: true });
  return minutesReplyOf(deps, scope);
}

/** The reply for a scope already loaded (every minutes route answers with the minutes afresh). */
export async function minutesReplyOf(deps: AppDeps, scope: WorkScope): Promise<MinutesReply> {
  const { meeting, work, me, council } = scope;
  const row = work.minutes[0];
  const canWrite = canWriteMinutes(me, row?.value);
  const canManage = canManageMeetings(me);
  const base = {
    meeting: meeting.value,
    meetingEtag: meeting.etag,
    timeZone: council.value.timeZone,
    canWrite,
    canManage,
    canRecordFollowUps: canRecordFollowUps(me, row?.value) && followUpsOpenAt(meeting.value),
  };
  const date = calendarDate(meeting.value.startsAt, council.value.timeZone);
  const people = canWrite
    ? membersOf(scope)
        .filter((m) => isActiveOn(m, date))
        .map((m) => ({ memberId: m.aadObjectId, name: m.name }))
    : [];
  if (!row || !canReadMinutes(me, meeting.value, row.value)) return { ...base, people };

  const [meetings, followUpRows, agreedRows] = await Promise.all([
    deps.meetings.list(council.value.id),
    deps.followUps.listOpenFollowUps(council.value.id),
    deps.followUps.listAgreedAt(council.value.id, meeting.value.id),
  ]);
  const draft = draftFor(
    scope,
    row.value,
    meetings.map((m) => m.value),
    followUpRows.map((r) => r.value),
  );
  // Written input is the writers' material; readers see the minutes as written (input may be kept from members).
  if (!canWrite) for (const item of draft.items) item.writtenInput = [];
  const { value } = row;
  return {
    ...base,
    people,
    minutes: {
      etag: row.etag,
      heldAt: value.heldAt,
      ...(value.minuteTakerId !== undefined && { minuteTakerId: value.minuteTakerId }),
      ...(value.sentForApproval !== undefined && { sentForApproval: value.sentForApproval }),
      ...(value.approval !== undefined && { approval: value.approval }),
      draft,
      partEtags: canWrite ? Object.fromEntries(work.minutesItem.map((r) => [r.value.itemId, r.etag])) : {},
      attendance: canWrite ? value.attendance : [],
      followUps: followUpEntries(agreedRows, membersOf(scope)),
    },
  };
}
