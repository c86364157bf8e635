/**
 * Command-line flags of `npm start` and `npm run playground`. The clock flags
 * become UTVALG_CLOCK_START and UTVALG_CLOCK_SPEED, so one place (loadSettings)
 * checks their values and refuses them outside dev mode.
 */

/** `--name value` or `--name=value`; undefined when the flag is absent, '' when it has no value. */
export function flagValue(args: readonly string[], name: string): string | undefined {
  const index = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (index < 0) return undefined;
  const arg = args[index] ?? '';
  if (arg.includes('=')) return arg.slice(arg.indexOf('=') + 1);
  const next = args[index + 1];
  return next === undefined || next.startsWith('--') ? '' : next;
}

export class FlagError extends Error {}

const CLOCK_FLAGS = [
  { flag: '--clock-start', env: 'UTVALG_CLOCK_START', example: '2027-03-10T09:55:00+01:00' },
  { flag: '--clock-speed', env: 'UTVALG_CLOCK_SPEED', example: '60' },
] as const;

/** The environment the clock flags set; throws FlagError for a flag without a value. */
export function clockEnv(args: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { flag, env: name, example } of CLOCK_FLAGS) {
    const given = flagValue(args, flag);
    if (given === undefined) continue;
    if (given.trim() === '') throw new FlagError(`${flag} needs a value, e.g. ${flag} ${example}`);
    env[name] = given;
  }
  return env;
}
