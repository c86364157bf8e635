import { InvalidValue } from '../../domain/errors';
import type { AppDeps, Principal } from '../deps';
import { loadScope } from '../scope/request-scope';
import type { ProposalReceipt } from './propose-agenda-item';

export interface FindProposalReceiptInput {
  principal: Principal | undefined;
  councilId: string;
  meetingId: string;
  formId: string;
}

/**
 * The receipt for a proposal form already submitted, if its proposal is
 * stored; writes nothing (a redelivered submit shows what the first delivery
 * stored, or nothing yet).
 */
export async function findProposalReceipt(deps: AppDeps, form: FindProposalReceiptInput): Promise<ProposalReceipt | undefined> {
  const scope = await loadScope(deps, { principal: form.principal, councilId: form.councilId, meetingId: form.meetingId });
  const stored = await deps.work.get(form.councilId, form.meetingId, 'proposal', form.formId);
  if (!stored) return undefined;
  // A form id is a random UUID; one that belongs to someone else's proposal is forged.
  if (stored.value.proposerId !== scope.me.aadObjectId)
    throw new InvalidValue('formId', { problem: 'notYours' }, 'belongs to another proposal');
  return { proposal: stored.value, meeting: scope.meeting.value, council: scope.council.value, alreadyReceived: true };
}
