import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { z } from 'zod';
import type { Principal } from '../app/deps';
import { idSchema } from '../schemas/domain-schemas';

/**
 * Entra ID's signing keys for every tenant. Fixed in code on purpose: a key
 * URL read from the environment would let whoever sets it mint accepted tokens.
 */
export const MICROSOFT_SIGNING_KEYS_URL = new URL('https://login.microsoftonline.com/common/discovery/v2.0/keys');

/** The delegated scope the tab's app registration exposes for Teams SSO. */
export const SSO_SCOPE = 'access_as_user';

/** Clocks on Entra's and our servers differ a little; more than this and the token is refused. */
export const CLOCK_TOLERANCE_SECONDS = 60;

/** jose fetches the key set on first use, caches it, and refetches (at most every 30 s) when a key id is unknown. */
export function remoteSigningKeys(url: URL = MICROSOFT_SIGNING_KEYS_URL): JWTVerifyGetKey {
  return createRemoteJWKSet(url);
}

/** Who may call: the tab's app registration and the tenants whose users (members and guests) are let in. */
export interface SsoTokenRules {
  clientId: string;
  /** `api://<tab domain>/<client id>`: v1 tokens carry it as their audience. */
  appIdUri?: string;
  allowedTenants: readonly string[];
}

/** The issuer Entra ID writes into a tenant's tokens, by token version. */
export function issuerFor(tenantId: string, version: '1.0' | '2.0'): string {
  return version === '2.0' ? `https://login.microsoftonline.com/${tenantId}/v2.0` : `https://sts.windows.net/${tenantId}/`;
}

/** A token we refuse. `detail` is for the server log only; callers hear no more than "expired" or "not accepted". */
export class TokenRejected extends Error {
  constructor(
    readonly detail: string,
    readonly expired = false,
  ) {
    super(`SSO token rejected: ${detail}`);
    this.name = 'TokenRejected';
  }
}

// Only what we rely on. Guests carry `idp`/`acct` and often no `upn`: none of those is read, so none is required.
const claimsSchema = z.object({
  iss: z.string(),
  ver: z.enum(['1.0', '2.0']),
  tid: idSchema,
  oid: idSchema,
  scp: z.string(),
});

/** Checks a Teams SSO access token completely: signature, algorithm, audience, times, issuer, tenant, scope. */
export class SsoTokenVerifier {
  private readonly audiences: string[];
  private readonly allowedTenants: ReadonlySet<string>;

  constructor(
    private readonly rules: SsoTokenRules,
    private readonly keys: JWTVerifyGetKey,
    private readonly clock: () => Date,
  ) {
    this.audiences = [rules.clientId, ...(rules.appIdUri ? [rules.appIdUri] : [])];
    // Tenant ids are GUIDs; Entra writes them in lower case, operators may not.
    this.allowedTenants = new Set(rules.allowedTenants.map((t) => t.toLowerCase()));
  }

  /** The caller's principal, or TokenRejected. Other errors (e.g. the key set could not be fetched) pass through. */
  async verify(token: string): Promise<Principal> {
    const payload = await this.verifySignatureAndTimes(token);
    const parsed = claimsSchema.safeParse(payload);
    if (!parsed.success) {
      const claim = parsed.error.issues[0]?.path.join('.') ?? 'claims';
      throw new TokenRejected(`claim "${claim}" missing or malformed`);
    }
    const { iss, ver, tid, oid, scp } = parsed.data;
    if (!this.allowedTenants.has(tid.toLowerCase())) throw new TokenRejected(`tenant ${tid} is not allowed`);
    // The issuer must be the token's own tenant in the form its version uses; another tenant's issuer is a forgery sign.
    if (iss !== issuerFor(tid, ver)) throw new TokenRejected(`issuer ${iss} does not match tenant ${tid} (v${ver})`);
    if (!scp.split(' ').includes(SSO_SCOPE)) throw new TokenRejected(`scope ${SSO_SCOPE} missing`);
    return { tenantId: tid, aadObjectId: oid };
  }

  private async verifySignatureAndTimes(token: string): Promise<JWTPayload> {
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        algorithms: ['RS256'],
        audience: this.audiences,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        currentDate: this.clock(),
        requiredClaims: ['exp'],
      });
      return payload;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new TokenRejected(error.message, true);
      // A key set we cannot fetch or read is our problem, not the caller's: it passes through to be logged as an error.
      const keySetTrouble = error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid;
      if (error instanceof errors.JOSEError && !keySetTrouble) {
        throw new TokenRejected(`${error.code}: ${error.message}`);
      }
      throw error;
    }
  }
}
