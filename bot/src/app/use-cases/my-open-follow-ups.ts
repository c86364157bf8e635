import type { FollowUpEntry } from '../../contracts/follow-ups';
import type { Council } from '../../domain/council';
import { followUpsOf } from '../../domain/follow-up';
import type { Member } from '../../domain/member';
import type { AppDeps, Principal } from '../deps';
import { findMemberships } from '../scope/find-memberships';
import { followUpEntries } from '../support/follow-up-entries';

export interface CouncilFollowUps {
  council: Council;
  member: Member;
  /** The member's own open follow-ups in this council, by due date. */
  followUps: FollowUpEntry[];
}

/** "Min status": the person's own open follow-ups, per council they belong to. */
export async function myOpenFollowUps(deps: AppDeps, input: { principal: Principal | undefined }): Promise<CouncilFollowUps[]> {
  const memberships = await findMemberships(deps, input.principal);
  return Promise.all(
    memberships.map(async ({ council, member }) => {
      const rows = await deps.followUps.listOpenFollowUps(council.id);
      const mine = new Set(
        followUpsOf(
          member.aadObjectId,
          rows.map((r) => r.value),
        ).map((f) => f.id),
      );
      return {
        council,
        member,
        followUps: followUpEntries(
          rows.filter((r) => mine.has(r.value.id)),
          [member],
        ),
      };
    }),
  );
}
