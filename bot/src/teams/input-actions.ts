import { giveWrittenInput, viewWrittenInput, type InputView } from '../app/use-cases/give-written-input';
import { languageOf, membersOf } from '../app/scope/request-scope';
import { inputCard } from '../cards/input-card';
import { deadlineText, meetingTimeText } from '../cards/meeting-format';
import { itemHeading } from '../domain/agenda';
import { DeadlinePassed } from '../domain/errors';
import { acceptsInput } from '../domain/input-request';
import { isActiveOn } from '../domain/member';
import { calendarDate } from '../domain/calendar-date';
import { answerFieldId, answersSchema, inputSubmissionSchema, parseMeetingRef } from '../schemas/card-payloads';
import { InvalidValue } from '../domain/errors';
import { fieldProblems, type FieldProblem } from '../schemas/field-problems';
import type { CardActionHandler, CardActionResult } from './card-action';

interface CardState {
  saved?: boolean;
  edited?: boolean;
  answers?: Record<string, string>;
  problems?: FieldProblem[];
}

/** The input card for a request: the questions, the member's answers, and the deadline (or that it passed, and whom to contact). */
export function inputCardFor(view: InputView, state: CardState = {}): CardActionResult {
  const { scope, request, input, item } = view;
  const { now } = scope;
  const council = scope.council.value;
  const meeting = scope.meeting.value;
  const roster = membersOf(scope);
  const language = languageOf(scope);
  const today = calendarDate(now, council.timeZone);
  const secretary = roster.find((m) => m.role === 'secretary' && isActiveOn(m, today));
  return {
    card: inputCard({
      language,
      councilId: council.id,
      meetingId: meeting.id,
      requestId: request.id,
      meetingTime: meetingTimeText(meeting, council, language),
      ...(item && { itemTitle: itemHeading(item) }),
      deadlineText: deadlineText(request.deadline, council, language),
      questions: request.questions,
      answers: state.answers ?? input?.answers ?? {},
      open: acceptsInput(meeting, request, now),
      ...(secretary && { secretaryName: secretary.name }),
      saved: state.saved ?? false,
      ...(state.edited && { edited: true }),
      problems: state.problems ?? [],
      visibility: council.inputVisibility,
    }),
  };
}

function requestRef(data: unknown): { councilId: string; meetingId: string; requestId: string } {
  const parsed = inputSubmissionSchema.safeParse(data);
  if (!parsed.success) {
    parseMeetingRef(data);
    throw new InvalidValue('card', { problem: 'invalid' }, 'the card does not name an input request');
  }
  return parsed.data;
}

/** A button on another card ("Gi innspill"): the input card for that request. */
export const openInputAction: CardActionHandler = async ({ deps, principal, data }) => {
  const ref = requestRef(data);
  const view = await viewWrittenInput(deps, {
    principal,
    councilId: ref.councilId,
    meetingId: ref.meetingId,
    requestId: ref.requestId,
  });
  return inputCardFor(view);
};

/**
 * The answers. Problems come back on the same card with the text kept; after
 * the deadline the card says so and names the secretary; a redelivered press
 * shows what is stored without writing.
 */
export const submitInputAction: CardActionHandler = async ({ deps, principal, data, duplicate }) => {
  const ref = requestRef(data);
  const view = await viewWrittenInput(deps, {
    principal,
    councilId: ref.councilId,
    meetingId: ref.meetingId,
    requestId: ref.requestId,
  });
  if (duplicate) return inputCardFor(view, { saved: view.input !== undefined });
  const questionIds = view.request.questions.map((q) => q.id);
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  // What the member typed, shown again on a refused form.
  const typed = Object.fromEntries(
    questionIds.map((id) => {
      const value = record[answerFieldId(id)];
      return [id, typeof value === 'string' ? value.slice(0, 10_000) : ''];
    }),
  );
  const parsed = answersSchema(questionIds).safeParse(data);
  if (!parsed.success) {
    return inputCardFor(view, { answers: typed, problems: fieldProblems(parsed.error) });
  }
  const answers: Record<string, string> = {};
  for (const id of questionIds) {
    const value = parsed.data[answerFieldId(id)];
    if (typeof value === 'string') answers[id] = value;
  }
  try {
    const saved = await giveWrittenInput(deps, {
      principal,
      councilId: ref.councilId,
      meetingId: ref.meetingId,
      requestId: ref.requestId,
      answers,
    });
    return inputCardFor(saved, { saved: true, edited: view.input !== undefined });
  } catch (error) {
    // The card itself says the deadline passed and whom to contact.
    if (error instanceof DeadlinePassed) return inputCardFor(view);
    // Refused on saving (e.g. too much text in all): the same form, the text kept, the limit said.
    if (error instanceof InvalidValue) {
      return inputCardFor(view, {
        answers: typed,
        problems: [{ field: cardFieldOf(error.field), ...error.problem }],
      });
    }
    throw error;
  }
};

/** The card input a stored field belongs to (`answers.q1` → `answer_q1`); anything else is about the whole form. */
function cardFieldOf(storedField: string): string {
  const [head, questionId] = storedField.split('.');
  return head === 'answers' && questionId !== undefined ? answerFieldId(questionId) : 'form';
}
