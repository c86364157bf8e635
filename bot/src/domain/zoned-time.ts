import { DateTime } from 'luxon';

/**
 * The instant a wall-clock date and time in a zone stand for ("2024-09-13",
 * "23:59", Europe/Oslo → 2024-09-13T21:59:00.000Z), or undefined when either
 * part is missing or not a real time (e.g. in the spring-forward gap).
 */
export function instantFromLocal(date: string, time: string, zone: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!local.isValid) return undefined;
  // Luxon moves a time in the DST gap forward; a time that does not exist on the clock is refused instead.
  if (local.toFormat('yyyy-MM-dd HH:mm') !== `${date} ${time}`) return undefined;
  return local.toUTC().toISO() ?? undefined;
}

/** The wall-clock date (YYYY-MM-DD) and time (HH:mm) of an instant in a zone, for date and time inputs. */
export function localDateAndTime(iso: string, zone: string): { date: string; time: string } {
  const local = DateTime.fromISO(iso, { zone });
  return { date: local.toFormat('yyyy-MM-dd'), time: local.toFormat('HH:mm') };
}
