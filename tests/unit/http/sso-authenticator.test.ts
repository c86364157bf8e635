import { createLocalJWKSet } from 'jose';
import type { Request } from 'restify';
import { silentLogger, type Logger } from '../../../bot/src/config/logger';
import { DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import { Unauthenticated } from '../../../bot/src/domain/errors';
import { createSsoAuthenticator, SsoAuthenticator } from '../../../bot/src/http/sso-authenticator';
import { SsoTokenVerifier } from '../../../bot/src/http/sso-token-verifier';
import { makeSigningKey, signToken, TEST_CLIENT_ID, type SigningKey } from '../../support/sso-tokens';

const NOW = new Date('2026-03-10T09:00:00Z');

/** Just the two things the authenticator reads from a restify request. */
function request(headers: Record<string, string>, path = '/api/me'): Request {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const fake = { header: (name: string) => lower[name.toLowerCase()], path: () => path, query: { devUser: 'someone' } };
  return fake as unknown as Request;
}

function recordingLog(): Logger & { lines: { level: string; message: string; fields?: Record<string, unknown> }[] } {
  const lines: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  return {
    lines,
    info: (message, fields) => lines.push({ level: 'info', message, fields }),
    warn: (message, fields) => lines.push({ level: 'warn', message, fields }),
    error: (message, fields) => lines.push({ level: 'error', message, fields }),
  };
}

describe('SsoAuthenticator', () => {
  let key: SigningKey;
  let log: ReturnType<typeof recordingLog>;
  let auth: SsoAuthenticator;

  beforeAll(async () => {
    key = await makeSigningKey('k1');
  });
  beforeEach(() => {
    log = recordingLog();
    const rules = { clientId: TEST_CLIENT_ID, allowedTenants: [DEMO_TENANT_ID] };
    auth = new SsoAuthenticator(new SsoTokenVerifier(rules, createLocalJWKSet({ keys: [key.publicJwk] }), () => NOW), log);
  });

  const refusal = async (req: Request): Promise<Unauthenticated> => {
    const error: unknown = await auth.authenticate(req).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof Unauthenticated)) throw new Error(`expected Unauthenticated, got ${String(error)}`);
    return error;
  };

  it('reads the bearer token (scheme in any case) and returns the principal', async () => {
    const token = await signToken(key, { now: NOW, aadObjectId: 'oid-1' });
    await expect(auth.authenticate(request({ Authorization: `bearer ${token}` }))).resolves.toEqual({
      tenantId: DEMO_TENANT_ID,
      aadObjectId: 'oid-1',
    });
  });

  it('never falls back to the dev header or ?devUser', async () => {
    const error = await refusal(request({ 'X-Utvalg-Dev-User': 'someone' }));
    expect(error.message).toBe('Not signed in: sign in through Teams (no token was sent)');
  });

  it('refuses another scheme or a non-JWT without trying to verify it', async () => {
    for (const header of ['Basic YTpi', 'Bearer', 'Bearer abc', 'Bearer a.b.c d.e.f']) {
      expect((await refusal(request({ Authorization: header }))).message).toBe(
        'Not signed in: the sign-in token was not accepted',
      );
    }
  });

  it('tells the caller little and the log the reason, never the token itself', async () => {
    const token = await signToken(key, { now: NOW, tenantId: 'stranger-tenant' });
    const error = await refusal(request({ Authorization: `Bearer ${token}` }));
    expect(error.message).toBe('Not signed in: the sign-in token was not accepted');
    expect(log.lines).toEqual([
      {
        level: 'warn',
        message: 'SSO token refused',
        fields: { reason: 'tenant stranger-tenant is not allowed', path: '/api/me' },
      },
    ]);
    expect(JSON.stringify(log.lines)).not.toContain(token.split('.')[2]);
  });

  it('turns a key-set failure into 401 for the caller and an error in the log', async () => {
    const broken = new SsoAuthenticator(
      new SsoTokenVerifier(
        { clientId: TEST_CLIENT_ID, allowedTenants: [DEMO_TENANT_ID] },
        () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:9')),
        () => NOW,
      ),
      log,
    );
    const token = await signToken(key, { now: NOW });
    const error: unknown = await broken.authenticate(request({ Authorization: `Bearer ${token}` })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Unauthenticated);
    expect((error as Unauthenticated).message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
    expect(log.lines).toEqual([expect.objectContaining({ level: 'error', message: 'SSO token could not be checked' })]);
  });
});

describe('createSsoAuthenticator', () => {
  it('refuses to build without SSO settings rather than start an open API', () => {
    expect(() => createSsoAuthenticator(undefined, { clock: () => NOW, log: silentLogger })).toThrow(/AAD_APP_CLIENT_ID/);
  });
});
