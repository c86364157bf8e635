import { instantFromLocal, localDateAndTime } from '../../../bot/src/domain/zoned-time';

const OSLO = 'Europe/Oslo';

describe('instantFromLocal', () => {
  it('reads a summer date and time in Oslo (UTC+2)', () => {
    expect(instantFromLocal('2024-09-13', '23:59', OSLO)).toBe('2024-09-13T21:59:00.000Z');
  });

  it('reads a winter date and time in Oslo (UTC+1)', () => {
    expect(instantFromLocal('2024-12-13', '12:00', OSLO)).toBe('2024-12-13T11:00:00.000Z');
  });

  it('refuses a time that does not exist when the clocks go forward (31 March 2024 02:30)', () => {
    expect(instantFromLocal('2024-03-31', '02:30', OSLO)).toBeUndefined();
  });

  it('refuses missing or malformed parts', () => {
    expect(instantFromLocal('', '12:00', OSLO)).toBeUndefined();
    expect(instantFromLocal('2024-09-13', '', OSLO)).toBeUndefined();
    expect(instantFromLocal('13.09.2024', '12:00', OSLO)).toBeUndefined();
    expect(instantFromLocal('2024-02-30', '12:00', OSLO)).toBeUndefined();
  });
});

describe('localDateAndTime', () => {
  it('is the inverse for a real time, in summer and winter', () => {
    expect(localDateAndTime('2024-09-13T21:59:00.000Z', OSLO)).toEqual({ date: '2024-09-13', time: '23:59' });
    expect(localDateAndTime('2024-12-13T11:00:00.000Z', OSLO)).toEqual({ date: '2024-12-13', time: '12:00' });
  });

  it('puts an instant late in the UTC evening on the next Oslo day', () => {
    expect(localDateAndTime('2024-09-17T22:30:00.000Z', OSLO)).toEqual({ date: '2024-09-18', time: '00:30' });
  });
});
