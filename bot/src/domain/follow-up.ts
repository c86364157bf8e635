import { Forbidden, InvalidValue, MeetingClosed } from './errors';
import { LIMITS } from './limits';
import type { Meeting } from './meeting';
import { canManageMeetings, isActiveOn, type Member } from './member';
import type { MeetingMinutes } from './minutes';
import { canWriteMinutes } from './minutes-approval';

/**
 * Oppfølging (aksjonspunkt): "Bernhard checks whether …", agreed under an
 * agenda item, with someone responsible and a due date. Open ones are shown at
 * every later meeting until someone marks them done with a note.
 */
export const FOLLOW_UP_STATUSES = ['open', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Who marked a follow-up done, when, and what came of it. */
export interface FollowUpDone {
  by: string;
  at: string;
  note: string;
}

export interface FollowUp {
  id: string;
  councilId: string;
  /** The meeting it was agreed at, and the agenda item under which. */
  meetingId: string;
  /** When that meeting started: which later meetings carry the follow-up, without reading the meeting list. */
  meetingStartsAt: string;
  itemId?: string;
  /** aadObjectId of the member responsible. */
  responsibleId: string;
  what: string;
  /** YYYY-MM-DD, in the council's calendar. */
  due: string;
  status: FollowUpStatus;
  createdBy: string;
  createdAt: string;
  done?: FollowUpDone;
}

/** What a secretary, chair or minute-taker writes down for a new follow-up. */
export interface FollowUpFields {
  responsibleId: string;
  what: string;
  due: string;
  itemId?: string;
}

/** Checks and builds a new, open follow-up; the person responsible must be on the roster on the day it is agreed. */
export function newFollowUp(
  fields: FollowUpFields,
  context: { id: string; meeting: Meeting; createdBy: string; now: Date; today: string; roster: readonly Member[] },
): FollowUp {
  const what = fields.what.trim();
  if (what === '') throw new InvalidValue('what', { problem: 'required' }, 'say what is to be done');
  if (what.length > LIMITS.description)
    throw new InvalidValue('what', { problem: 'tooLong', params: { max: LIMITS.description } }, 'too long');
  const responsible = context.roster.find((m) => m.aadObjectId === fields.responsibleId && isActiveOn(m, context.today));
  if (!responsible) throw new InvalidValue('responsibleId', { problem: 'notMemberOnDate' }, 'not a member of the council today');
  return {
    id: context.id,
    councilId: context.meeting.councilId,
    meetingId: context.meeting.id,
    meetingStartsAt: context.meeting.startsAt,
    ...(fields.itemId !== undefined && { itemId: fields.itemId }),
    responsibleId: responsible.aadObjectId,
    what,
    due: fields.due,
    status: 'open',
    createdBy: context.createdBy,
    createdAt: context.now.toISOString(),
  };
}

/** The secretary and the chair mark any follow-up done; a member only their own. */
export function canMarkDone(member: Member, followUp: FollowUp): boolean {
  return canManageMeetings(member) || member.aadObjectId === followUp.responsibleId;
}

/**
 * Marks a follow-up done with a note. Done once: a repeat (the same press
 * again) is answered with the follow-up as it is, a different note on a done
 * one is refused rather than silently replacing what was said.
 */
export function markFollowUpDone(
  followUp: FollowUp,
  by: Member,
  note: string,
  at: Date,
): { followUp: FollowUp; changed: boolean } {
  if (!canMarkDone(by, followUp)) throw new Forbidden('mark a follow-up done');
  const trimmed = note.trim();
  if (trimmed.length > LIMITS.reason)
    throw new InvalidValue('note', { problem: 'tooLong', params: { max: LIMITS.reason } }, 'note too long');
  if (followUp.status === 'done') {
    if (followUp.done?.note === trimmed) return { followUp, changed: false };
    throw new InvalidValue('note', { problem: 'alreadyDone' }, 'the follow-up is already done');
  }
  if (trimmed === '') throw new InvalidValue('note', { problem: 'required' }, 'say what came of it');
  return {
    followUp: { ...followUp, status: 'done', done: { by: by.aadObjectId, at: at.toISOString(), note: trimmed } },
    changed: true,
  };
}

/** Open follow-ups by due date (then as agreed), as a list and the package show them. */
export function openInDueOrder(followUps: readonly FollowUp[]): FollowUp[] {
  return inDueOrder(followUps.filter((f) => f.status === 'open'));
}

/** Follow-ups open or done by due date (then as agreed), as the minutes that agreed them list them. */
export function inDueOrder(followUps: readonly FollowUp[]): FollowUp[] {
  return [...followUps].sort(
    (a, b) => a.due.localeCompare(b.due) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}

/**
 * The follow-ups a meeting's package and draft minutes show: the open ones
 * agreed at the council's earlier meetings (ones agreed at this meeting or a
 * later one are not carried to it), until someone marks them done.
 */
export function followUpsCarriedTo(meeting: Meeting, open: readonly FollowUp[]): FollowUp[] {
  return openInDueOrder(open).filter(
    (f) =>
      f.councilId === meeting.councilId &&
      f.meetingId !== meeting.id &&
      Date.parse(f.meetingStartsAt) < Date.parse(meeting.startsAt),
  );
}

/** Who may write follow-ups down at a meeting: the secretary, the chair and the meeting's minute-taker (named in its minutes). */
export function canRecordFollowUps(member: Member, minutes: MeetingMinutes | undefined): boolean {
  return canWriteMinutes(member, minutes);
}

/**
 * Follow-ups are written down with the minutes: once the minutes are approved
 * (frozen) or the meeting archived, no new one is added to that meeting.
 */
export function followUpsOpenAt(meeting: Meeting): boolean {
  return meeting.status !== 'minutesApproved' && meeting.status !== 'archived' && meeting.status !== 'cancelled';
}

/** Refuses (409) a follow-up for a meeting whose minutes are frozen, archived or cancelled. */
export function assertFollowUpsOpen(meeting: Meeting): void {
  if (!followUpsOpenAt(meeting)) throw new MeetingClosed(meeting.id);
}

/** The follow-ups agreed at one meeting, open and done, in the order they were written down. */
export function agreedAt(meetingId: string, followUps: readonly FollowUp[]): FollowUp[] {
  return followUps
    .filter((f) => f.meetingId === meetingId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** A member's own open follow-ups, for "min status". */
export function followUpsOf(memberId: string, open: readonly FollowUp[]): FollowUp[] {
  return openInDueOrder(open).filter((f) => f.responsibleId === memberId);
}
