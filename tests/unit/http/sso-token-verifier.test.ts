import { createLocalJWKSet } from 'jose';
import { DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import {
  CLOCK_TOLERANCE_SECONDS,
  issuerFor,
  SsoTokenVerifier,
  TokenRejected,
  type SsoTokenRules,
} from '../../../bot/src/http/sso-token-verifier';
import {
  guestClaims,
  hs256Token,
  makeSigningKey,
  signToken,
  TEST_APP_ID_URI,
  TEST_CLIENT_ID,
  unsignedToken,
  type SigningKey,
  type TokenOptions,
} from '../../support/sso-tokens';

const NOW = new Date('2026-03-10T09:00:00Z');
const NOW_S = NOW.getTime() / 1000;
const OID = '00000000-0000-0000-0000-000000000020';
const rules: SsoTokenRules = { clientId: TEST_CLIENT_ID, appIdUri: TEST_APP_ID_URI, allowedTenants: [DEMO_TENANT_ID] };

describe('issuerFor', () => {
  it('writes the issuer Entra ID uses for v2 and v1 tokens', () => {
    expect(issuerFor('t-1', '2.0')).toBe('https://login.microsoftonline.com/t-1/v2.0');
    expect(issuerFor('t-1', '1.0')).toBe('https://sts.windows.net/t-1/');
  });
});

describe('SsoTokenVerifier (local key set)', () => {
  let key: SigningKey;
  let otherKey: SigningKey;
  let verifier: SsoTokenVerifier;
  const at = (overrides: Partial<TokenOptions> = {}): TokenOptions => ({ now: NOW, aadObjectId: OID, ...overrides });

  beforeAll(async () => {
    [key, otherKey] = await Promise.all([makeSigningKey('k1'), makeSigningKey('k2')]);
    verifier = new SsoTokenVerifier(rules, createLocalJWKSet({ keys: [key.publicJwk] }), () => NOW);
  });

  /** The log-only reason a token was refused, so each case proves the check it is named after. */
  async function refusal(token: string | Promise<string>): Promise<TokenRejected> {
    try {
      await verifier.verify(await token);
    } catch (error) {
      if (error instanceof TokenRejected) return error;
      throw error;
    }
    throw new Error('the token was accepted');
  }

  it('turns a valid token into the principal (tid, oid)', async () => {
    await expect(verifier.verify(await signToken(key, at()))).resolves.toEqual({ tenantId: DEMO_TENANT_ID, aadObjectId: OID });
  });

  it('accepts the client id (v2) and the Application ID URI (v1) as audience', async () => {
    await expect(verifier.verify(await signToken(key, at({ version: '1.0' })))).resolves.toMatchObject({ aadObjectId: OID });
    const v2WithUri = await signToken(key, at({ claims: { aud: TEST_APP_ID_URI } }));
    await expect(verifier.verify(v2WithUri)).resolves.toMatchObject({ aadObjectId: OID });
  });

  it('without an Application ID URI configured, accepts only the client id', async () => {
    const strict = new SsoTokenVerifier(
      { ...rules, appIdUri: undefined },
      createLocalJWKSet({ keys: [key.publicJwk] }),
      () => NOW,
    );
    await expect(strict.verify(await signToken(key, at()))).resolves.toMatchObject({ aadObjectId: OID });
    await expect(strict.verify(await signToken(key, at({ version: '1.0' })))).rejects.toBeInstanceOf(TokenRejected);
  });

  it('accepts a guest: nothing requires upn, and idp/acct are ignored', async () => {
    const token = await signToken(key, at({ aadObjectId: 'guest-oid', claims: guestClaims('home-tenant') }));
    await expect(verifier.verify(token)).resolves.toEqual({ tenantId: DEMO_TENANT_ID, aadObjectId: 'guest-oid' });
  });

  it('finds access_as_user among several scopes', async () => {
    const token = await signToken(key, at({ claims: { scp: 'User.Read access_as_user openid' } }));
    await expect(verifier.verify(token)).resolves.toMatchObject({ aadObjectId: OID });
  });

  it('compares tenants without regard to case (settings may be typed in capitals)', async () => {
    const upper = new SsoTokenVerifier(
      { ...rules, allowedTenants: ['AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE'] },
      createLocalJWKSet({ keys: [key.publicJwk] }),
      () => NOW,
    );
    const token = await signToken(key, at({ tenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' }));
    await expect(upper.verify(token)).resolves.toMatchObject({ tenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' });
  });

  it('allows the clock tolerance at both ends and not a second more', async () => {
    const justExpired = signToken(key, at({ claims: { exp: NOW_S - CLOCK_TOLERANCE_SECONDS + 1 } }));
    const almostValid = signToken(key, at({ claims: { nbf: NOW_S + CLOCK_TOLERANCE_SECONDS - 1 } }));
    await expect(verifier.verify(await justExpired)).resolves.toBeDefined();
    await expect(verifier.verify(await almostValid)).resolves.toBeDefined();
    const expired = await refusal(signToken(key, at({ claims: { exp: NOW_S - CLOCK_TOLERANCE_SECONDS - 1 } })));
    expect(expired.expired).toBe(true);
    expect((await refusal(signToken(key, at({ claims: { nbf: NOW_S + CLOCK_TOLERANCE_SECONDS + 1 } })))).detail).toMatch(/nbf/);
  });

  it.each<[string, (k: SigningKey, other: SigningKey) => Promise<string> | string, RegExp]>([
    ['another key under the trusted kid', (k, other) => signToken(other, at({ kid: k.kid })), /signature verification failed/],
    ['an unknown kid', (_k, other) => signToken(other, at()), /no applicable key found/i],
    ['alg none', () => unsignedToken(at()), /alg|not allowed|unsupported/i],
    ['HS256 with the public key as secret', (k) => hs256Token(k, at()), /alg|not allowed/i],
    ['a foreign audience', (k) => signToken(k, at({ claims: { aud: 'api://elsewhere/x' } })), /aud/],
    ['another tenant', (k) => signToken(k, at({ tenantId: 'stranger' })), /tenant stranger is not allowed/],
    [
      "another tenant's issuer",
      (k) => signToken(k, at({ claims: { iss: issuerFor('stranger', '2.0') } })),
      /issuer .* does not match tenant/,
    ],
    ['a v1 issuer on a v2 token', (k) => signToken(k, at({ claims: { iss: issuerFor(DEMO_TENANT_ID, '1.0') } })), /issuer/],
    ['an unknown version', (k) => signToken(k, at({ claims: { ver: '3.0' } })), /"ver"/],
    ['no scope', (k) => signToken(k, at({ claims: { scp: undefined } })), /"scp"/],
    [
      'a scope that only looks alike',
      (k) => signToken(k, at({ claims: { scp: 'access_as_user_x' } })),
      /scope access_as_user missing/,
    ],
    ['no oid', (k) => signToken(k, at({ claims: { oid: undefined } })), /"oid"/],
    ['an oid that is not an id', (k) => signToken(k, at({ claims: { oid: 'a/b' } })), /"oid"/],
    ['no exp', (k) => signToken(k, at({ claims: { exp: undefined } })), /exp/],
    ['garbage', () => 'garbage', /Invalid Compact JWS|JWS/i],
  ])('refuses %s', async (_name, make, reason) => {
    const rejected = await refusal(make(key, otherKey));
    expect(rejected.detail).toMatch(reason);
    expect(rejected.expired).toBe(false);
  });

  it('lets a failure to read the key set through (it is not the caller’s fault)', async () => {
    const broken = new SsoTokenVerifier(
      rules,
      () => Promise.reject(new Error('connect ECONNREFUSED')),
      () => NOW,
    );
    const token = await signToken(key, at());
    await expect(broken.verify(token)).rejects.toThrow('ECONNREFUSED');
    await expect(broken.verify(token)).rejects.not.toBeInstanceOf(TokenRejected);
  });
});
