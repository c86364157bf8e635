import { z } from 'zod';
import { INPUT_VISIBILITIES } from '../domain/council';
import type { CouncilSettings } from '../domain/council-settings';
import { languageSchema, quorumRuleSchema } from './domain-schemas';
import { optional } from './optional-fields';

/** The settings screen replaces all settings at once (with If-Match). */
export const councilSettingsSchema = z.strictObject({
  language: languageSchema,
  timeZone: z.string().trim().min(1).max(64),
  quorumRule: quorumRuleSchema,
  caseNumberStart: optional(
    z.strictObject({ year: z.number().int().min(2000).max(2099), next: z.number().int().min(1).max(9999) }),
  ),
  inputVisibility: z.enum(INPUT_VISIBILITIES),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<T extends true> = T;
export type SettingsBodyMatchesDomain = Check<Same<z.infer<typeof councilSettingsSchema>, CouncilSettings>>;
