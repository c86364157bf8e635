/**
 * Text limits. They keep every value well inside an Azure Tables string
 * property (64 KiB) and keep cards small enough for Teams (~40–100 KB a message).
 */
export const LIMITS = {
  id: 64,
  name: 120,
  organisation: 120,
  councilName: 160,
  title: 200,
  description: 4000,
  reason: 500,
  place: 300,
  url: 2000,
  question: 1000,
  answer: 8000,
  questionsPerRequest: 10,
  /** An item's notes in the minutes. */
  minutesNotes: 20000,
  decision: 4000,
  qaLine: 2000,
  qaLinesPerItem: 60,
  corrections: 4000,
} as const;

/**
 * Items on one meeting's agenda, the standard ones included. Real councils have
 * 7–12; the limit keeps locking and publishing one transaction (an item row
 * each plus the published agenda, at most 100 rows) with room to spare.
 */
export const MAX_AGENDA_ITEMS = 50;
