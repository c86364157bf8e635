import type { ChannelPost } from './agenda-publication';

/**
 * Referat: what the meeting's minutes are made of, stored in the meeting's
 * partition. One `MeetingMinutes` row holds what concerns the whole meeting
 * (actual attendance, minute-taker, approval, amendments); each agenda item's
 * part is a row of its own (`MinutesItem`), so two people can write different
 * items at once, each with its own ETag.
 */

/** How a person actually took part, as recorded when the meeting is held. */
export const PRESENCES = ['inPerson', 'online', 'apologies', 'absent'] as const;
export type Presence = (typeof PRESENCES)[number];

/** What the member had answered before the meeting (kept so corrections stay visible). */
export type AnsweredBefore = 'attend' | 'remote' | 'apologies' | 'deputy' | 'notAnswered';

export interface ActualAttendance {
  memberId: string;
  presence: Presence;
  answered: AnsweredBefore;
  /** A deputy attending for this member (aadObjectId of the member they stand in for). */
  standingInFor?: string;
  cameLate?: boolean;
  leftEarly?: boolean;
}

/** One line of "spørsmål og kommentarer": "Name: text". */
export interface QaLine {
  name: string;
  text: string;
}

/** An agenda item's part of the minutes. */
export interface MinutesItem {
  meetingId: string;
  itemId: string;
  notes: string;
  qa: QaLine[];
  /** Vedtak. */
  decision: string;
  /** "Ikke behandlet — utsatt": the agenda item is marked postponed at the same time. */
  notReached: boolean;
  updatedAt: string;
  updatedBy: string;
}

/** A correction after approval: who, when, what changed, why. Never a silent edit. */
export interface Amendment {
  at: string;
  by: string;
  itemId: string;
  field: AmendableField;
  before: string;
  after: string;
  reason: string;
}
export const AMENDABLE_FIELDS = ['notes', 'decision'] as const;
export type AmendableField = (typeof AMENDABLE_FIELDS)[number];

export interface SentForApproval {
  at: string;
  by: string;
  /** The one channel card "minutes ready for approval"; claimed before posting, like the notice. */
  channelPost: ChannelPost;
}

export interface MinutesApproval {
  at: string;
  by: string;
  /** Corrections the meeting asked for, as recorded by the secretary. */
  corrections?: string;
}

export interface MeetingMinutes {
  meetingId: string;
  heldAt: string;
  heldBy: string;
  /** Held while still `collecting`: the secretary confirmed the notice went out another way. */
  noticeSentElsewhere?: boolean;
  attendance: ActualAttendance[];
  /** Referent: any member named by the secretary; writes the draft. */
  minuteTakerId?: string;
  sentForApproval?: SentForApproval;
  approval?: MinutesApproval;
  amendments: Amendment[];
}

/** The one row id of the meeting-wide minutes row. */
export const MINUTES_ROW_ID = 'minutes';

/** An empty part for an item nobody has written yet. */
export function emptyMinutesItem(meetingId: string, itemId: string, at: string, by: string): MinutesItem {
  return { meetingId, itemId, notes: '', qa: [], decision: '', notReached: false, updatedAt: at, updatedBy: by };
}
