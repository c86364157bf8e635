import { DEFAULT_LANGUAGE, languageFromLocale, type Language } from '../domain/language';
import type { AppDeps, Principal } from './deps';

export interface SpeakerContext {
  language: Language;
  /** Whether the person is an active member of any council (strangers get a hint on the help card). */
  isMember: boolean;
}

/** The member's own language, else their council's, else the client's locale, else bokmål. */
export async function languageFor(
  deps: AppDeps,
  principal: Principal | undefined,
  locale: string | undefined,
): Promise<SpeakerContext> {
  const fallback = languageFromLocale(locale) ?? DEFAULT_LANGUAGE;
  if (!principal) return { language: fallback, isMember: false };
  const councilIds = await deps.members.councilsOf(principal.tenantId, principal.aadObjectId);
  for (const councilId of councilIds) {
    const [council, member] = await Promise.all([
      deps.councils.get(councilId),
      deps.members.get(councilId, principal.aadObjectId),
    ]);
    if (council && member && member.value.activeTo === undefined) {
      return { language: member.value.language ?? council.value.language, isMember: true };
    }
  }
  return { language: fallback, isMember: false };
}
