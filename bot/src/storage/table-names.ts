/** Logical tables. A prefix lets tests and several environments share one account. */
export const TABLE_KINDS = [
  'councils',
  'members',
  'memberships',
  'meetings',
  'meetingWork',
  'caseCounters',
  'conversations',
  'handledActivities',
  'councilIndex',
  'calendarFeeds',
  'followUps',
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** Table names must be alphanumeric, 3–63 characters, starting with a letter. */
export function tableName(prefix: string, kind: TableKind): string {
  const name = `${prefix}${kind[0]!.toUpperCase()}${kind.slice(1)}`;
  if (!/^[A-Za-z][A-Za-z0-9]{2,62}$/.test(name)) throw new Error(`Invalid table name "${name}"`);
  return name;
}
