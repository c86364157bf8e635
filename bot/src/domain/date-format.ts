import { DateTime } from 'luxon';
import type { Language } from './language';

const LOCALE: Record<Language, string> = { nb: 'nb', nn: 'nn', en: 'en-GB' };
const AT: Record<Language, string> = { nb: 'kl.', nn: 'kl.', en: 'at' };

function inZone(iso: string, zone: string, language: Language): DateTime {
  return DateTime.fromISO(iso, { zone }).setLocale(LOCALE[language]);
}

/** "onsdag 18. september 2024" / "Wednesday 18 September 2024". */
export function formatDate(iso: string, zone: string, language: Language): string {
  const dt = inZone(iso, zone, language);
  return language === 'en' ? dt.toFormat('cccc d MMMM yyyy') : dt.toFormat('cccc d. MMMM yyyy');
}

/** "10.00" in Norwegian, "10:00" in English. */
export function formatTime(iso: string, zone: string, language: Language): string {
  return inZone(iso, zone, language).toFormat(language === 'en' ? 'HH:mm' : 'HH.mm');
}

/** "onsdag 18. september 2024 kl. 10.00–12.30": how councils write a meeting's time. */
export function formatMeetingTime(startIso: string, endIso: string, zone: string, language: Language): string {
  return `${formatDate(startIso, zone, language)} ${AT[language]} ${formatTime(startIso, zone, language)}–${formatTime(endIso, zone, language)}`;
}

/** "fredag 31. mai 2024 kl. 23.59": a deadline. */
export function formatDeadline(iso: string, zone: string, language: Language): string {
  return `${formatDate(iso, zone, language)} ${AT[language]} ${formatTime(iso, zone, language)}`;
}
