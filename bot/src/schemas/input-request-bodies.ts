import { z } from 'zod';
import type { InputRequestDraft } from '../domain/input-request-rules';
import { LIMITS } from '../domain/limits';
import { idSchema, isoInstant, requiredText } from './domain-schemas';
import type { InputRequestBody } from '../contracts/inputs';
import type { Check, SameShape } from './same-shape';

/**
 * Bodies of the secretary's input-request API. Field paths match the form:
 * a problem with the third question is reported as `questions.2.text`.
 */
export const inputRequestDraftSchema = z.strictObject({
  questions: z
    .array(z.strictObject({ text: requiredText(LIMITS.question) }))
    .min(1, { message: 'ask at least one question' })
    .max(LIMITS.questionsPerRequest, { message: `at most ${LIMITS.questionsPerRequest} questions` }),
  deadline: isoInstant,
  agendaItemId: idSchema.optional(),
  /** Empty (or left out): everyone is asked. */
  askedMemberIds: z.array(idSchema).max(500).default([]),
});

/** A create also carries the id the form made, so a retried create stores one request. */
export const createInputRequestSchema = inputRequestDraftSchema.extend({ id: idSchema });

export function toDraft(body: z.infer<typeof inputRequestDraftSchema>): InputRequestDraft {
  return {
    questions: body.questions.map((q) => q.text),
    deadline: body.deadline,
    ...(body.agendaItemId !== undefined && { agendaItemId: body.agendaItemId }),
    askedMemberIds: body.askedMemberIds,
  };
}

/** The form sends InputRequestBody; the compiler keeps the schema and that contract in step. */
export type DraftMatchesContract = Check<SameShape<z.infer<typeof inputRequestDraftSchema>, InputRequestBody>>;
