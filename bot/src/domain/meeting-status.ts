import { IllegalTransition, InvalidValue } from './errors';

/** A meeting's life, in order. `cancelled` is reachable from any state before `held`. */
export const MEETING_STATUSES = [
  'planned',
  'collecting',
  'noticeSent',
  'held',
  'minutesDraft',
  'minutesApproved',
  'archived',
  'cancelled',
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

const NEXT: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  planned: ['collecting', 'cancelled'],
  collecting: ['noticeSent', 'cancelled'],
  noticeSent: ['held', 'cancelled'],
  held: ['minutesDraft'],
  minutesDraft: ['minutesApproved'],
  minutesApproved: ['archived'],
  archived: [],
  cancelled: [],
};

export function allowedTransitions(from: MeetingStatus): readonly MeetingStatus[] {
  return NEXT[from];
}

export function canTransition(from: MeetingStatus, to: MeetingStatus): boolean {
  return NEXT[from].includes(to);
}

/** Throws IllegalTransition unless `from → to` is in the lifecycle; cancelling needs a reason. */
export function assertTransition(from: MeetingStatus, to: MeetingStatus, reason?: string): void {
  if (!canTransition(from, to)) throw new IllegalTransition(from, to);
  if (to === 'cancelled' && (reason === undefined || reason.trim() === '')) {
    throw new InvalidValue('reason', { problem: 'required' }, 'a cancelled meeting needs a reason');
  }
}

/** Members may still propose, answer attendance and give input. */
export function isOpenForMembers(status: MeetingStatus): boolean {
  return status === 'planned' || status === 'collecting' || status === 'noticeSent';
}

/** After the notice is sent the agenda can still change, but every change is recorded. */
export function agendaChangesAreRecorded(status: MeetingStatus): boolean {
  return status === 'noticeSent';
}
