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
/** The tenant of the dev user (the picker lists councils of every tenant); absent: the default user's tenant. */
export const DEV_TENANT_HEADER = 'x-utvalg-dev-tenant';

/**
 * Dev mode only (settings.ts refuses it in production; compose.ts builds it
 * only in dev mode): the caller says who they are with headers or
 * `?devUser=`/`?devTenant=`, defaulting to the demo secretary in the demo tenant.
 */
export class DevAuthenticator implements Authenticator {
  readonly devMode = true;
  constructor(private readonly defaultUser: Principal) {}

  authenticate(req: Request): Promise<Principal> {
    const user = chosen(req, DEV_USER_HEADER, 'devUser');
    const tenant = chosen(req, DEV_TENANT_HEADER, 'devTenant');
    if (user === undefined && tenant === undefined) return Promise.resolve(this.defaultUser);
    if (user === undefined) return Promise.reject(new Unauthenticated('a dev tenant needs a dev user'));
    const parsedUser = idSchema.safeParse(user);
    if (!parsedUser.success) return Promise.reject(new Unauthenticated('the dev user id is not a valid id'));
    const parsedTenant = idSchema.safeParse(tenant ?? this.defaultUser.tenantId);
    if (!parsedTenant.success) return Promise.reject(new Unauthenticated('the dev tenant id is not a valid id'));
    return Promise.resolve({ tenantId: parsedTenant.data, aadObjectId: parsedUser.data });
  }
}

/** A header, or else a query parameter (a link can name a dev user); empty counts as absent. */
function chosen(req: Request, header: string, query: string): string | undefined {
  const fromHeader = req.header(header);
  if (fromHeader) return fromHeader;
  const fromQuery = (req.query as Record<string, unknown> | undefined)?.[query];
  return typeof fromQuery === 'string' && fromQuery !== '' ? fromQuery : undefined;
}
