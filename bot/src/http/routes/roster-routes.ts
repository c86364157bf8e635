import { addMember } from '../../app/use-cases/add-member';
import { endMembership } from '../../app/use-cases/end-membership';
import { listRoster } from '../../app/use-cases/list-roster';
import { reactivateMember } from '../../app/use-cases/reactivate-member';
import { updateMember } from '../../app/use-cases/update-member';
import { idSchema } from '../../schemas/domain-schemas';
import { addMemberSchema, endMembershipSchema, memberDraftSchema } from '../../schemas/roster-bodies';
import { answer, councilParams, handle, parseBody, parseParams, requireIfMatch, type RouteContext } from '../route-kit';
import type { RosterView, SavedMember } from '../../contracts/roster';

const memberParams = { ...councilParams, memberId: idSchema };

/** The roster: members read it; secretary and chair add, edit, end and reactivate memberships. */
export function registerRosterRoutes(ctx: RouteContext): void {
  const base = '/api/councils/:councilId';

  ctx.server.get(
    `${base}/roster`,
    handle(ctx, async (req, principal) => {
      const { councilId } = parseParams(councilParams, req);
      return listRoster(ctx.deps, { principal, councilId }) satisfies Promise<RosterView>;
    }),
  );

  ctx.server.post(
    `${base}/members`,
    handle(ctx, async (req, principal) => {
      const { councilId } = parseParams(councilParams, req);
      const body = parseBody(addMemberSchema, req);
      const member = await addMember(ctx.deps, { principal, councilId, person: body });
      return answer(201, { member: member.value, etag: member.etag } satisfies SavedMember);
    }),
  );

  ctx.server.put(
    `${base}/members/:memberId`,
    handle(ctx, async (req, principal) => {
      const { councilId, memberId } = parseParams(memberParams, req);
      const etag = requireIfMatch(req);
      const body = parseBody(memberDraftSchema, req);
      const member = await updateMember(ctx.deps, { principal, councilId, memberId, draft: body, etag });
      return { member: member.value, etag: member.etag } satisfies SavedMember;
    }),
  );

  ctx.server.post(
    `${base}/members/:memberId/end`,
    handle(ctx, async (req, principal) => {
      const { councilId, memberId } = parseParams(memberParams, req);
      const etag = requireIfMatch(req);
      const { activeTo } = parseBody(endMembershipSchema, req);
      const member = await endMembership(ctx.deps, { principal, councilId, memberId, activeTo, etag });
      return { member: member.value, etag: member.etag } satisfies SavedMember;
    }),
  );

  ctx.server.post(
    `${base}/members/:memberId/reactivate`,
    handle(ctx, async (req, principal) => {
      const { councilId, memberId } = parseParams(memberParams, req);
      const etag = requireIfMatch(req);
      const body = parseBody(memberDraftSchema, req);
      const member = await reactivateMember(ctx.deps, { principal, councilId, memberId, draft: body, etag });
      return { member: member.value, etag: member.etag } satisfies SavedMember;
    }),
  );
}
