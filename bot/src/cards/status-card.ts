import type { Language } from '../domain/language';
import type { MemberStatus } from '../domain/member-status';
import { attendanceTexts } from './attendance-card-texts';
import { bindCard, type AdaptiveCard } from './bind-card';
import { fill } from './card-texts';
import template from './status-card.json';
import { statusTexts } from './status-card-texts';

export interface MeetingCardBase {
  language: Language;
  councilId: string;
  councilName: string;
  meetingId: string;
  meetingTime: string;
  place?: string;
  proposalsOpen: boolean;
  proposalDeadlineText: string;
  /** Set for a card posted in a channel: Teams asks each of these users' clients to refresh it (≤ 60). */
  refreshUserIds?: string[];
}

export interface PersonalStatus {
  status: MemberStatus;
  /** The deputy's name when the answer is "deputy". */
  deputyName?: string;
  /** Deadline text per input request id. */
  inputDeadlines: Record<string, string>;
}

/**
 * "Min status" for one meeting: attendance, each input request, own
 * proposals, with a button for each open thing. Without `personal` it is the
 * channel version everyone sees until their client refreshes it.
 */
export function statusCard(base: MeetingCardBase, personal?: PersonalStatus): AdaptiveCard {
  const t = statusTexts(base.language);
  const a = attendanceTexts(base.language);
  const status = personal?.status;
  const attendanceState =
    status === undefined
      ? ''
      : status.attendance === 'deputy' && personal?.deputyName
        ? fill(a.deputyNamed, { name: personal.deputyName })
        : a.states[status.attendance];
  const summary = status === undefined ? '' : status.openCount === 0 ? t.allDone : fill(t.openCount, { count: status.openCount });
  const card = bindCard(template, {
    lang: base.language,
    t,
    councilId: base.councilId,
    meetingId: base.meetingId,
    refreshUserIds: base.refreshUserIds && base.refreshUserIds.length > 0 ? base.refreshUserIds.slice(0, 60) : null,
    personal: status !== undefined,
    heading: status === undefined ? fill(t.channelTitle, { council: base.councilName }) : t.title,
    meetingTime: base.meetingTime,
    place: base.place ?? '',
    intro: status === undefined ? t.channelIntro : '',
    summary,
    // Not 'Good': its green is about 2:1 against a white card, too faint to read.
    summaryColor: status !== undefined && status.openCount > 0 ? 'Attention' : 'Default',
    attendanceText: fill(t.attendance, { state: attendanceState }),
    attendanceOpen: status?.attendanceOpen ?? false,
    attendanceButton: status?.attendance === 'notAnswered' ? t.answerAttendance : t.changeAttendance,
    inputs: (status?.inputs ?? []).map((i) => ({
      requestId: i.request.id,
      text: `${fill(t.input, { question: i.request.questions[0]?.text ?? '' })} (${
        i.answered
          ? t.inputAnswered
          : i.open
            ? fill(t.inputOpen, { date: personal?.inputDeadlines[i.request.id] ?? '' })
            : t.inputClosed
      })`,
      open: i.open,
      button: i.answered ? t.editInput : t.giveInput,
    })),
    proposalsText: fill(t.proposals, { count: status?.myProposals.length ?? 0 }),
    proposalsOpen: base.proposalsOpen,
    proposalDeadlineText: fill(t.proposalDeadline, { date: base.proposalDeadlineText }),
  });
  // The template leaves `refresh: null` when there is nothing to refresh; the schema wants it absent.
  if (card['refresh'] === null || card['refresh'] === undefined) delete card['refresh'];
  return card;
}
