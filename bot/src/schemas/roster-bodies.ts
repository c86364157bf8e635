import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import type { MemberDraft } from '../domain/roster-rules';
import { idSchema, isoDate, languageSchema, requiredText, roleSchema } from './domain-schemas';
import { optional, optionalText } from './optional-fields';

/** The member form (add, edit, reactivate). Unknown fields are refused, so a typo never passes silently. */
export const memberDraftSchema = z.strictObject({
  name: requiredText(LIMITS.name),
  role: roleSchema,
  organisation: optionalText(LIMITS.organisation),
  title: optionalText(LIMITS.organisation),
  votingMember: z.boolean().optional(),
  deputyOf: optional(idSchema),
  inDeputyPool: z.boolean(),
  editorialBoard: z.boolean(),
  language: optional(languageSchema),
  activeFrom: isoDate,
});

/** Adding a person by their Entra object id (members normally arrive from the team). */
export const addMemberSchema = memberDraftSchema.extend({ aadObjectId: idSchema });

export const endMembershipSchema = z.strictObject({ activeTo: isoDate });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<T extends true> = T;
export type RosterBodiesMatchDomain = Check<Same<z.infer<typeof memberDraftSchema>, MemberDraft>>;
