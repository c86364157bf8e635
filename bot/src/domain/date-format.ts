import { DateTime } from 'luxon';
import type { Language } from './language';

/**
 * Weekday and month names per language, spelled out here rather than taken
 * from Intl: browsers ship no nynorsk locale data (Chromium falls back to
 * English), and the bot and the tab must write dates the same way.
 */
const WEEKDAYS: Record<Language, readonly string[]> = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  nn: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const MONTHS: Record<Language, readonly string[]> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const AT: Record<Language, string> = { nb: 'kl.', nn: 'kl.', en: 'at' };

function inZone(iso: string, zone: string): DateTime {
  const dt = DateTime.fromISO(iso, { zone });
  if (!dt.isValid) throw new RangeError(`Invalid instant or zone: ${iso} ${zone}`);
  return dt;
}

/** "onsdag 18. september 2024" / "Wednesday 18 September 2024". */
export function formatDate(iso: string, zone: string, language: Language): string {
  return `${formatDayAndMonth(iso, zone, language)} ${inZone(iso, zone).year}`;
}

/** "onsdag 18. september" / "Wednesday 18 September": a date this year, as a notice writes it. */
export function formatDayAndMonth(iso: string, zone: string, language: Language): string {
  const dt = inZone(iso, zone);
  const weekday = WEEKDAYS[language][dt.weekday - 1] ?? '';
  const month = MONTHS[language][dt.month - 1] ?? '';
  return language === 'en' ? `${weekday} ${dt.day} ${month}` : `${weekday} ${dt.day}. ${month}`;
}

/** "24. mai 2024" / "24 May 2024": a date without its weekday, as a document's title writes it. */
export function formatPlainDate(iso: string, zone: string, language: Language): string {
  const dt = inZone(iso, zone);
  const month = MONTHS[language][dt.month - 1] ?? '';
  return language === 'en' ? `${dt.day} ${month} ${dt.year}` : `${dt.day}. ${month} ${dt.year}`;
}

/** "10.00" in Norwegian, "10:00" in English. */
export function formatTime(iso: string, zone: string, language: Language): string {
  return inZone(iso, zone).toFormat(language === 'en' ? 'HH:mm' : 'HH.mm');
}

/**
 * "onsdag 18. september 2024 kl. 10.00–12.30": how councils write a meeting's time.
 * `withYear: false` gives "onsdag 18. september kl. 10.00–12.30" (a notice for a meeting this year).
 */
export function formatMeetingTime(
  startIso: string,
  endIso: string,
  zone: string,
  language: Language,
  options: { withYear?: boolean } = {},
): string {
  const date = options.withYear === false ? formatDayAndMonth(startIso, zone, language) : formatDate(startIso, zone, language);
  return `${date} ${AT[language]} ${formatTime(startIso, zone, language)}–${formatTime(endIso, zone, language)}`;
}

/** "fredag 31. mai 2024 kl. 23.59": a deadline. */
export function formatDeadline(iso: string, zone: string, language: Language): string {
  return `${formatDate(iso, zone, language)} ${AT[language]} ${formatTime(iso, zone, language)}`;
}
