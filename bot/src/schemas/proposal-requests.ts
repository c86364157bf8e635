import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { idSchema, requiredText, text } from './domain-schemas';

/** Every decision names itself (a UUID the tab makes), so a retried request is recognised. */
const decision = { decisionId: idSchema };

export const acceptProposalSchema = z.strictObject({ ...decision, reason: text(LIMITS.reason).optional() });
export const deferProposalSchema = z.strictObject({
  ...decision,
  toMeetingId: idSchema,
  reason: text(LIMITS.reason).optional(),
});
/** The proposer is told why, so merging and declining need a reason. */
export const mergeProposalSchema = z.strictObject({ ...decision, itemId: idSchema, reason: requiredText(LIMITS.reason) });
export const declineProposalSchema = z.strictObject({ ...decision, reason: requiredText(LIMITS.reason) });
