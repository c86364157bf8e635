import { ApiError } from '../api/api-client';
import type { Catalogue } from '../../../bot/src/texts/catalogue';

/** A sentence a member can act on, from whatever went wrong while loading. */
export function errorText(error: unknown, t: Catalogue['app']): string {
  if (!(error instanceof ApiError)) return t.errorUnknown(error instanceof Error ? error.message : String(error));
  if (error.code === 'unauthenticated' || error.status === 401) return t.errorNotSignedIn;
  if (error.code === 'notCouncilMember') return t.errorNotMember;
  if (error.code === 'forbidden' || error.status === 403) return t.errorForbidden;
  if (error.code === 'notFound' || error.status === 404) return t.errorNotFound;
  if (error.status === 0 || error.status >= 500) return t.errorServerUnavailable;
  return t.errorUnknown(error.message);
}
