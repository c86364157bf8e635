import { nextMeeting, type Meeting } from '../../../bot/src/domain/meeting';

/**
 * The meeting a view shows: the one named in the address, else the next
 * upcoming one, else the most recent.
 */
export function chooseMeeting(meetings: readonly Meeting[], wanted: string | undefined, now: Date): Meeting | undefined {
  const named = wanted === undefined ? undefined : meetings.find((m) => m.id === wanted);
  if (named) return named;
  return nextMeeting(meetings, now) ?? meetingsNewestFirst(meetings)[0];
}

export function meetingsNewestFirst(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}
