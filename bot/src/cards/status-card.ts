import type { Language } from '../domain/language';
import type { MemberStatus } from '../domain/member-status';
import { textsFor } from '../texts/catalogue';
import { bindCard, textData, type AdaptiveCard } from './bind-card';
import template from './status-card.json';

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
  const { statusCard: t, attendanceCard: a } = textsFor(base.language);
  const status = personal?.status;
  const attendanceState =
    status === undefined
      ? ''
      : status.attendance === 'deputy' && personal?.deputyName
        ? a.deputyNamed(personal.deputyName)
        : a.states[status.attendance];
  const summary = status === undefined ? '' : status.openCount === 0 ? t.allDone : t.openCount(status.openCount);
  const card = bindCard(template, {
    lang: base.language,
    t: textData(t),
    councilId: base.councilId,
    meetingId: base.meetingId,
    refreshUserIds: base.refreshUserIds && base.refreshUserIds.length > 0 ? base.refreshUserIds.slice(0, 60) : null,
    personal: status !== undefined,
    heading: status === undefined ? t.channelTitle(base.councilName) : t.title,
    meetingTime: base.meetingTime,
    place: base.place ?? '',
    intro: status === undefined ? t.channelIntro : '',
    summary,
    // Not 'Good': its green is about 2:1 against a white card, too faint to read.
    summaryColor: status !== undefined && status.openCount > 0 ? 'Attention' : 'Default',
    attendanceText: t.attendance(attendanceState),
    attendanceOpen: status?.attendanceOpen ?? false,
    attendanceButton: status?.attendance === 'notAnswered' ? t.answerAttendance : t.changeAttendance,
    inputs: (status?.inputs ?? []).map((i) => ({
      requestId: i.request.id,
      text: `${t.input(i.request.questions[0]?.text ?? '')} (${
        i.answered ? t.inputAnswered : i.open ? t.inputOpen(personal?.inputDeadlines[i.request.id] ?? '') : t.inputClosed
      })`,
      open: i.open,
      button: i.answered ? t.editInput : t.giveInput,
    })),
    proposalsText: t.proposals(status?.myProposals.length ?? 0),
    proposalsOpen: base.proposalsOpen,
    proposalDeadlineText: t.proposalDeadline(base.proposalDeadlineText),
  });
  // The template leaves `refresh: null` when there is nothing to refresh; the schema wants it absent.
  if (card['refresh'] === null || card['refresh'] === undefined) delete card['refresh'];
  return card;
}
