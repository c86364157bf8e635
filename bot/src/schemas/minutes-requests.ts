import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { AMENDABLE_FIELDS, PRESENCES } from '../domain/minutes';
import { idSchema, qaLineSchema, requiredText, text } from './domain-schemas';

/** Holding a meeting still `collecting` needs the secretary's word that the notice went out another way. */
export const holdMeetingSchema = z.strictObject({ noticeSentElsewhere: z.boolean().default(false) });

export const attendanceCorrectionsSchema = z.strictObject({
  corrections: z
    .array(
      z.strictObject({
        memberId: idSchema,
        presence: z.enum(PRESENCES),
        standingInFor: idSchema.optional(),
        cameLate: z.boolean().optional(),
        leftEarly: z.boolean().optional(),
      }),
    )
    .min(1)
    .max(200),
});

export const minuteTakerSchema = z.strictObject({ minuteTakerId: idSchema.nullable() });

export const minutesItemFieldsSchema = z.strictObject({
  notes: text(LIMITS.minutesNotes),
  qa: z.array(qaLineSchema).max(LIMITS.qaLinesPerItem),
  decision: text(LIMITS.decision),
  notReached: z.boolean(),
});

export const approveMinutesSchema = z.strictObject({ corrections: text(LIMITS.corrections).optional() });

export const amendMinutesSchema = z.strictObject({
  field: z.enum(AMENDABLE_FIELDS),
  after: text(LIMITS.minutesNotes),
  reason: requiredText(LIMITS.reason),
});
