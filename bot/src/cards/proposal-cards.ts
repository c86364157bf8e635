import { ITEM_KINDS } from '../domain/agenda';
import type { Language } from '../domain/language';
import { LIMITS } from '../domain/limits';
import type { FieldProblem } from '../schemas/field-problems';
import { textsFor } from '../texts/catalogue';
import { problemText } from '../texts/problem-text';
import { bindCard, textData, type AdaptiveCard } from './bind-card';
import { fieldErrorTexts } from './field-errors';
import formTemplate from './proposal-form-card.json';
import receiptTemplate from './proposal-receipt-card.json';

export const PROPOSAL_FIELDS = ['meeting', 'title', 'description', 'kind', 'presenter', 'link'] as const;

export interface MeetingChoice {
  /** Shown: "torsdag 17. desember 2026 kl. 10.00–12.30" (with the council's name when a member has several). */
  title: string;
  /** meetingChoiceValue(ref). */
  value: string;
}

export interface ProposalFormData {
  language: Language;
  formId: string;
  meetings: MeetingChoice[];
  /** What the member typed (kept when the form comes back with problems). */
  values: Partial<Record<(typeof PROPOSAL_FIELDS)[number], string>>;
  problems: FieldProblem[];
}

/** The proposal form: meeting, title, description, kind, presenter, link. */
export function proposalFormCard(data: ProposalFormData): AdaptiveCard {
  const { proposalCard: t, cards: common } = textsFor(data.language);
  const values = Object.fromEntries(PROPOSAL_FIELDS.map((f) => [f, data.values[f] ?? '']));
  if (values['meeting'] === '' && data.meetings.length === 1) values['meeting'] = data.meetings[0]!.value;
  if (values['kind'] === '') values['kind'] = 'discussion';
  return bindCard(formTemplate, {
    lang: data.language,
    t: textData(t),
    formId: data.formId,
    formProblem: data.problems.length > 0 ? common.fixBelow : '',
    problemRequired: problemText({ problem: 'required' }, data.language),
    meetings: data.meetings,
    kinds: ITEM_KINDS.map((k) => ({ title: t.kinds[k], value: k })),
    values,
    errors: fieldErrorTexts(PROPOSAL_FIELDS, data.problems, data.language),
    maxTitle: LIMITS.title,
    maxDescription: LIMITS.description,
    maxName: LIMITS.name,
    maxUrl: LIMITS.url,
  });
}

export interface ProposalReceiptData {
  language: Language;
  councilId: string;
  meetingId: string;
  meetingTime: string;
  title: string;
  description?: string;
  kind: (typeof ITEM_KINDS)[number];
  presenter?: string;
  link?: string;
}

/** The receipt that replaces the form once the proposal is stored. */
export function proposalReceiptCard(data: ProposalReceiptData): AdaptiveCard {
  const t = textsFor(data.language).proposalCard;
  return bindCard(receiptTemplate, {
    lang: data.language,
    t: textData(t),
    councilId: data.councilId,
    meetingId: data.meetingId,
    meetingTime: data.meetingTime,
    proposalTitle: data.title,
    proposalDescription: data.description ?? '',
    kindText: t.kinds[data.kind],
    presenter: data.presenter ?? '',
    link: data.link ?? '',
  });
}
