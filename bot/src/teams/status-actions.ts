import type { Activity } from 'botbuilder';
import type { AppDeps } from '../app/deps';
import type { Membership } from '../app/find-memberships';
import { languageFor } from '../app/language-for';
import { memberStatusFor } from '../app/member-overview';
import { deadlineText, meetingPlaceText, meetingTimeText } from '../cards/meeting-format';
import { statusCard, type MeetingCardBase } from '../cards/status-card';
import type { Council } from '../domain/council';
import { NotCouncilMember } from '../domain/errors';
import type { Language } from '../domain/language';
import type { Meeting } from '../domain/meeting';
import type { MemberStatus } from '../domain/member-status';
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
export async function personalStatusCard(
  deps: AppDeps,
  membership: Membership,
  status: MemberStatus,
  language: Language,
  refreshUserIds?: string[],
): Promise<AdaptiveCard> {
  const { council } = membership;
  const attendance =
    status.attendance === 'deputy' ? await deputyOf(deps, council.id, status, membership.member.aadObjectId) : undefined;
  return statusCard(meetingCardBase(council, status.meeting, language, deps.clock(), refreshUserIds), {
    status,
    ...(attendance && { deputyName: attendance }),
    inputDeadlines: Object.fromEntries(
      status.inputs.map((i) => [i.request.id, deadlineText(i.request.deadline, council, language)]),
    ),
  });
}

async function deputyOf(deps: AppDeps, councilId: string, status: MemberStatus, memberId: string): Promise<string | undefined> {
  const work = await deps.work.get(councilId, status.meeting.id, 'attendance', memberId);
  const answer = work?.value.answer;
  if (answer?.kind !== 'deputy') return undefined;
  return (await deps.members.get(councilId, answer.deputyId))?.value.name;
}

/** "Se min status" on the channel card: the member's own status, for them only. */
export const showStatusAction: CardActionHandler = async ({ deps, principal, data, turn }) => {
  const ref = parseMeetingRef(data);
  const { membership, status } = await memberStatusFor(deps, principal, ref.councilId, ref.meetingId);
  const language = (await languageFor(deps, { principal, locale: turn.activity.locale, councilId: ref.councilId })).language;
  return { card: await personalStatusCard(deps, membership, status, language) };
};

/**
 * A channel card's `refresh`: each member's client asks for the card when it
 * comes into view and gets that member's own status (and the refresh again, so
 * it stays personal). People who are not members get the shared version.
 */
export const refreshMeetingCardAction: CardActionHandler = async ({ deps, principal, data, turn }) => {
  const ref = parseMeetingRef(data);
  const language = (await languageFor(deps, { principal, locale: turn.activity.locale, councilId: ref.councilId })).language;
  const refreshFor = teamsUserIdOf(turn.activity);
  try {
    const { membership, status } = await memberStatusFor(deps, principal, ref.councilId, ref.meetingId);
    return { card: await personalStatusCard(deps, membership, status, language, refreshFor) };
  } catch (error) {
    if (!(error instanceof NotCouncilMember)) throw error;
    const [council, meeting] = await Promise.all([
      deps.councils.get(ref.councilId),
      deps.meetings.get(ref.councilId, ref.meetingId),
    ]);
    if (!council || !meeting) throw error;
    return { card: statusCard(meetingCardBase(council.value, meeting.value, language, deps.clock())) };
  }
};

function teamsUserIdOf(activity: Partial<Activity>): string[] | undefined {
  return activity.from?.id ? [activity.from.id] : undefined;
}
