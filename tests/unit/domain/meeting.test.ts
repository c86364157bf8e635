import { hasStarted, nextMeeting } from '../../../bot/src/domain/meeting';
import { aMeeting } from './builders';

describe('nextMeeting', () => {
  const now = new Date('2024-09-01T12:00:00.000Z');

  it('is the earliest meeting that has not started and is not cancelled', () => {
    const meetings = [
      aMeeting({ id: 'dec', startsAt: '2024-12-04T09:00:00.000Z' }),
      aMeeting({ id: 'past', startsAt: '2024-06-05T08:00:00.000Z', status: 'minutesApproved' }),
      aMeeting({ id: 'cancelled', startsAt: '2024-09-04T08:00:00.000Z', status: 'cancelled', cancelledReason: 'Sykdom' }),
      aMeeting({ id: 'sep', startsAt: '2024-09-18T08:00:00.000Z' }),
    ];
    expect(nextMeeting(meetings, now)?.id).toBe('sep');
  });

  it('is undefined when nothing is upcoming', () => {
    expect(nextMeeting([aMeeting({ startsAt: '2024-06-05T08:00:00.000Z' })], now)).toBeUndefined();
    expect(nextMeeting([], now)).toBeUndefined();
  });

  // Meeting times pass the schema with an offset (z.iso.datetime({ offset: true })).
  it('compares instants, not text, when a start time carries an offset', () => {
    const meetings = [
      aMeeting({ id: 'utc', startsAt: '2024-09-18T09:00:00.000Z' }), // 11:00 in Oslo
      aMeeting({ id: 'offset', startsAt: '2024-09-18T10:00:00+02:00' }), // 08:00Z, earlier
    ];
    expect(nextMeeting(meetings, now)?.id).toBe('offset');
  });
});

describe('hasStarted', () => {
  const meeting = aMeeting({ startsAt: '2024-09-18T08:00:00.000Z' });

  it('has not started just before, has started at and after the start', () => {
    expect(hasStarted(meeting, new Date('2024-09-18T07:59:59.999Z'))).toBe(false);
    expect(hasStarted(meeting, new Date('2024-09-18T08:00:00.000Z'))).toBe(true);
    expect(hasStarted(meeting, new Date('2024-09-18T09:00:00.000Z'))).toBe(true);
  });

  it('has started at the start when the start time is stored without milliseconds', () => {
    expect(hasStarted(aMeeting({ startsAt: '2024-09-18T08:00:00Z' }), new Date('2024-09-18T08:00:00.000Z'))).toBe(true);
  });

  it('has started when the start time is stored with an Oslo offset', () => {
    const withOffset = aMeeting({ startsAt: '2024-09-18T10:00:00+02:00' });
    expect(hasStarted(withOffset, new Date('2024-09-18T07:59:00.000Z'))).toBe(false);
    expect(hasStarted(withOffset, new Date('2024-09-18T08:30:00.000Z'))).toBe(true);
  });
});
