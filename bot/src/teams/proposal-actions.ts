import { z } from 'zod';
import type { AppDeps, Principal } from '../app/deps';
import { languageFor } from '../app/use-cases/language-for';
import { meetingsForMember } from '../app/use-cases/meetings-for-member';
import { findProposalReceipt } from '../app/use-cases/find-proposal-receipt';
import { proposeAgendaItem, type ProposalReceipt } from '../app/use-cases/propose-agenda-item';
import { textsFor } from '../texts/catalogue';
import { keptValues } from '../cards/field-errors';
import { meetingTimeText } from '../cards/meeting-format';
import { PROPOSAL_FIELDS, proposalFormCard, proposalReceiptCard } from '../cards/proposal-cards';
import type { Language } from '../domain/language';
import { meetingChoiceValue, meetingRefSchema, proposalSubmissionSchema } from '../schemas/card-payloads';
import { fieldProblems, type FieldProblem } from '../schemas/field-problems';
import type { CardActionHandler, CardActionResult } from './card-action';

/**
 * The proposal form for a member: the meetings that take proposals now (named
 * with the council when the member sits on more than one), or a sentence
 * saying why there is nothing to propose for.
 */
export async function proposalForm(
  deps: AppDeps,
  principal: Principal | undefined,
  locale: string | undefined,
  form: { formId?: string; values?: Record<string, string>; problems?: FieldProblem[] } = {},
): Promise<CardActionResult> {
  const speaker = await languageFor(deps, { principal, locale });
  const { memberships, meetings } = await meetingsForMember(deps, { principal, purpose: 'proposals' });
  if (memberships.length === 0) return { message: textsFor(speaker.language).cards.noCouncil };
  if (meetings.length === 0) return { message: textsFor(speaker.language).proposalCard.noMeetings };
  const several = memberships.length > 1;
  return {
    card: proposalFormCard({
      language: speaker.language,
      formId: form.formId ?? deps.newId(),
      meetings: meetings.map(({ membership, meeting }) => {
        const time = meetingTimeText(meeting, membership.council, speaker.language);
        return {
          title: several ? `${membership.council.name}: ${time}` : time,
          value: meetingChoiceValue({ councilId: membership.council.id, meetingId: meeting.id }),
        };
      }),
      values: form.values ?? {},
      problems: form.problems ?? [],
    }),
  };
}

/** "Foreslå sak" on a card (the status card, a receipt): a fresh form, with that card's meeting chosen. */
export const openProposalFormAction: CardActionHandler = async ({ deps, principal, data, turn }) => {
  const ref = meetingRefSchema.safeParse(data);
  const values: Record<string, string> = ref.success ? { meeting: meetingChoiceValue(ref.data) } : {};
  return proposalForm(deps, principal, turn.activity.locale, { values });
};

const formIdSchema = z.object({ formId: z.uuid() });

/**
 * The form's submit: invalid input comes back in the same form with the
 * problems shown; valid input gets a receipt. A redelivered submit writes
 * nothing: the receipt if the first delivery stored the proposal, else the
 * form again with what the member typed.
 */
export const submitProposalAction: CardActionHandler = async ({ deps, principal, data, turn, duplicate }) => {
  const locale = turn.activity.locale;
  const parsed = proposalSubmissionSchema.safeParse(data);
  if (!parsed.success) {
    const formId = formIdSchema.safeParse(data);
    return proposalForm(deps, principal, locale, {
      formId: formId.success ? formId.data.formId : undefined,
      values: keptValues(PROPOSAL_FIELDS, data),
      problems: fieldProblems(parsed.error),
    });
  }
  const submission = parsed.data;
  const form = { councilId: submission.meeting.councilId, meetingId: submission.meeting.meetingId, formId: submission.formId };
  if (duplicate) {
    const stored = await findProposalReceipt(deps, { principal, ...form });
    if (stored) return receiptCard(deps, principal, locale, stored);
    return proposalForm(deps, principal, locale, { formId: submission.formId, values: keptValues(PROPOSAL_FIELDS, data) });
  }
  const receipt = await proposeAgendaItem(deps, {
    principal,
    ...form,
    title: submission.title,
    kind: submission.kind,
    ...(submission.description !== undefined && { description: submission.description }),
    ...(submission.presenter !== undefined && { presenter: submission.presenter }),
    ...(submission.link !== undefined && { link: submission.link }),
  });
  return receiptCard(deps, principal, locale, receipt);
};

async function receiptCard(
  deps: AppDeps,
  principal: Principal | undefined,
  locale: string | undefined,
  receipt: ProposalReceipt,
): Promise<CardActionResult> {
  const { proposal, meeting, council } = receipt;
  const language: Language = (await languageFor(deps, { principal, locale, councilId: council.id })).language;
  return {
    card: proposalReceiptCard({
      language,
      councilId: council.id,
      meetingId: meeting.id,
      meetingTime: meetingTimeText(meeting, council, language),
      title: proposal.title,
      kind: proposal.kind,
      ...(proposal.description !== undefined && { description: proposal.description }),
      ...(proposal.presenter !== undefined && { presenter: proposal.presenter }),
      ...(proposal.link !== undefined && { link: proposal.link }),
    }),
  };
}
