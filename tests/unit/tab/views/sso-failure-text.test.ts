import { ApiError } from '../../../../tab/src/api/api-client';
import { SSO_MESSAGES } from '../../../../tab/src/i18n/sso-messages';
import { ssoFailureText } from '../../../../tab/src/views/sso-failure-text';

describe('ssoFailureText', () => {
  it('words each SSO failure in the chosen language', () => {
    for (const language of ['nb', 'nn', 'en'] as const) {
      const t = SSO_MESSAGES[language];
      expect(ssoFailureText(new ApiError(401, 'ssoConsentRequired', 'x'), language)).toBe(t.consentRequired);
      expect(ssoFailureText(new ApiError(401, 'ssoCancelled', 'x'), language)).toBe(t.cancelled);
      expect(ssoFailureText(new ApiError(401, 'ssoFailed', 'x'), language)).toBe(t.failed);
      expect(ssoFailureText(new ApiError(401, 'unauthenticated', 'x'), language)).toBe(t.refused);
    }
    expect(SSO_MESSAGES.nb.consentRequired).toMatch(/tillatelse/);
    expect(SSO_MESSAGES.nn.consentRequired).toMatch(/løyve/);
    expect(SSO_MESSAGES.en.consentRequired).toMatch(/permission/);
  });

  it('leaves every other error to the general error text', () => {
    expect(ssoFailureText(new ApiError(403, 'notCouncilMember', 'x'), 'nb')).toBeUndefined();
    expect(ssoFailureText(new ApiError(0, 'network', 'x'), 'nb')).toBeUndefined();
    expect(ssoFailureText(new Error('x'), 'nb')).toBeUndefined();
  });
});
