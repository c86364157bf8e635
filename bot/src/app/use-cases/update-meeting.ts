import { caseYear } from '../../domain/case-number';
import { InvalidValue, MeetingClosed } from '../../domain/errors';
import type { Meeting } from '../../domain/meeting';
import { assertPlaceOrLink, scheduleOrThrow, type LocalSchedule } from '../../domain/meeting-schedule';
import { isOpenForMembers } from '../../domain/meeting-status';
import { loadScope } from '../scope/request-scope';
import { requireSameVersion } from '../scope/require-same-version';
import type { AppDeps, Principal } from '../deps';
import type { Versioned } from '../ports';

export interface MeetingChanges extends Required<LocalSchedule> {
  place?: string;
  onlineLink?: string;
}

export interface UpdateMeetingInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  changes: MeetingChanges;
  etag: string;
}

/**
 * Changes a meeting's date, times, place, link and deadlines, until it is
 * held or cancelled. Once the agenda is numbered, the meeting stays in the
 * calendar year its case numbers belong to.
 */
export async function updateMeeting(deps: AppDeps, input: UpdateMeetingInput): Promise<Versioned<Meeting>> {
  const { principal, councilId, meetingId, changes, etag } = input;
  const {
    council,
    now,
    meeting: stored,
  } = await loadScope(deps, { principal, councilId, meetingId, managerAction: 'edit a meeting' });
  requireSameVersion(stored, etag, 'meeting');
  if (!isOpenForMembers(stored.value.status)) throw new MeetingClosed(meetingId);

  const zone = council.value.timeZone;
  const schedule = scheduleOrThrow(changes, zone, { now, storedStartsAt: stored.value.startsAt });
  assertPlaceOrLink(changes.place, changes.onlineLink);
  if (stored.value.agendaLockedAt !== undefined) {
    const numberedFor = caseYear(stored.value.startsAt, zone);
    if (caseYear(schedule.startsAt, zone) !== numberedFor) {
      throw new InvalidValue(
        'date',
        { problem: 'yearLocked', params: { year: numberedFor } },
        `the agenda is numbered for ${numberedFor}; the meeting must stay in that year`,
      );
    }
  }
  const { place: _place, onlineLink: _link, ...rest } = stored.value;
  const updated: Meeting = { ...rest, ...schedule };
  if (changes.place !== undefined) updated.place = changes.place;
  if (changes.onlineLink !== undefined) updated.onlineLink = changes.onlineLink;
  return deps.meetings.update(updated, etag);
}
