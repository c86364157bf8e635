import { DEFAULT_LANGUAGE, languageFromLocale, type Language } from '../../domain/language';
import type { AppDeps, Principal } from '../deps';
import { findMemberships } from '../scope/find-memberships';

export interface SpeakerRequest {
  principal: Principal | undefined;
  /** The Teams client's locale, for people who are no member. */
  locale: string | undefined;
  /** The council the card or command is about; without it (or if not theirs), the person's first council. */
  councilId?: string;
}

export interface SpeakerContext {
  language: Language;
  /** Whether the person is an active member of any council (strangers get a hint on the help card). */
  isMember: boolean;
}

/** The member's own language, else their council's, else the client's locale, else bokmål. */
export async function languageFor(deps: AppDeps, request: SpeakerRequest): Promise<SpeakerContext> {
  const memberships = await findMemberships(deps, request.principal);
  const membership = memberships.find((m) => m.council.id === request.councilId) ?? memberships[0];
  if (!membership) return { language: languageFromLocale(request.locale) ?? DEFAULT_LANGUAGE, isMember: false };
  return { language: membership.member.language ?? membership.council.language, isMember: true };
}
