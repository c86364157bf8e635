import { clockEnv, FlagError, flagValue } from '../../../bot/src/dev/dev-flags';

describe('the dev scripts’ flags', () => {
  it('turn --clock-start and --clock-speed into the settings’ environment (both spellings)', () => {
    expect(clockEnv(['--clock-start', '2027-03-10T09:55:00+01:00', '--clock-speed=60'])).toEqual({
      UTVALG_CLOCK_START: '2027-03-10T09:55:00+01:00',
      UTVALG_CLOCK_SPEED: '60',
    });
    expect(clockEnv(['--in-memory'])).toEqual({});
  });

  it('refuse a clock flag without a value, naming the flag and an example', () => {
    expect(() => clockEnv(['--clock-start'])).toThrow(FlagError);
    expect(() => clockEnv(['--clock-start', '--clock-speed', '60'])).toThrow(
      /--clock-start needs a value, e\.g\. --clock-start 2027/,
    );
    expect(() => clockEnv(['--clock-speed='])).toThrow(/--clock-speed needs a value/);
  });

  it('read --as the same way', () => {
    expect(flagValue(['--as', 'lynne'], '--as')).toBe('lynne');
    expect(flagValue(['--as=patti'], '--as')).toBe('patti');
    expect(flagValue([], '--as')).toBeUndefined();
  });
});
