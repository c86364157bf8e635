import type { Council } from '../domain/council';
import type { InputRequest } from '../domain/input-request';
import type { Language } from '../domain/language';
import type { Meeting } from '../domain/meeting';
import type { AdaptiveCard } from './bind-card';
import { textsFor } from '../texts/catalogue';
import { inputCard } from './input-card';
import { deadlineText, meetingTimeText } from './meeting-format';

export interface InputRequestNoticeData {
  council: Council;
  meeting: Meeting;
  request: InputRequest;
  language: Language;
  /** "23/20 Årshjul" when the request belongs to an agenda item. */
  itemTitle?: string;
  secretaryName?: string;
}

/** The 1:1 message that tells a member about a new input request: a line for notifications and the input card itself. */
export function inputRequestNotice(data: InputRequestNoticeData): { text: string; card: AdaptiveCard } {
  const { council, meeting, request, language } = data;
  const deadline = deadlineText(request.deadline, council, language);
  const meetingTime = meetingTimeText(meeting, council, language);
  const card = inputCard({
    language,
    councilId: council.id,
    meetingId: meeting.id,
    requestId: request.id,
    meetingTime,
    ...(data.itemTitle !== undefined && { itemTitle: data.itemTitle }),
    deadlineText: deadline,
    questions: request.questions,
    answers: {},
    open: true,
    ...(data.secretaryName !== undefined && { secretaryName: data.secretaryName }),
    saved: false,
    problems: [],
    visibility: council.inputVisibility,
  });
  return { text: textsFor(language).inputCard.noticeText(meetingTime, deadline), card };
}
