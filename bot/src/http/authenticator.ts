import type { Request } from 'restify';
import type { Principal } from '../app/deps';
import { Unauthenticated } from '../domain/errors';
import { idSchema } from '../schemas/domain-schemas';

/** Turns a tab API request into a principal, or throws Unauthenticated. */
export interface Authenticator {
  authenticate(req: Request): Promise<Principal>;
  readonly devMode: boolean;
}

export const DEV_USER_HEADER = 'x-utvalg-dev-user';

/**
 * Dev mode only (settings.ts refuses it in production): the caller says who
 * they are with a header or `?devUser=`, defaulting to the demo secretary.
 */
export class DevAuthenticator implements Authenticator {
  readonly devMode = true;
  constructor(private readonly defaultUser: Principal) {}

  authenticate(req: Request): Promise<Principal> {
    const header = req.header(DEV_USER_HEADER);
    const query = (req.query as Record<string, unknown> | undefined)?.['devUser'];
    const chosen = header || (typeof query === 'string' ? query : undefined);
    if (chosen === undefined) return Promise.resolve(this.defaultUser);
    const parsed = idSchema.safeParse(chosen);
    if (!parsed.success) return Promise.reject(new Unauthenticated('the dev user id is not a valid id'));
    return Promise.resolve({ tenantId: this.defaultUser.tenantId, aadObjectId: parsed.data });
  }
}
