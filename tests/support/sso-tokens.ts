import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWK, type JWTPayload, type KeyLike } from 'jose';
import { DEMO_TENANT_ID } from '../../bot/src/dev/demo-ids';

/**
 * Tokens shaped like the ones Teams SSO hands the tab, signed with a key pair
 * the test makes, and a local JWKS endpoint that serves the public half.
 */

export const TEST_CLIENT_ID = '11111111-2222-3333-4444-555555555555';
export const TEST_APP_ID_URI = `api://utvalg.example.org/${TEST_CLIENT_ID}`;
/** The Teams desktop/web client that asks Entra ID for the token on the tab's behalf. */
const TEAMS_CLIENT_ID = '1fec8e78-bce4-4aaf-ab1b-5451cc387264';

export interface SigningKey {
  kid: string;
  privateKey: KeyLike;
  publicJwk: JWK;
  /** The public key as PEM: the secret an HS256 "algorithm confusion" forgery would use. */
  publicPem: string;
}

export async function makeSigningKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const publicJwk = { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' };
  return { kid, privateKey, publicJwk, publicPem: await exportSPKI(publicKey) };
}

export interface TokenOptions {
  /** Instant the token is issued at (usually the app's pinned clock). */
  now: Date;
  tenantId?: string;
  aadObjectId?: string;
  version?: '1.0' | '2.0';
  /** Claims added, replaced, or (value undefined) removed. */
  claims?: Record<string, unknown>;
  /** Signs with this key but names `kid` in the header (a forgery under a trusted key id). */
  kid?: string;
}

/** Claims as Entra ID writes them for Teams SSO: v2 tokens name the client id as audience, v1 the Application ID URI. */
export function ssoClaims(options: TokenOptions): JWTPayload {
  const tid = options.tenantId ?? DEMO_TENANT_ID;
  const version = options.version ?? '2.0';
  const iat = Math.floor(options.now.getTime() / 1000) - 60;
  const common: JWTPayload = {
    iat,
    nbf: iat,
    exp: iat + 3600,
    tid,
    oid: options.aadObjectId ?? '00000000-0000-0000-0000-000000000020',
    scp: 'access_as_user',
    ver: version,
    name: 'Alex Wilber',
  };
  const byVersion: JWTPayload =
    version === '2.0'
      ? {
          aud: TEST_CLIENT_ID,
          iss: `https://login.microsoftonline.com/${tid}/v2.0`,
          azp: TEAMS_CLIENT_ID,
          preferred_username: 'alexw@example.org',
        }
      : { aud: TEST_APP_ID_URI, iss: `https://sts.windows.net/${tid}/`, appid: TEAMS_CLIENT_ID, upn: 'alexw@example.org' };
  const claims: Record<string, unknown> = { ...common, ...byVersion, ...options.claims };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  return claims;
}

export function signToken(key: SigningKey, options: TokenOptions): Promise<string> {
  return new SignJWT(ssoClaims(options))
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: options.kid ?? key.kid })
    .sign(key.privateKey);
}

/**
 * A guest as Entra ID issues for them in the host tenant: tid is the host, oid
 * their guest object there; `idp` names the home tenant, `acct` 1, no `upn`.
 */
export function guestClaims(homeTenantId: string): Record<string, unknown> {
  return {
    idp: `https://sts.windows.net/${homeTenantId}/`,
    acct: 1,
    upn: undefined,
    preferred_username: 'kari.gjest@partner.example',
    unique_name: 'live.com#kari.gjest@partner.example',
    name: 'Kari Gjest',
  };
}

const base64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An unsigned token (`alg: none`), which must never be accepted. */
export function unsignedToken(options: TokenOptions): string {
  return `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(ssoClaims(options))}.`;
}

/** HS256 with the public key as the shared secret: the classic forgery against verifiers that trust the header's alg. */
export function hs256Token(key: SigningKey, options: TokenOptions): Promise<string> {
  return new SignJWT(ssoClaims(options))
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', kid: key.kid })
    .sign(new TextEncoder().encode(key.publicPem));
}

export interface JwksServer {
  url: URL;
  /** How many times the key set was fetched. */
  fetches(): number;
  close(): Promise<void>;
}

/** Serves `{ keys }` on a free local port, like https://login.microsoftonline.com/common/discovery/v2.0/keys. */
export async function serveJwks(keys: JWK[]): Promise<JwksServer> {
  let fetches = 0;
  // No chained writeHead(): restify, loaded in the same process, patches ServerResponse and returns nothing from it.
  const server = createServer((req, res) => {
    if (req.url !== '/keys') {
      res.statusCode = 404;
      res.end();
      return;
    }
    fetches += 1;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}/keys`),
    fetches: () => fetches,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
