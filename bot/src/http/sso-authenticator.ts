import type { Request } from 'restify';
import type { Principal } from '../app/deps';
import type { Logger } from '../config/logger';
import { Unauthenticated } from '../domain/errors';
import type { Authenticator } from './authenticator';
import type { SsoSettings } from '../config/settings';
import { remoteSigningKeys, SsoTokenVerifier, TokenRejected } from './sso-token-verifier';

/** A JWT is three base64url parts; anything else after "Bearer" is not worth a signature check. */
const BEARER = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)\s*$/i;

/**
 * Production: every tab API call carries the Teams SSO token as
 * `Authorization: Bearer …`, verified here on each call. Dev headers are not
 * read at all. Callers learn only "missing", "expired" or "not accepted"; the
 * precise reason goes to the log.
 */
export class SsoAuthenticator implements Authenticator {
  readonly devMode = false;

  constructor(
    private readonly verifier: SsoTokenVerifier,
    private readonly log: Logger,
  ) {}

  async authenticate(req: Request): Promise<Principal> {
    const header = req.header('authorization');
    if (!header) throw new Unauthenticated('sign in through Teams (no token was sent)');
    const token = BEARER.exec(header)?.[1];
    if (!token) {
      this.log.warn('SSO token refused', { reason: 'Authorization header is not a bearer JWT', path: req.path() });
      throw new Unauthenticated('the sign-in token was not accepted');
    }
    try {
      return await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenRejected) {
        this.log.warn('SSO token refused', { reason: error.detail, path: req.path() });
        throw new Unauthenticated(error.expired ? 'the sign-in token has expired' : 'the sign-in token was not accepted');
      }
      this.log.error('SSO token could not be checked', { error: error instanceof Error ? error.message : String(error) });
      throw new Unauthenticated('the sign-in token could not be checked; try again');
    }
  }
}

/** The production authenticator; `jwksUrl` is for tests only (see ComposeOptions). */
export function createSsoAuthenticator(
  sso: SsoSettings | undefined,
  options: { jwksUrl?: URL; clock: () => Date; log: Logger },
): SsoAuthenticator {
  // loadSettings guarantees SSO settings outside dev mode; a hand-built Settings without them must not start open.
  if (!sso) throw new Error('Outside dev mode the tab API needs SSO settings (AAD_APP_CLIENT_ID, AAD_APP_TENANT_ID)');
  const verifier = new SsoTokenVerifier(sso, remoteSigningKeys(options.jwksUrl), options.clock);
  return new SsoAuthenticator(verifier, options.log);
}
