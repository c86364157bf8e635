import { itemHeading, type AgendaItem } from './agenda';
import { calendarDate } from './calendar-date';
import type { Council, InputVisibility } from './council';
import { readsOthersInput, type InputReader } from './input-privacy';
import { couldNotReach, type InputNotice } from './input-notice';
import { askedMembers, isInputOpen, type InputRequest, type WrittenInput } from './input-request';
import type { Meeting } from './meeting';
import type { Member } from './member';

export interface Person {
  memberId: string;
  name: string;
}

export interface AnswerLine extends Person {
  text: string;
  submittedAt: string;
}

export interface QuestionAnswers {
  id: string;
  text: string;
  /** The answers this reader may see, oldest first. */
  answers: AnswerLine[];
}

export interface InputRequestAnswers {
  request: InputRequest;
  /** "23/20 Årshjul" when the request belongs to an agenda item. */
  itemHeading?: string;
  open: boolean;
  askedCount: number;
  answeredCount: number;
  questions: QuestionAnswers[];
  /** True when other members' answers exist but are kept from this reader until the meeting. */
  othersHidden: boolean;
  /** Secretary and chair only: who was asked and has not answered. */
  notAnswered?: Person[];
  /** Secretary and chair only: asked members the bot could not reach 1:1. */
  couldNotReach?: Person[];
}

export interface InputAnswersOverview {
  visibility: InputVisibility;
  /** Whether this reader sees other members' answers. */
  othersVisible: boolean;
  requests: InputRequestAnswers[];
}

export interface InputWork {
  items: readonly AgendaItem[];
  inputRequests: readonly InputRequest[];
  inputs: readonly WrittenInput[];
  notices: readonly InputNotice[];
}

const byName = (a: Person, b: Person) => a.name.localeCompare(b.name, 'nb');

/**
 * The answers to a meeting's input requests per question, with who has not
 * answered, as one reader may see them: input privacy is applied here, so
 * every route that returns answers goes through it. Pure.
 */
export function inputAnswersOverview(
  council: Pick<Council, 'timeZone' | 'inputVisibility'>,
  meeting: Meeting,
  roster: readonly Member[],
  work: InputWork,
  reader: InputReader,
  now: Date,
): InputAnswersOverview {
  const meetingDate = calendarDate(meeting.startsAt, council.timeZone);
  const othersVisible = readsOthersInput(council.inputVisibility, meeting, reader, now);
  const itemOf = new Map(work.items.map((item) => [item.id, item]));
  const requests = [...work.inputRequests]
    .sort((a, b) => Date.parse(a.deadline) - Date.parse(b.deadline) || a.createdAt.localeCompare(b.createdAt))
    .map((request): InputRequestAnswers => {
      const asked = askedMembers(request, roster, meetingDate);
      const askedIds = new Set(asked.map((m) => m.aadObjectId));
      const nameOf = new Map(asked.map((m) => [m.aadObjectId, m.name]));
      const inputs = work.inputs
        .filter((i) => i.requestId === request.id && askedIds.has(i.memberId))
        .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
      const answered = new Set(inputs.map((i) => i.memberId));
      const visible = othersVisible ? inputs : inputs.filter((i) => i.memberId === reader.memberId);
      const item = request.agendaItemId === undefined ? undefined : itemOf.get(request.agendaItemId);
      const result: InputRequestAnswers = {
        request,
        ...(item && { itemHeading: itemHeading(item) }),
        open: isInputOpen(request, now),
        askedCount: asked.length,
        answeredCount: answered.size,
        othersHidden: visible.length < inputs.length,
        questions: request.questions.map((q) => ({
          id: q.id,
          text: q.text,
          answers: visible.flatMap((input) => {
            const text = input.answers[q.id];
            if (text === undefined || text === '') return [];
            return [{ memberId: input.memberId, name: nameOf.get(input.memberId) ?? '?', text, submittedAt: input.submittedAt }];
          }),
        })),
      };
      if (reader.canManage) {
        result.notAnswered = asked
          .filter((m) => !answered.has(m.aadObjectId))
          .map((m) => ({ memberId: m.aadObjectId, name: m.name }))
          .sort(byName);
        result.couldNotReach = work.notices
          .filter((n) => n.requestId === request.id && askedIds.has(n.memberId) && couldNotReach(n))
          .map((n) => ({ memberId: n.memberId, name: nameOf.get(n.memberId) ?? '?' }))
          .sort(byName);
      }
      return result;
    });
  return { visibility: council.inputVisibility, othersVisible, requests };
}
