import { ApiError } from '../../../../tab/src/api/api-client';
import { textsFor } from '../../../../bot/src/texts/catalogue';
import { ssoFailureText } from '../../../../tab/src/views/sso-failure-text';

describe('ssoFailureText', () => {
  it('words each SSO failure in the chosen language', () => {
    for (const language of ['nb', 'nn', 'en'] as const) {
      const t = textsFor(language).sso;
      expect(ssoFailureText(new ApiError(401, 'ssoConsentRequired', 'x'), language)).toBe(t.consentRequired);
      expect(ssoFailureText(new ApiError(401, 'ssoCancelled', 'x'), language)).toBe(t.cancelled);
      expect(ssoFailureText(new ApiError(401, 'ssoFailed', 'x'), language)).toBe(t.failed);
      expect(ssoFailureText(new ApiError(401, 'unauthenticated', 'x'), language)).toBe(t.refused);
    }
    expect(textsFor('nb').sso.consentRequired).toMatch(/tillatelse/);
    expect(textsFor('nn').sso.consentRequired).toMatch(/løyve/);
    expect(textsFor('en').sso.consentRequired).toMatch(/permission/);
  });

  it('leaves every other error to the general error text', () => {
    expect(ssoFailureText(new ApiError(403, 'notCouncilMember', 'x'), 'nb')).toBeUndefined();
    expect(ssoFailureText(new ApiError(0, 'network', 'x'), 'nb')).toBeUndefined();
    expect(ssoFailureText(new Error('x'), 'nb')).toBeUndefined();
  });
});
