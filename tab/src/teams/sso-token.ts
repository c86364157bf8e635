// Teams single sign-on for the tab API: the one place that asks Teams for the user's Entra ID token.
// teams-js directly rather than TeamsFx's TeamsUserCredential: for the SSO token that credential only
// calls the same getAuthToken, but demands a client id and login page the tab does not have and adds
// MSAL (~290 KiB minified) that this path never runs.
import { authentication } from '@microsoft/teams-js';

/** Why Teams gave no token; the tab words each one differently. */
export type SsoFailureCode = 'ssoConsentRequired' | 'ssoCancelled' | 'ssoFailed';

export class SsoSignInFailed extends Error {
  constructor(
    readonly code: SsoFailureCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'SsoSignInFailed';
  }
}

/**
 * Teams rejects with a bare reason string, e.g. "resourceRequiresConsent",
 * "consent_required", "interaction_required", "CancelledByUser",
 * "FailedToOpenWindow", "resourceDisabled" (a misconfigured app).
 */
export function ssoFailureCode(reason: string): SsoFailureCode {
  if (/consent|interaction_?required|invalid_grant/i.test(reason)) return 'ssoConsentRequired';
  if (/cancel/i.test(reason)) return 'ssoCancelled';
  return 'ssoFailed';
}

/**
 * An access token for our API (the app registration named in the manifest's
 * webApplicationInfo). Teams caches it and shows its own consent prompt where
 * the user may consent; the server verifies it on every call.
 */
export async function getSsoToken(): Promise<string> {
  let token: string;
  try {
    token = await authentication.getAuthToken();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SsoSignInFailed(ssoFailureCode(reason), reason);
  }
  if (!token) throw new SsoSignInFailed('ssoFailed', 'Teams returned an empty token');
  return token;
}
