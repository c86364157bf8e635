import type { Activity } from 'botbuilder';
import { languageFor } from '../app/use-cases/language-for';
import { memberStatusFor, type MemberStatusView } from '../app/use-cases/member-overview';
import { deadlineText, meetingPlaceText, meetingTimeText } from '../cards/meeting-format';
import { statusCard, type MeetingCardBase } from '../cards/status-card';
import type { Council } from '../domain/council';
import type { Language } from '../domain/language';
import type { Meeting } from '../domain/meeting';
import { acceptsProposals } from '../domain/proposal';
import { parseMeetingRef } from '../schemas/card-payloads';
import type { CardActionHandler } from './card-action';
import type { AdaptiveCard } from '../cards/bind-card';

/** What every version of a meeting's status card shows. */
export function meetingCardBase(
  council: Council,
  meeting: Meeting,
  language: Language,
  now: Date,
  refreshUserIds?: string[],
): MeetingCardBase {
  return {
    language,
    councilId: council.id,
    councilName: council.name,
    meetingId: meeting.id,
    meetingTime: meetingTimeText(meeting, council, language),
    place: meetingPlaceText(meeting),
    proposalsOpen: acceptsProposals(meeting, now),
    proposalDeadlineText: deadlineText(meeting.proposalDeadline, council, language),
    ...(refreshUserIds && { refreshUserIds }),
  };
}

/** The member's own status card for a meeting. */
export function personalStatusCard(view: MemberStatusView, language: Language, refreshUserIds?: string[]): AdaptiveCard {
  const { council } = view.membership;
  const { status, deputyName } = view;
  return statusCard(meetingCardBase(council, status.meeting, language, view.now, refreshUserIds), {
    status,
    ...(deputyName !== undefined && { deputyName }),
    inputDeadlines: Object.fromEntries(
      status.inputs.map((i) => [i.request.id, deadlineText(i.request.deadline, council, language)]),
    ),
  });
}

/** "Se min status" on the channel card: the member's own status, for them only. */
export const showStatusAction: CardActionHandler = async ({ deps, principal, data, turn }) => {
  const ref = parseMeetingRef(data);
  const view = await memberStatusFor(deps, { principal, councilId: ref.councilId, meetingId: ref.meetingId });
  const language = (await languageFor(deps, { principal, locale: turn.activity.locale, councilId: ref.councilId })).language;
  return { card: personalStatusCard(view, language) };
};

/**
 * A channel card's `refresh`: each member's client asks for the card when it
 * comes into view and gets that member's own status (and the refresh again, so
 * it stays personal). Anyone who is not a member now is refused like any other
 * card press: knowing a meeting's ids is no right to see it.
 */
export const refreshMeetingCardAction: CardActionHandler = async ({ deps, principal, data, turn }) => {
  const ref = parseMeetingRef(data);
  const view = await memberStatusFor(deps, { principal, councilId: ref.councilId, meetingId: ref.meetingId });
  const language = (await languageFor(deps, { principal, locale: turn.activity.locale, councilId: ref.councilId })).language;
  return { card: personalStatusCard(view, language, teamsUserIdOf(turn.activity)) };
};

function teamsUserIdOf(activity: Partial<Activity>): string[] | undefined {
  return activity.from?.id ? [activity.from.id] : undefined;
}
