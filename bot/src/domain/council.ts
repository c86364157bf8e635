import type { Language } from './language';
import type { QuorumRule } from './quorum';

export type CouncilKind = 'regional' | 'local';

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
  /** Team and channel the council is linked to (reminders go there). */
  teamId?: string;
  channelId?: string;
}
