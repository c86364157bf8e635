import { buildMeetingPackage, type MeetingPackage } from '../../domain/meeting-package';
import type { InputReader } from '../../domain/input-privacy';
import { canManageMeetings, type Member } from '../../domain/member';
import type { AppDeps } from '../deps';
import type { MeetingScope } from '../scope/request-scope';

/** Whose package it is: apology reasons and other members' input appear only as far as this member may see them. */
export function readerOf(member: Member): InputReader {
  return { memberId: member.aadObjectId, canManage: canManageMeetings(member) };
}

/** No particular reader (the public version): no apology reasons, no input kept from members. */
export const NO_PARTICULAR_READER: InputReader = { memberId: '', canManage: false };

/**
 * The meeting package of a scope whose checks have passed, for one reader.
 * The working set (one partition query, whatever its size) and the council's
 * open follow-ups are read together: one round trip.
 */
export async function meetingPackageFor(deps: AppDeps, scope: MeetingScope, reader: InputReader): Promise<MeetingPackage> {
  const { council, roster, meeting, now } = scope;
  const [work, followUps] = await Promise.all([
    deps.work.load(council.value.id, meeting.value.id),
    deps.followUps.listOpenFollowUps(council.value.id),
  ]);
  return buildMeetingPackage(
    council.value,
    meeting.value,
    roster.map((m) => m.value),
    {
      items: work.item.map((r) => r.value),
      proposals: work.proposal.map((r) => r.value),
      attendance: work.attendance.map((r) => r.value),
      inputRequests: work.inputRequest.map((r) => r.value),
      inputs: work.input.map((r) => r.value),
      publications: work.publication.map((r) => r.value),
    },
    now,
    reader,
    followUps.map((r) => r.value),
  );
}
