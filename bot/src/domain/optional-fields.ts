/**
 * Copies the optional fields named in `keys` that `source` has set onto `target`. A field that is
 * absent stays absent (never `undefined`): stored rows and API answers then hold only what was given.
 */
export function withSetFields<T extends object, K extends keyof T>(
  target: T,
  source: Partial<Pick<T, K>>,
  keys: readonly K[],
): T {
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined) target[key] = value;
  }
  return target;
}
