import { ApiError, createApiClient } from '../../../../tab/src/api/api-client';
import { getSsoToken, ssoFailureCode, SsoSignInFailed } from '../../../../tab/src/teams/sso-token';

describe('ssoFailureCode', () => {
  it.each([
    ['resourceRequiresConsent', 'ssoConsentRequired'],
    ['consent_required', 'ssoConsentRequired'],
    ['interaction_required', 'ssoConsentRequired'],
    ['invalid_grant', 'ssoConsentRequired'],
    ['CancelledByUser', 'ssoCancelled'],
    ['FailedToOpenWindow', 'ssoFailed'],
    ['resourceDisabled', 'ssoFailed'],
    ['App resource defined in manifest and iframe origin do not match', 'ssoFailed'],
  ])('reads Teams’ reason %s as %s', (reason, code) => {
    expect(ssoFailureCode(reason)).toBe(code);
  });
});

describe('getSsoToken', () => {
  it('outside Teams (teams-js never initialized) rejects with a plain SSO failure', async () => {
    const error: unknown = await getSsoToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SsoSignInFailed);
    expect((error as SsoSignInFailed).code).toBe('ssoFailed');
  });
});

describe('the API client when Teams gives no token', () => {
  const fetchSpy = jest.fn();
  beforeAll(() => {
    global.fetch = fetchSpy;
  });

  it('fails the call as a 401 carrying the SSO failure code, without calling the server', async () => {
    const client = createApiClient({
      getAuthToken: () => Promise.reject(new SsoSignInFailed('ssoConsentRequired', 'resourceRequiresConsent')),
    });
    const error: unknown = await client.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'ssoConsentRequired' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('treats any other rejection as a plain SSO failure', async () => {
    const client = createApiClient({ getAuthToken: () => Promise.reject(new Error('boom')) });
    await expect(client.me()).rejects.toMatchObject({ status: 401, code: 'ssoFailed' });
  });
});
