import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import type { FollowUpDoneInput, FollowUpInput } from '../contracts/follow-ups';
import { idSchema, isoDate, requiredText } from './domain-schemas';
import type { Check, SameShape } from './same-shape';

/** A new follow-up: who, what, by when, and (optionally) under which item. */
export const newFollowUpSchema = z.strictObject({
  id: idSchema,
  responsibleId: idSchema,
  what: requiredText(LIMITS.description),
  due: isoDate,
  itemId: idSchema.optional(),
});

/** Done, with what came of it. */
export const followUpDoneSchema = z.strictObject({ note: requiredText(LIMITS.reason) });

export type FollowUpBodiesMatchContract = [
  Check<SameShape<z.infer<typeof newFollowUpSchema>, FollowUpInput>>,
  Check<SameShape<z.infer<typeof followUpDoneSchema>, FollowUpDoneInput>>,
];
