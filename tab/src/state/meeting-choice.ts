import { nextMeeting, type Meeting } from '../../../bot/src/domain/meeting';

/**
 * The meeting a view shows: the one named in the address, else the next
 * upcoming one, else the most recent that is not archived.
 */
export function chooseMeeting(meetings: readonly Meeting[], wanted: string | undefined, now: Date): Meeting | undefined {
  const named = wanted === undefined ? undefined : meetings.find((m) => m.id === wanted);
  if (named) return named;
  const { active } = splitArchived(meetings);
  return nextMeeting(active, now) ?? meetingsNewestFirst(active)[0] ?? meetingsNewestFirst(meetings)[0];
}

/** Archived meetings are out of the active lists, kept apart (an "Arkiv" group) so they stay reachable. */
export function splitArchived(meetings: readonly Meeting[]): { active: Meeting[]; archived: Meeting[] } {
  return {
    active: meetings.filter((m) => m.status !== 'archived'),
    archived: meetings.filter((m) => m.status === 'archived'),
  };
}

export function meetingsNewestFirst(meetings: readonly Meeting[]): Meeting[] {
  return [...meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}
