import type { Language } from '../domain/language';
import type { DecisionAction } from '../domain/proposal';
import { textsFor } from '../texts/catalogue';
import { bindCard, textData, type AdaptiveCard } from './bind-card';
import template from './proposal-decision-card.json';

export interface ProposalDecisionCardData {
  language: Language;
  action: DecisionAction;
  councilName: string;
  proposalTitle: string;
  /** The meeting the proposal was for, e.g. "torsdag 17. desember 2026 kl. 10.00–12.30". */
  meetingTime: string;
  /** The reason the secretary gave (required for decline and merge). */
  reason?: string;
  /** defer: the later meeting it moved to. */
  newMeetingTime?: string;
  /** merge: the item it was merged into ("24/20 Nytt fra NAV" once numbered). */
  mergedIntoTitle?: string;
  /** Who decided, so the proposer knows whom to ask. */
  decidedByName?: string;
}

/** The 1:1 message telling a proposer what became of their proposal, with the reason. All user text is data. */
export function proposalDecisionMessage(data: ProposalDecisionCardData): { text: string; card: AdaptiveCard } {
  const t = textsFor(data.language).proposalDecision;
  const heading = t.heading[data.action];
  const card = bindCard(template, {
    lang: data.language,
    t: textData(t),
    heading,
    headingColor: data.action === 'decline' ? 'Default' : 'Good',
    councilName: data.councilName,
    proposalTitle: data.proposalTitle,
    meetingTime: data.meetingTime,
    newMeetingTime: data.newMeetingTime ?? '',
    mergedIntoTitle: data.mergedIntoTitle ?? '',
    reason: data.reason ?? '',
    questions: data.decidedByName ? t.questions(data.decidedByName) : '',
  });
  return { text: t.summary(heading, data.proposalTitle), card };
}
