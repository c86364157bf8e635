import { acceptProposal } from '../../app/use-cases/accept-proposal';
import { declineProposal } from '../../app/use-cases/decline-proposal';
import { deferProposal } from '../../app/use-cases/defer-proposal';
import { loadProposalInbox } from '../../app/use-cases/load-proposal-inbox';
import { mergeProposal } from '../../app/use-cases/merge-proposal';
import type { DecisionOutcome } from '../../app/support/proposal-decision-steps';
import { idSchema } from '../../schemas/domain-schemas';
import {
  acceptProposalSchema,
  declineProposalSchema,
  deferProposalSchema,
  mergeProposalSchema,
} from '../../schemas/proposal-requests';
import { handle, meetingParams, parseBody, parseParams, requireIfMatch, type RouteContext } from '../route-kit';
import type { Request } from 'restify';
import type { DecisionReply, InboxReply } from '../../contracts/agenda';

const base = '/api/councils/:councilId/meetings/:meetingId/proposals';
const proposalParams = { ...meetingParams, proposalId: idSchema };

/** The proposals inbox (secretary and chair): accept, defer, merge or decline; the proposer is told by the bot. */
export function registerProposalRoutes(ctx: RouteContext): void {
  ctx.server.get(
    base,
    handle(ctx, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      return { inbox: await loadProposalInbox(ctx.deps, { principal, councilId, meetingId }) } satisfies InboxReply;
    }),
  );

  /** The decided proposal with its new ETag, whether the proposer was told, and the inbox afresh. */
  const answerWith = (outcome: DecisionOutcome): DecisionReply => {
    if (outcome.failure !== undefined) {
      ctx.log.warn('could not tell the proposer about a decision; retrying the decision tries again', {
        proposalId: outcome.proposal.value.id,
        error: outcome.failure instanceof Error ? outcome.failure.message : JSON.stringify(outcome.failure),
      });
    }
    return {
      proposal: outcome.proposal.value,
      etag: outcome.proposal.etag,
      notification: outcome.notification,
      repeated: outcome.repeated,
      inbox: outcome.inbox,
    };
  };

  const request = (req: Request) => {
    const params = parseParams(proposalParams, req);
    return { ...params, etag: requireIfMatch(req) };
  };

  ctx.server.post(
    `${base}/:proposalId/accept`,
    handle(ctx, async (req, principal) => {
      const target = request(req);
      const body = parseBody(acceptProposalSchema, req);
      return answerWith(await acceptProposal(ctx.deps, { principal, ...target, ...body }));
    }),
  );

  ctx.server.post(
    `${base}/:proposalId/defer`,
    handle(ctx, async (req, principal) => {
      const target = request(req);
      const body = parseBody(deferProposalSchema, req);
      return answerWith(await deferProposal(ctx.deps, { principal, ...target, ...body }));
    }),
  );

  ctx.server.post(
    `${base}/:proposalId/merge`,
    handle(ctx, async (req, principal) => {
      const target = request(req);
      const body = parseBody(mergeProposalSchema, req);
      return answerWith(await mergeProposal(ctx.deps, { principal, ...target, ...body }));
    }),
  );

  ctx.server.post(
    `${base}/:proposalId/decline`,
    handle(ctx, async (req, principal) => {
      const target = request(req);
      const body = parseBody(declineProposalSchema, req);
      return answerWith(await declineProposal(ctx.deps, { principal, ...target, ...body }));
    }),
  );
}
