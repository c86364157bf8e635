import type { Council } from '../../domain/council';
import type { Meeting } from '../../domain/meeting';
import type { AppDeps } from '../deps';

export interface SharedMeetingView {
  council: Council;
  meeting: Meeting;
  now: Date;
}

/**
 * A meeting as everyone in the team sees it on the channel card, without
 * anyone's own status: for people in the channel who are no member. Undefined
 * if the council or meeting does not exist.
 */
export async function sharedMeetingView(
  deps: AppDeps,
  request: { councilId: string; meetingId: string },
): Promise<SharedMeetingView | undefined> {
  const [council, meeting] = await Promise.all([
    deps.councils.get(request.councilId),
    deps.meetings.get(request.councilId, request.meetingId),
  ]);
  if (!council || !meeting) return undefined;
  return { council: council.value, meeting: meeting.value, now: deps.clock() };
}
