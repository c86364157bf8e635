import type { Catalogue } from '../catalogue';

export const sso: Catalogue['sso'] = {
  consentRequired:
    'Utvalg needs your permission to sign you in with your Teams account. Select “Try again” and accept. If you are not allowed to, your organisation’s IT administrator has to approve Utvalg.',
  cancelled: 'Sign-in was cancelled. Select “Try again” to sign in.',
  failed:
    'Teams could not sign you in to Utvalg. Try again. If it happens again, ask the secretary or your IT administrator to check the app’s setup.',
  refused:
    'Utvalg did not accept your sign-in from Teams. Try again. If it happens again, ask the secretary to check that your organisation has access.',
};
