import type { Logger } from '../../bot/src/config/logger';
import { DEMO_TENANT_ID } from '../../bot/src/dev/demo-ids';
import { makeSigningKey, serveJwks, TEST_APP_ID_URI, TEST_CLIENT_ID, type JwksServer, type SigningKey } from './sso-tokens';
import { startSsoTestApp, type RunningTestApp } from './test-app';

/** The production server of startSsoTestApp, trusting one local signing key; close() stops the server and its JWKS. */
export interface SignedSsoTestApp extends RunningTestApp {
  /** The key the server trusts: tests sign their users' Teams SSO tokens with it (signToken). */
  key: SigningKey;
  /** The key set the server reads `key` from. */
  jwks: JwksServer;
}

/**
 * A fresh signing key (`keyId`), a local JWKS serving it, and the production
 * server for the demo tenant and the test app (TEST_CLIENT_ID,
 * TEST_APP_ID_URI) reading its keys from there.
 */
export async function startSignedSsoTestApp(options: {
  keyId: string;
  /** Other tenants whose users may sign in (UTVALG_ALLOWED_TENANTS). */
  allowedTenants?: string[];
  clock?: () => Date;
  log?: Logger;
}): Promise<SignedSsoTestApp> {
  const key = await makeSigningKey(options.keyId);
  const jwks = await serveJwks([key.publicJwk]);
  const running = await startSsoTestApp({
    jwksUrl: jwks.url,
    sso: {
      clientId: TEST_CLIENT_ID,
      tenantId: DEMO_TENANT_ID,
      appIdUri: TEST_APP_ID_URI,
      ...(options.allowedTenants ? { allowedTenants: options.allowedTenants } : {}),
    },
    clock: options.clock,
    log: options.log,
  }).catch(async (error: unknown) => {
    await jwks.close();
    throw error;
  });
  const close = async (): Promise<void> => {
    await running.close();
    await jwks.close();
  };
  return { ...running, key, jwks, close };
}
