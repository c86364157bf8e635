import type { InputVisibility } from './council';
import type { WrittenInput } from './input-request';
import { hasStarted, type Meeting } from './meeting';

/** Who is reading: their member id, and whether they are secretary or chair. */
export interface InputReader {
  memberId: string;
  canManage: boolean;
}

/**
 * Whether a reader may see other members' written input. The secretary and
 * the chair always may (they compile it). Others may when the council shares
 * input with all members, or once the meeting has started, where it is
 * presented anyway; a cancelled meeting never starts, so input stays with the
 * secretary. Input shared among members can become a public case document
 * (offentleglova), which is why the default keeps it back until the meeting.
 */
export function readsOthersInput(visibility: InputVisibility, meeting: Meeting, reader: InputReader, now: Date): boolean {
  if (reader.canManage || visibility === 'allMembers') return true;
  return meeting.status !== 'cancelled' && hasStarted(meeting, now);
}

/** The inputs a reader may see: always their own, others' only when `readsOthersInput` says so. */
export function visibleInputs<T extends Pick<WrittenInput, 'memberId'>>(
  inputs: readonly T[],
  visibility: InputVisibility,
  meeting: Meeting,
  reader: InputReader,
  now: Date,
): T[] {
  if (readsOthersInput(visibility, meeting, reader, now)) return [...inputs];
  return inputs.filter((input) => input.memberId === reader.memberId);
}
