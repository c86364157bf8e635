import { DateTime } from 'luxon';

/** The calendar date (YYYY-MM-DD) of an instant in a zone: what "today" means for a council. */
export function calendarDate(instant: Date | string, timeZone: string): string {
  const dt =
    typeof instant === 'string'
      ? DateTime.fromISO(instant, { zone: timeZone })
      : DateTime.fromJSDate(instant, { zone: timeZone });
  const date = dt.toISODate();
  if (date === null) throw new RangeError(`Invalid instant or zone: ${String(instant)} ${timeZone}`);
  return date;
}
