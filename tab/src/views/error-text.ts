import { ApiError } from '../api/api-client';
import type { Catalogue } from '../../../bot/src/texts/catalogue';

/** A sentence a member can act on, from whatever went wrong while loading. */
export function errorText(error: unknown, t: Catalogue['app']): string {
  if (!(error instanceof ApiError)) return unknownError(error, t);
  if (error.code === 'unauthenticated' || error.status === 401) return t.errorNotSignedIn;
  if (error.code === 'notCouncilMember') return t.errorNotMember;
  if (error.code === 'forbidden' || error.status === 403) return t.errorForbidden;
  if (error.code === 'notFound' || error.status === 404) return t.errorNotFound;
  if (error.status === 0 || error.status >= 500) return t.errorServerUnavailable;
  return unknownError(error, t);
}

/** A failure no code explains: a generic sentence for the person, the English detail for whoever opens the console. */
function unknownError(error: unknown, t: Catalogue['app']): string {
  console.warn('Utvalg: unexpected failure', error);
  return t.errorUnknown;
}
