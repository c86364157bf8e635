import { randomUUID } from 'node:crypto';
import type { CardVerb } from '../../../bot/src/cards/card-verbs';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS } from '../../../bot/src/dev/demo-ids';
import type { BotHarness } from '../../support/bot-harness';
import { anInputRequest } from '../../support/storage-builders';
import type { Identity } from './identities';

/**
 * The one table of who may press which card button. Keys are exactly
 * CARD_VERBS (a new verb without an entry fails the matrix). A refused press
 * answers a message (no card for that meeting) and writes nothing.
 *
 * `members`: the council's active members, any role. `nobodyHere`: the
 * setup card's confirm, pressed in a team whose setup someone else started:
 * only the person who asked may confirm, so everybody in the matrix is refused.
 */
export type CardAudience = 'members' | 'nobodyHere';

export interface CardRef {
  councilId: string;
  meetingId: string;
  requestId: string;
  questionId: string;
  teamId: string;
  /** Isaiah's open follow-up: the managers may mark it done, other members see it without the form. */
  followUpId: string;
}

/**
 * What the card verbs act on, in the demo council's upcoming meeting: an input
 * request that asks everyone (so every member may answer it, before a deadline
 * an hour before the meeting) and Isaiah's open follow-up. `teamId` is the team
 * the setup card is pressed in.
 */
export async function seedCardTargets(bot: BotHarness, teamId: string): Promise<CardRef> {
  const meetingId = await bot.upcomingMeetingId();
  const requestId = randomUUID();
  const meeting = await bot.deps.meetings.get(DEMO_COUNCIL_ID, meetingId);
  if (!meeting) throw new Error('the upcoming meeting is not stored');
  const deadline = new Date(Date.parse(meeting.value.startsAt) - 3600_000).toISOString();
  await bot.deps.work.create(
    DEMO_COUNCIL_ID,
    'inputRequest',
    anInputRequest(meetingId, requestId, { deadline, askedMemberIds: [] }),
  );
  const followUpId = randomUUID();
  await bot.deps.followUps.create({
    id: followUpId,
    councilId: DEMO_COUNCIL_ID,
    meetingId,
    meetingStartsAt: meeting.value.startsAt,
    responsibleId: DEMO_MEMBERS.isaiah,
    what: 'Ringe NAV Notodden',
    due: '2030-12-31',
    status: 'open',
    createdBy: DEMO_MEMBERS.isaiah,
    createdAt: bot.now.toISOString(),
  });
  return { councilId: DEMO_COUNCIL_ID, meetingId, requestId, questionId: 'q1', teamId, followUpId };
}

export interface CardEntry {
  who: CardAudience;
  data(ref: CardRef): Record<string, unknown>;
  /** Pressed in the team's channel rather than in the person's own chat. */
  inTeam?: boolean;
  /**
   * How a refusal looks: a sentence (the default), or, for the setup card, the
   * card in its current state for that person (nobody but the one who asked is offered to confirm).
   */
  refusal?: 'message' | 'stateCard';
}

export type CardExpected = 'allowed' | 'refused' | 401;

const signedOut: readonly Identity[] = ['noToken', 'expiredToken', 'wrongAudience'];
const councilMembers: readonly Identity[] = ['secretary', 'chair', 'member', 'observer', 'deputy'];

export function cardExpectationFor(who: CardAudience, identity: Identity): CardExpected {
  // The Bot Framework token is what authenticates /api/messages: without a valid one, nothing is read.
  if (signedOut.includes(identity)) return 401;
  if (who === 'nobodyHere') return 'refused';
  return councilMembers.includes(identity) ? 'allowed' : 'refused';
}

const meeting = (ref: CardRef) => ({ councilId: ref.councilId, meetingId: ref.meetingId });

export const CARD_VERB_TABLE: Record<CardVerb, CardEntry> = {
  setupCouncil: {
    who: 'nobodyHere',
    inTeam: true,
    refusal: 'stateCard',
    data: () => ({
      step: 'confirm',
      councilName: 'Brukerutvalget i matrisen',
      language: 'nb',
      timeZone: 'Europe/Oslo',
      kind: 'local',
    }),
  },
  openProposalForm: { who: 'members', data: meeting },
  submitProposal: {
    who: 'members',
    data: (ref) => ({
      formId: randomUUID(),
      meeting: `${ref.councilId}~${ref.meetingId}`,
      title: 'Sak fra matrisen',
      kind: 'discussion',
    }),
  },
  openAttendance: { who: 'members', data: meeting },
  answerAttendance: { who: 'members', data: (ref) => ({ ...meeting(ref), choice: 'attend' }) },
  openInput: { who: 'members', data: (ref) => ({ ...meeting(ref), requestId: ref.requestId }) },
  submitInput: {
    who: 'members',
    data: (ref) => ({ ...meeting(ref), requestId: ref.requestId, [`answer_${ref.questionId}`]: 'Innspill fra matrisen' }),
  },
  showStatus: { who: 'members', data: meeting },
  refreshMeetingCard: { who: 'members', data: meeting },
  markFollowUpDone: {
    who: 'members',
    data: (ref) => ({ councilId: ref.councilId, followUpId: ref.followUpId, note: 'Gjort i matrisen' }),
  },
};
