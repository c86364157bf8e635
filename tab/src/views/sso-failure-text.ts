import type { Language } from '../../../bot/src/domain/language';
import { ApiError } from '../api/api-client';
import { textsFor } from '../../../bot/src/texts/catalogue';

/**
 * Inside Teams, a sign-in failure said in words a member can act on; undefined
 * for any other error (errorText words those).
 */
export function ssoFailureText(error: unknown, language: Language): string | undefined {
  if (!(error instanceof ApiError) || error.status !== 401) return undefined;
  const t = textsFor(language).sso;
  switch (error.code) {
    case 'ssoConsentRequired':
      return t.consentRequired;
    case 'ssoCancelled':
      return t.cancelled;
    case 'ssoFailed':
      return t.failed;
    default:
      // Teams gave a token and the server refused it.
      return t.refused;
  }
}
