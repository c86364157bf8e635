import type { Language } from './language';
import type { QuorumRule } from './quorum';

export type CouncilKind = 'regional' | 'local';

/**
 * Who reads written input before the meeting. Input shared among members can
 * become a public case document under the Freedom of Information Act
 * (offentleglova), so the safe default keeps it with the secretary until then.
 */
export const INPUT_VISIBILITIES = ['secretaryUntilMeeting', 'allMembers'] as const;
export type InputVisibility = (typeof INPUT_VISIBILITIES)[number];
export const DEFAULT_INPUT_VISIBILITY: InputVisibility = 'secretaryUntilMeeting';

/** A user council (brukerutvalg). */
export interface Council {
  id: string;
  tenantId: string;
  name: string;
  kind: CouncilKind;
  /** Set for a local council: the regional council it reports to. */
  parentCouncilId?: string;
  language: Language;
  /** IANA zone; dates are shown and case years counted in it. */
  timeZone: string;
  quorumRule: QuorumRule;
  /** Where the case-number series continues when the council adopts Utvalg mid-year. */
  caseNumberStart?: { year: number; next: number };
  inputVisibility: InputVisibility;
  /** Months after approval before a meeting is archived (default DEFAULT_ARCHIVE_AFTER_MONTHS, 12). */
  minutesArchiveMonths?: number;
  /** Team and channel the council is linked to (reminders go there). */
  teamId?: string;
  channelId?: string;
}
