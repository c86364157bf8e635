import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import { aMember } from '../../support/storage-builders';
import {
  guestClaims,
  hs256Token,
  makeSigningKey,
  signToken,
  unsignedToken,
  type SigningKey,
  type TokenOptions,
} from '../../support/sso-tokens';
import { startSignedSsoTestApp, type SignedSsoTestApp } from '../../support/sso-test-app';

const NOW = new Date('2026-03-10T09:00:00Z');
const PARTNER_TENANT = '99999999-8888-7777-6666-555555555555';
const STRANGER_TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const GUEST_OID = '7d0c2f4e-0000-4000-8000-00000000ab01';
const NOT_A_MEMBER = '7d0c2f4e-0000-4000-8000-00000000ab02';

interface MeBody {
  devMode: boolean;
  user: { aadObjectId: string; tenantId: string; name: string };
  councils: { id: string; role: string }[];
  demoUsers?: unknown;
}
interface ErrorBody {
  error: { code: string; message: string };
}

describe('Teams SSO tokens on the tab API (production mode, local JWKS)', () => {
  let running: SignedSsoTestApp;
  let key: SigningKey;
  let otherKey: SigningKey;
  const at = (overrides: Partial<TokenOptions> = {}): TokenOptions => ({ now: NOW, aadObjectId: DEMO_SECRETARY, ...overrides });

  beforeAll(async () => {
    running = await startSignedSsoTestApp({ keyId: 'key-1', allowedTenants: [PARTNER_TENANT], clock: () => NOW });
    key = running.key;
    otherKey = await makeSigningKey('key-2');
    // A member who is a guest in the host tenant: the roster knows them by their guest object id there.
    await running.app.deps.members.create(
      aMember(DEMO_COUNCIL_ID, GUEST_OID, { tenantId: DEMO_TENANT_ID, name: 'Kari Gjest', organisation: 'Mental Helse' }),
    );
  });
  afterAll(() => running?.close());

  const call = (path: string, headers: Record<string, string> = {}) => fetch(`${running.baseUrl}${path}`, { headers });
  const withToken = (token: string, path = '/api/me', headers: Record<string, string> = {}) =>
    call(path, { Authorization: `Bearer ${token}`, ...headers });

  it('answers a valid v2 token with the member and their councils, and no demo users', async () => {
    const response = await withToken(await signToken(key, at()));
    expect(response.status).toBe(200);
    const me = (await response.json()) as MeBody;
    expect(me.devMode).toBe(false);
    expect(me.user).toMatchObject({ aadObjectId: DEMO_SECRETARY, tenantId: DEMO_TENANT_ID, name: 'Alex Wilber' });
    expect(me.councils).toEqual([expect.objectContaining({ id: DEMO_COUNCIL_ID, role: 'secretary' })]);
    expect(me.demoUsers).toBeUndefined();
  });

  it('accepts a v1 token whose audience is the Application ID URI', async () => {
    const response = await withToken(await signToken(key, at({ version: '1.0', aadObjectId: DEMO_MEMBERS.lynne })));
    expect(response.status).toBe(200);
    expect(((await response.json()) as MeBody).councils).toEqual([expect.objectContaining({ role: 'member' })]);
  });

  it('lets a guest in: host tenant tid, guest oid, idp/acct set and no upn, in v2 and v1 form', async () => {
    for (const version of ['2.0', '1.0'] as const) {
      const token = await signToken(key, at({ version, aadObjectId: GUEST_OID, claims: guestClaims(PARTNER_TENANT) }));
      const response = await withToken(token);
      expect(response.status).toBe(200);
      const me = (await response.json()) as MeBody;
      expect(me.user).toMatchObject({ aadObjectId: GUEST_OID, tenantId: DEMO_TENANT_ID, name: 'Kari Gjest' });
      expect(me.councils).toEqual([expect.objectContaining({ id: DEMO_COUNCIL_ID, role: 'member' })]);
    }
  });

  it('lets a guest read their council through a council route', async () => {
    const token = await signToken(key, at({ aadObjectId: GUEST_OID, claims: guestClaims(PARTNER_TENANT) }));
    const response = await withToken(token, `/api/councils/${DEMO_COUNCIL_ID}/meetings`);
    expect(response.status).toBe(200);
  });

  it('still authorizes: a valid token of someone outside the council gets 403 on a council route', async () => {
    const token = await signToken(key, at({ aadObjectId: NOT_A_MEMBER }));
    const me = await withToken(token);
    expect(me.status).toBe(200);
    expect(((await me.json()) as MeBody).councils).toEqual([]);
    const response = await withToken(token, `/api/councils/${DEMO_COUNCIL_ID}/meetings`);
    expect(response.status).toBe(403);
    expect(((await response.json()) as ErrorBody).error.code).toBe('notCouncilMember');
  });

  it('accepts a token from an allowed partner tenant (its people are not in this council: 403 there)', async () => {
    const token = await signToken(key, at({ tenantId: PARTNER_TENANT }));
    expect((await withToken(token)).status).toBe(200);
    expect((await withToken(token, `/api/councils/${DEMO_COUNCIL_ID}/meetings`)).status).toBe(403);
  });

  describe('refuses with 401', () => {
    const nowSeconds = Math.floor(NOW.getTime() / 1000);
    const cases: [string, () => Promise<string>][] = [
      ['a wrong signature (another key under the trusted key id)', () => signToken(otherKey, at({ kid: key.kid }))],
      ['a key the JWKS does not have', () => signToken(otherKey, at())],
      [
        'a wrong issuer (another tenant)',
        () => signToken(key, at({ claims: { iss: `https://login.microsoftonline.com/${STRANGER_TENANT}/v2.0` } })),
      ],
      ['a v1 issuer on a v2 token', () => signToken(key, at({ claims: { iss: `https://sts.windows.net/${DEMO_TENANT_ID}/` } }))],
      ['a wrong audience (another app)', () => signToken(key, at({ claims: { aud: '22222222-3333-4444-5555-666666666666' } }))],
      ['Microsoft Graph as audience', () => signToken(key, at({ claims: { aud: '00000003-0000-0000-c000-000000000000' } }))],
      ['a missing scope', () => signToken(key, at({ claims: { scp: undefined } }))],
      ['another scope only', () => signToken(key, at({ claims: { scp: 'User.Read access_as_user_not' } }))],
      ['an app-only token (roles, no scp)', () => signToken(key, at({ claims: { scp: undefined, roles: ['access_as_user'] } }))],
      ['a tenant that is not allowed', () => signToken(key, at({ tenantId: STRANGER_TENANT }))],
      ['no oid', () => signToken(key, at({ claims: { oid: undefined } }))],
      ['an expired token (beyond the clock tolerance)', () => signToken(key, at({ claims: { exp: nowSeconds - 300 } }))],
      ['a not-yet-valid token', () => signToken(key, at({ claims: { nbf: nowSeconds + 600 } }))],
      ['no expiry', () => signToken(key, at({ claims: { exp: undefined } }))],
      ['alg none', () => Promise.resolve(unsignedToken(at()))],
      ['HS256 signed with the public key', () => hs256Token(key, at())],
      ['garbage', () => Promise.resolve('not-a-token')],
      ['garbage in JWT shape', () => Promise.resolve('eyJhbGciOiJSUzI1NiJ9.eyJ0aWQiOjF9.c2lnbmF0dXJl')],
    ];

    it.each(cases)('%s', async (_name, makeToken) => {
      const response = await withToken(await makeToken());
      expect(response.status).toBe(401);
      const body = (await response.json()) as ErrorBody;
      expect(body.error.code).toBe('unauthenticated');
      // Nothing about which check failed, no jose codes, no tenant ids.
      expect(body.error.message).toMatch(/^Not signed in: the sign-in token (was not accepted|has expired)$/);
    });

    it('says an expired token has expired (the tab can fetch a fresh one)', async () => {
      const response = await withToken(await signToken(key, at({ claims: { exp: nowSeconds - 300 } })));
      expect(((await response.json()) as ErrorBody).error.message).toBe('Not signed in: the sign-in token has expired');
    });

    it('without an Authorization header', async () => {
      const response = await call('/api/me');
      expect(response.status).toBe(401);
      expect(((await response.json()) as ErrorBody).error.message).toMatch(/sign in through Teams/);
    });

    it('with another authorization scheme', async () => {
      expect((await call('/api/me', { Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` })).status).toBe(401);
    });

    it('on every API route, not only /api/me', async () => {
      const token = await signToken(key, at({ tenantId: STRANGER_TENANT }));
      for (const path of [`/api/councils/${DEMO_COUNCIL_ID}/meetings`, `/api/councils/${DEMO_COUNCIL_ID}/meetings/m-x/package`]) {
        expect((await withToken(token, path)).status).toBe(401);
        expect((await call(path)).status).toBe(401);
      }
    });
  });

  it('accepts a token expired a few seconds ago (clock skew between Entra ID and us)', async () => {
    const token = await signToken(key, at({ claims: { exp: Math.floor(NOW.getTime() / 1000) - 20 } }));
    expect((await withToken(token)).status).toBe(200);
  });

  describe('ignores the dev identity in production', () => {
    it('a dev header or ?devUser without a token is refused', async () => {
      expect((await call('/api/me', { 'X-Utvalg-Dev-User': DEMO_SECRETARY })).status).toBe(401);
      expect((await call(`/api/me?devUser=${DEMO_SECRETARY}`)).status).toBe(401);
      expect((await call(`/api/councils/${DEMO_COUNCIL_ID}/meetings`, { 'X-Utvalg-Dev-User': DEMO_SECRETARY })).status).toBe(401);
    });

    it('a dev header next to a valid token changes nothing: the token decides who you are', async () => {
      const token = await signToken(key, at({ aadObjectId: DEMO_MEMBERS.adele }));
      const response = await withToken(token, `/api/me?devUser=${DEMO_SECRETARY}`, { 'X-Utvalg-Dev-User': DEMO_SECRETARY });
      expect(response.status).toBe(200);
      const me = (await response.json()) as MeBody;
      expect(me.user.aadObjectId).toBe(DEMO_MEMBERS.adele);
      expect(me.councils).toEqual([expect.objectContaining({ role: 'member' })]);
    });
  });

  it('reuses the fetched signing keys instead of fetching them for every call', () => {
    expect(running.settings.devMode).toBe(false);
    // Some 40 verified calls above; jose refetches only for an unknown key id, at most every 30 s.
    expect(running.jwks.fetches()).toBeGreaterThanOrEqual(1);
    expect(running.jwks.fetches()).toBeLessThan(5);
  });
});
