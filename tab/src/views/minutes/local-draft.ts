import type { MinutesItemFields } from '../../api/minutes-api';

/**
 * What someone typed into an item of the minutes, kept in the browser until
 * the server has it: a reload, a lost connection or a conflict loses nothing.
 * Keyed by council, meeting and item; removed once a save succeeds.
 */
const PREFIX = 'utvalg.minutes';

const keyOf = (councilId: string, meetingId: string, itemId: string) => `${PREFIX}:${councilId}:${meetingId}:${itemId}`;

export function readLocalDraft(councilId: string, meetingId: string, itemId: string): MinutesItemFields | undefined {
  try {
    const raw = window.localStorage.getItem(keyOf(councilId, meetingId, itemId));
    if (raw === null) return undefined;
    const value: unknown = JSON.parse(raw);
    return isFields(value) ? value : undefined;
  } catch {
    // Storage switched off or the value unreadable: there is simply no local copy.
    return undefined;
  }
}

export function writeLocalDraft(councilId: string, meetingId: string, itemId: string, fields: MinutesItemFields): void {
  try {
    window.localStorage.setItem(keyOf(councilId, meetingId, itemId), JSON.stringify(fields));
  } catch {
    // Full or switched off: the text is still in the form.
  }
}

export function clearLocalDraft(councilId: string, meetingId: string, itemId: string): void {
  try {
    window.localStorage.removeItem(keyOf(councilId, meetingId, itemId));
  } catch {
    // Nothing to remove.
  }
}

function isFields(value: unknown): value is MinutesItemFields {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['notes'] === 'string' &&
    typeof v['decision'] === 'string' &&
    typeof v['notReached'] === 'boolean' &&
    Array.isArray(v['qa']) &&
    v['qa'].every(
      (l: unknown) =>
        typeof l === 'object' &&
        l !== null &&
        typeof (l as Record<string, unknown>)['name'] === 'string' &&
        typeof (l as Record<string, unknown>)['text'] === 'string',
    )
  );
}

/** "Name: text" per line, as councils write Q&A; a line without a colon is a text without a name. */
export function parseQa(text: string): MinutesItemFields['qa'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      return colon > 0 ? { name: line.slice(0, colon).trim(), text: line.slice(colon + 1).trim() } : { name: '', text: line };
    });
}

export function formatQa(qa: MinutesItemFields['qa']): string {
  return qa.map((l) => (l.name === '' ? l.text : `${l.name}: ${l.text}`)).join('\n');
}
