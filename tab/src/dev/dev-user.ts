// Dev mode only: which demo member the browser acts as. Kept per browser tab, so two tabs can be two members.
const KEY = 'utvalg.devUser';

export function readDevUser(): string | undefined {
  try {
    return sessionStorage.getItem(KEY) ?? undefined;
  } catch (error) {
    console.warn('sessionStorage is unavailable; the demo user is not remembered', error);
    return undefined;
  }
}

export function writeDevUser(aadObjectId: string | undefined): void {
  try {
    if (aadObjectId === undefined) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, aadObjectId);
  } catch (error) {
    console.warn('sessionStorage is unavailable; the demo user is not remembered', error);
  }
}
