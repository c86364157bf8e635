import { formatDate } from '../domain/date-format';
import type { Language } from '../domain/language';
import type { ApologyLine, OpenFollowUp, PresentLine } from '../domain/minutes-draft';
import type { Catalogue } from './catalogue';

/**
 * "Megan Bowen, leder – FFO (digitalt, kom senere)": a person in the minutes'
 * Til stede or Forfall, as the minutes view and the minutes documents both
 * write it. An apology shows its reason only where the member allowed it
 * (the draft holds no other), otherwise just "forfall".
 */
export function minutesPersonText(line: PresentLine | ApologyLine, texts: Pick<Catalogue, 'minutes' | 'app'>): string {
  const t = texts.minutes;
  const role = [texts.app.role[line.role], line.organisation].filter(Boolean).join(' – ');
  const notes: string[] = [];
  if ('online' in line) {
    if (line.online) notes.push(t.online);
    if (line.cameLate) notes.push(t.cameLate);
    if (line.leftEarly) notes.push(t.leftEarly);
    if (line.standingInFor) notes.push(t.standingInFor(line.standingInFor));
    if (line.cameUnannounced) notes.push(t.cameUnannounced);
  } else {
    notes.push(line.withoutNotice ? t.withoutNotice : (line.reason ?? t.apologiesOnly));
  }
  return `${line.name}, ${role}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

/** "Isaiah Langer: Legge fram tall …, frist mandag 21. desember 2026": an open follow-up of an earlier meeting in the minutes view. */
export function openFollowUpText(
  followUp: OpenFollowUp,
  zone: string,
  language: Language,
  texts: Pick<Catalogue, 'minutes'>,
): string {
  const t = texts.minutes;
  if (!followUp.due) return t.followUpLine(followUp.who, followUp.what);
  // "… per kontor., frist …" reads wrong: the sentence's own full stop gives way to the due date.
  const what = followUp.what.trimEnd().replace(/\.$/, '');
  return [t.followUpLine(followUp.who, what), t.due(formatDate(followUp.due, zone, language))].join(', ');
}
