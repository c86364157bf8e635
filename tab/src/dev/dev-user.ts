// Dev mode only: which demo member the browser acts as, and in which tenant. Kept per browser tab, so two tabs can be two members.
const USER_KEY = 'utvalg.devUser';
const TENANT_KEY = 'utvalg.devTenant';

export interface DevUser {
  aadObjectId: string;
  /** Absent: the demo tenant (what the server assumes). */
  tenantId?: string;
}

export function readDevUser(): DevUser | undefined {
  try {
    const aadObjectId = sessionStorage.getItem(USER_KEY) ?? undefined;
    if (aadObjectId === undefined) return undefined;
    const tenantId = sessionStorage.getItem(TENANT_KEY) ?? undefined;
    return tenantId === undefined ? { aadObjectId } : { aadObjectId, tenantId };
  } catch (error) {
    console.warn('sessionStorage is unavailable; the demo user is not remembered', error);
    return undefined;
  }
}

export function writeDevUser(user: DevUser | undefined): void {
  try {
    if (user === undefined) sessionStorage.removeItem(USER_KEY);
    else sessionStorage.setItem(USER_KEY, user.aadObjectId);
    if (user?.tenantId === undefined) sessionStorage.removeItem(TENANT_KEY);
    else sessionStorage.setItem(TENANT_KEY, user.tenantId);
  } catch (error) {
    console.warn('sessionStorage is unavailable; the demo user is not remembered', error);
  }
}
