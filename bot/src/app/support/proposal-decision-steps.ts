import { requireSameVersion } from '../scope/require-same-version';
import { ConcurrentEdit, NotFound } from '../../domain/errors';
import { deferredCopy, isRepeatOf } from '../../domain/proposal-decision';
import type { AgendaProposal, DecisionAction, ProposalDecision } from '../../domain/proposal';
import type { ProposalInbox } from '../../domain/proposal-inbox';
import type { AppDeps, Principal } from '../deps';
import { proposalInboxOf } from '../use-cases/load-proposal-inbox';
import { loadScope, type MeetingScope } from '../scope/request-scope';
import { notifyProposer, type NotifyOutcome } from './notify-proposer';
import type { Versioned, WorkChange } from '../ports';

/**
 * The steps every decision on a proposal shares (accept, defer, merge,
 * decline each have their own use case file): load and authorise, recognise
 * a retry, and after the decision is stored, finish what it implies and tell
 * the proposer exactly once.
 */

export interface DecisionRequest {
  councilId: string;
  meetingId: string;
  proposalId: string;
  /** If-Match: the proposal's ETag as the secretary read it. */
  etag: string;
  /** Chosen by the client per decision; a retry sends the same one. */
  decisionId: string;
  reason?: string;
}

/** A decision as a use case takes it: who decides, and on what. */
export type DecisionInput = DecisionRequest & { principal: Principal };

export type DecisionOutcome = NotifyOutcome & {
  /** The request repeated a decision already stored; nothing new was decided. */
  repeated: boolean;
  /** The inbox afresh, so the tab shows the new state at once. */
  inbox: ProposalInbox;
};

type DecisionStart =
  | { repeat: true; ctx: MeetingScope; proposal: Versioned<AgendaProposal> }
  | { repeat: false; ctx: MeetingScope; proposal: AgendaProposal };

async function startDecision(deps: AppDeps, principal: Principal, request: DecisionRequest): Promise<DecisionStart> {
  const ctx = await loadScope(deps, {
    principal,
    councilId: request.councilId,
    meetingId: request.meetingId,
    managerAction: 'decide on proposals',
  });
  const stored = await deps.work.get(request.councilId, request.meetingId, 'proposal', request.proposalId);
  if (!stored) throw new NotFound('proposal');
  if (isRepeatOf(stored.value, request.decisionId)) return { repeat: true, ctx, proposal: stored };
  // Decided (or edited) by someone else since the secretary read it.
  requireSameVersion(stored, request.etag, 'proposal');
  return { repeat: false, ctx, proposal: stored.value };
}

/** What a decision stores: the decided proposal and, when it changes the agenda too, the rows written with it in one transaction. */
export interface DecisionWrite {
  decided: AgendaProposal;
  alongside?: WorkChange[];
}

/**
 * One decision from request to outcome: a retry finishes as a repeat, else
 * `decide` works out the decided proposal (and throws what refuses it), which
 * is stored on the ETag the secretary read.
 */
export async function runDecision(
  deps: AppDeps,
  request: DecisionInput,
  decide: (ctx: MeetingScope, proposal: AgendaProposal) => DecisionWrite | Promise<DecisionWrite>,
): Promise<DecisionOutcome> {
  const start = await startDecision(deps, request.principal, request);
  if (start.repeat) return finishDecision(deps, start.ctx, request, true);
  const { ctx } = start;
  const { decided, alongside } = await decide(ctx, start.proposal);
  const councilId = ctx.council.value.id;
  return writeDecision(deps, ctx, request, async () => {
    if (alongside === undefined) await deps.work.update(councilId, 'proposal', decided, request.etag);
    else
      await deps.work.apply(councilId, ctx.meeting.value.id, [
        { op: 'update', kind: 'proposal', value: decided, etag: request.etag },
        ...alongside,
      ]);
  });
}

export function newDecision(
  ctx: MeetingScope,
  request: DecisionRequest,
  action: DecisionAction,
  extra: Pick<ProposalDecision, 'agendaItemId' | 'deferredTo'> = {},
): ProposalDecision {
  return { id: request.decisionId, action, decidedBy: ctx.me.aadObjectId, decidedAt: ctx.now.toISOString(), ...extra };
}

/**
 * Runs the decision's write. When it loses a race (ConcurrentEdit), the winner
 * may have been the same decision sent twice (a double click, a retry while
 * the first was still running): then this request finishes as a repeat.
 */
async function writeDecision(
  deps: AppDeps,
  ctx: MeetingScope,
  request: DecisionRequest,
  write: () => Promise<void>,
): Promise<DecisionOutcome> {
  try {
    await write();
  } catch (error) {
    if (!(error instanceof ConcurrentEdit)) throw error;
    const now = await deps.work.get(request.councilId, request.meetingId, 'proposal', request.proposalId);
    if (!now || !isRepeatOf(now.value, request.decisionId)) throw error;
    return finishDecision(deps, ctx, request, true);
  }
  return finishDecision(deps, ctx, request, false);
}

/** Reads the decided proposal back (for its new ETag), completes a deferral and tells the proposer. */
async function finishDecision(
  deps: AppDeps,
  ctx: MeetingScope,
  request: DecisionRequest,
  repeated: boolean,
): Promise<DecisionOutcome> {
  const stored = await deps.work.get(request.councilId, request.meetingId, 'proposal', request.proposalId);
  if (!stored) throw new NotFound('proposal');
  await completeDeferral(deps, ctx, stored.value);
  const notified = await notifyProposer(deps, ctx, stored);
  return { ...notified, repeated, inbox: await proposalInboxOf(deps, ctx) };
}

/**
 * A deferral writes two partitions, which no transaction spans: the decision
 * (with the copy's id) first, then the copy, created only if absent. A crash
 * in between is completed by the retry of the same decision.
 */
async function completeDeferral(deps: AppDeps, ctx: MeetingScope, proposal: AgendaProposal): Promise<void> {
  const to = proposal.decision?.deferredTo;
  if (proposal.decision?.action !== 'defer' || !to) return;
  if (await deps.work.get(ctx.council.value.id, to.meetingId, 'proposal', to.proposalId)) return;
  try {
    await deps.work.create(ctx.council.value.id, 'proposal', deferredCopy(proposal, to));
  } catch (error) {
    // Another request for the same decision created it first.
    if (!(error instanceof ConcurrentEdit)) throw error;
  }
}
