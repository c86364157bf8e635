import { DateTime } from 'luxon';
import type { Attendance } from './attendance';
import { IllegalTransition, InvalidValue, MeetingClosed } from './errors';
import type { Meeting } from './meeting';
import { canManageMeetings, type Member } from './member';
import type { AmendableField, Amendment, MeetingMinutes, MinutesItem } from './minutes';

/**
 * The minutes' way to approval: written while `minutesDraft` (by the secretary,
 * the chair and the named minute-taker), sent for approval (a flag, members may
 * read it from then), approved at the next meeting and frozen: after that only
 * an amendment with who, when, what and why changes them.
 */

/** Months an approved meeting stays in the active lists before it is archived, unless the council says otherwise. */
export const DEFAULT_ARCHIVE_AFTER_MONTHS = 12;

/** The secretary and chair always; the minute-taker the secretary named, for this meeting. */
export function canWriteMinutes(member: Member, minutes: MeetingMinutes | undefined): boolean {
  return canManageMeetings(member) || (minutes?.minuteTakerId !== undefined && minutes.minuteTakerId === member.aadObjectId);
}

/** Members read the draft once it is sent for approval, and approved minutes; writers read it always. */
export function canReadMinutes(member: Member, meeting: Meeting, minutes: MeetingMinutes | undefined): boolean {
  if (minutes === undefined) return false;
  if (canWriteMinutes(member, minutes)) return true;
  return meeting.status !== 'minutesDraft' || minutes.sentForApproval !== undefined;
}

/** The draft can be written only while it is a draft; approved and archived minutes are frozen. */
export function assertDraftWritable(meeting: Meeting): void {
  if (meeting.status === 'minutesDraft') return;
  if (meeting.status === 'minutesApproved' || meeting.status === 'archived') throw new MeetingClosed(meeting.id);
  throw new IllegalTransition(meeting.status, 'minutesDraft');
}

/** A part as written: trimmed, a Q&A line needs both a name and a text. */
export function writePart(
  current: MinutesItem,
  fields: Pick<MinutesItem, 'notes' | 'qa' | 'decision' | 'notReached'>,
  by: string,
  now: Date,
): MinutesItem {
  return {
    ...current,
    notes: fields.notes,
    qa: fields.qa.filter((l) => l.name.trim() !== '' || l.text.trim() !== ''),
    decision: fields.decision,
    notReached: fields.notReached,
    updatedAt: now.toISOString(),
    updatedBy: by,
  };
}

/** Whether a sent-for-approval step still has a channel card to post (it is posted once, ever). */
export function markSentForApproval(minutes: MeetingMinutes, meeting: Meeting, by: string, now: Date): MeetingMinutes {
  assertDraftWritable(meeting);
  if (minutes.sentForApproval) return minutes;
  return {
    ...minutes,
    sentForApproval: { at: now.toISOString(), by, channelPost: { state: 'pending', at: now.toISOString() } },
  };
}

/** Approval under the next meeting's first item, with the corrections the meeting asked for. */
export function approve(minutes: MeetingMinutes, meeting: Meeting, by: string, now: Date, corrections?: string): MeetingMinutes {
  if (meeting.status !== 'minutesDraft') throw new IllegalTransition(meeting.status, 'minutesApproved');
  if (!minutes.sentForApproval)
    throw new InvalidValue('minutes', { problem: 'notSentForApproval' }, 'send the minutes for approval first');
  const text = corrections?.trim();
  return {
    ...minutes,
    approval: { at: now.toISOString(), by, ...(text !== undefined && text !== '' && { corrections: text }) },
  };
}

/** A visible correction of approved minutes: the part changes and the amendment says how and why. */
export function amend(
  meeting: Meeting,
  minutes: MeetingMinutes,
  part: MinutesItem,
  change: { field: AmendableField; after: string; reason: string },
  by: string,
  now: Date,
): { minutes: MeetingMinutes; part: MinutesItem } {
  if (meeting.status !== 'minutesApproved') {
    if (meeting.status === 'archived') throw new MeetingClosed(meeting.id);
    throw new InvalidValue('minutes', { problem: 'notApprovedYet' }, 'only approved minutes are amended; edit the draft');
  }
  if (change.reason.trim() === '') throw new InvalidValue('reason', { problem: 'required' }, 'an amendment says why');
  const before = part[change.field];
  if (before === change.after) throw new InvalidValue('after', { problem: 'unchanged' }, 'the amendment changes nothing');
  const amendment: Amendment = {
    at: now.toISOString(),
    by,
    itemId: part.itemId,
    field: change.field,
    before,
    after: change.after,
    reason: change.reason.trim(),
  };
  return {
    minutes: { ...minutes, amendments: [...minutes.amendments, amendment] },
    part: { ...part, [change.field]: change.after, updatedAt: now.toISOString(), updatedBy: by },
  };
}

/** Approved minutes go to the archive this many months after approval (read-only, out of the active lists). */
export function isDueForArchive(meeting: Meeting, minutes: MeetingMinutes | undefined, now: Date, months: number): boolean {
  if (meeting.status !== 'minutesApproved' || !minutes?.approval) return false;
  return DateTime.fromISO(minutes.approval.at, { zone: 'utc' }).plus({ months }).toMillis() <= now.getTime();
}

/**
 * Apology reasons the member did not allow into the minutes: once the minutes
 * are approved they have served their purpose (the secretary's planning), so
 * they are deleted. Answers without such a reason are left alone.
 */
export function withoutPrivateReasons(answers: readonly Attendance[]): Attendance[] {
  const stripped: Attendance[] = [];
  for (const a of answers) {
    if (a.answer.kind !== 'apologies' || a.answer.reason === undefined || a.answer.reasonInMinutes === true) continue;
    stripped.push({ ...a, answer: { kind: 'apologies' } });
  }
  return stripped;
}
