import { z } from 'zod';
import { ATTENDANCE_KINDS } from '../domain/attendance';
import { InvalidValue } from '../domain/errors';
import { LIMITS } from '../domain/limits';
import { httpsUrl, idSchema, itemKindSchema, requiredText, text } from './domain-schemas';
import { refinementProblem } from './field-problems';

/**
 * What members send from cards: `Action.Execute` data with the inputs merged
 * in by Teams. Untrusted: clients send "" for an empty input and may send
 * anything at all, so every field is parsed here before it reaches a use case.
 */

/** "" and whitespace mean "left empty". */
const blankToUndefined = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

function optionalText(max: number) {
  return z.preprocess(blankToUndefined, text(max).optional());
}

/** Where a card belongs: the council and the meeting, as the bot put them in the card. */
export const meetingRefSchema = z.object({ councilId: idSchema, meetingId: idSchema });
export type MeetingRef = z.infer<typeof meetingRefSchema>;

/** A meeting picked in a ChoiceSet: "councilId~meetingId" ('~' never occurs in ids). */
export const meetingChoiceSchema = z.preprocess(
  blankToUndefined,
  z
    .string({ message: 'required' })
    .max(2 * LIMITS.id + 1)
    .transform((value, ctx) => {
      const [councilId, meetingId, ...rest] = value.split('~');
      const parsed = meetingRefSchema.safeParse({ councilId, meetingId });
      if (rest.length > 0 || !parsed.success) {
        ctx.addIssue({ code: 'custom', message: 'not a meeting', ...refinementProblem({ problem: 'invalid' }) });
        return z.NEVER;
      }
      return parsed.data;
    }),
);

export function meetingChoiceValue(ref: MeetingRef): string {
  return `${ref.councilId}~${ref.meetingId}`;
}

/** The proposal form. `formId` is made when the form card is made, so a repeated press stores one proposal. */
export const proposalSubmissionSchema = z.object({
  formId: z.uuid(),
  meeting: meetingChoiceSchema,
  title: requiredText(LIMITS.title),
  description: optionalText(LIMITS.description),
  kind: z.preprocess(blankToUndefined, itemKindSchema),
  presenter: optionalText(LIMITS.name),
  link: z.preprocess(blankToUndefined, httpsUrl.optional()),
});
export type ProposalSubmission = z.infer<typeof proposalSubmissionSchema>;

export const attendanceChoiceSchema = z.preprocess(
  blankToUndefined,
  z.enum(ATTENDANCE_KINDS as ['attend', 'remote', 'apologies', 'deputy']),
);

/** The attendance card: one choice, an optional reason, and a deputy when the choice is "deputy". */
export const attendanceSubmissionSchema = meetingRefSchema
  .extend({
    choice: attendanceChoiceSchema,
    reason: optionalText(LIMITS.reason),
    // A toggle sends "true" or "false"; a card from before the toggle sends nothing (no).
    reasonInMinutes: z.preprocess(blankToUndefined, z.enum(['true', 'false']).optional()),
    deputyId: z.preprocess(blankToUndefined, idSchema.optional()),
  })
  .superRefine((value, ctx) => {
    if (value.choice === 'deputy' && value.deputyId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['deputyId'], message: 'required', ...refinementProblem({ problem: 'required' }) });
    }
  });
export type AttendanceSubmission = z.infer<typeof attendanceSubmissionSchema>;

/** The written-input card: one text input per question, named `answer_<questionId>`. */
export const inputSubmissionSchema = meetingRefSchema.extend({ requestId: idSchema });

export function answerFieldId(questionId: string): string {
  return `answer_${questionId}`;
}

/** Each question's answer from the card data; blank answers are left out. */
export function answersSchema(questionIds: readonly string[]) {
  const shape = Object.fromEntries(questionIds.map((id) => [answerFieldId(id), optionalText(LIMITS.answer)]));
  return z.object(shape).superRefine((value, ctx) => {
    if (Object.values(value).every((v) => v === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [answerFieldId(questionIds[0] ?? '')],
        message: 'required',
        ...refinementProblem({ problem: 'required' }),
      });
    }
  });
}

/** The meeting a card belongs to; a card without one was not made by Utvalg, so that is InvalidValue, not a crash. */
export function parseMeetingRef(data: unknown): MeetingRef {
  const parsed = meetingRefSchema.safeParse(data);
  if (!parsed.success) throw new InvalidValue('card', { problem: 'invalid' }, 'the card does not name a meeting');
  return parsed.data;
}

/** "Merk som gjort" on a follow-up card: which follow-up, and the note typed. */
export const followUpDoneSubmissionSchema = z.object({
  councilId: idSchema,
  followUpId: idSchema,
  note: z.preprocess((v) => (typeof v === 'string' ? v : ''), requiredText(LIMITS.reason)),
});
