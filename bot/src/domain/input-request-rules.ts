import { isOnAgenda, type AgendaItem } from './agenda';
import { InvalidValue, MeetingClosed } from './errors';
import { askedMembers, type InputRequest } from './input-request';
import { LIMITS } from './limits';
import { hasStarted, type Meeting } from './meeting';
import { isOpenForMembers } from './meeting-status';
import { isActiveOn, type Member } from './member';

/** What the secretary fills in: the questions, the deadline, an optional agenda item, who is asked (empty: everyone). */
export interface InputRequestDraft {
  questions: string[];
  /** ISO instant. */
  deadline: string;
  agendaItemId?: string;
  askedMemberIds: string[];
}

/** What a draft is checked against: the meeting, its agenda, the roster, and the clock. */
export interface DraftContext {
  meeting: Meeting;
  items: readonly AgendaItem[];
  roster: readonly Member[];
  /** The meeting's calendar date in the council's zone (who is a member is decided by it). */
  meetingDate: string;
  now: Date;
}

/** Requests can be made and changed while the meeting is open for members and has not started. */
export function acceptsInputRequests(meeting: Meeting, now: Date): boolean {
  return isOpenForMembers(meeting.status) && !hasStarted(meeting, now);
}

/**
 * Checks a draft; the first problem is thrown as InvalidValue naming the field
 * the form shows it at (`questions.2.text` is the third question).
 */
export function checkInputRequestDraft(draft: InputRequestDraft, ctx: DraftContext): void {
  const { meeting, now } = ctx;
  if (!acceptsInputRequests(meeting, now)) throw new MeetingClosed(meeting.id);

  if (draft.questions.length === 0)
    throw new InvalidValue('questions', { problem: 'tooFew', params: { min: 1 } }, 'ask at least one question');
  if (draft.questions.length > LIMITS.questionsPerRequest) {
    throw new InvalidValue(
      'questions',
      { problem: 'tooMany', params: { max: LIMITS.questionsPerRequest } },
      `at most ${LIMITS.questionsPerRequest} questions`,
    );
  }
  draft.questions.forEach((text, i) => {
    if (text.trim() === '') throw new InvalidValue(`questions.${i}.text`, { problem: 'required' });
    if (text.trim().length > LIMITS.question) {
      throw new InvalidValue(
        `questions.${i}.text`,
        { problem: 'tooLong', params: { max: LIMITS.question } },
        `at most ${LIMITS.question} characters`,
      );
    }
  });

  const deadline = Date.parse(draft.deadline);
  if (Number.isNaN(deadline)) throw new InvalidValue('deadline', { problem: 'invalid' }, 'not a date and time');
  if (deadline <= now.getTime()) throw new InvalidValue('deadline', { problem: 'notInFuture' }, 'must be in the future');
  if (deadline > Date.parse(meeting.startsAt))
    throw new InvalidValue('deadline', { problem: 'afterMeetingStart' }, 'must be before or at the meeting start');

  if (draft.agendaItemId !== undefined && !ctx.items.some((item) => item.id === draft.agendaItemId && isOnAgenda(item))) {
    throw new InvalidValue('agendaItemId', { problem: 'notOnAgenda' }, 'not an item on this meeting’s agenda');
  }

  const members = new Set(ctx.roster.filter((m) => isActiveOn(m, ctx.meetingDate)).map((m) => m.aadObjectId));
  if (draft.askedMemberIds.some((id) => !members.has(id))) {
    throw new InvalidValue('askedMemberIds', { problem: 'notMemberOnDate' }, 'not a member of the council on the meeting date');
  }
}

/** Question ids follow the order: q1, q2, … (answers are stored per id). */
function numberedQuestions(texts: readonly string[]): InputRequest['questions'] {
  return texts.map((text, i) => ({ id: `q${i + 1}`, text: text.trim() }));
}

/** A new input request from a checked draft. `id` comes with the form, so a retried create finds the first one. */
export function newInputRequest(id: string, draft: InputRequestDraft, ctx: DraftContext, createdBy: string): InputRequest {
  checkInputRequestDraft(draft, ctx);
  return {
    id,
    meetingId: ctx.meeting.id,
    questions: numberedQuestions(draft.questions),
    deadline: new Date(Date.parse(draft.deadline)).toISOString(),
    ...(draft.agendaItemId !== undefined && { agendaItemId: draft.agendaItemId }),
    askedMemberIds: [...new Set(draft.askedMemberIds)],
    createdAt: ctx.now.toISOString(),
    createdBy,
  };
}

/**
 * The edit rule. Until the first answer arrives everything can change. After
 * that, answers are tied to the questions (and item) the members saw, so only
 * the deadline can move and more people can be asked; nobody who was asked is
 * dropped. A request closed early stays closed.
 */
export function editedInputRequest(
  existing: InputRequest,
  draft: InputRequestDraft,
  ctx: DraftContext,
  hasAnswers: boolean,
): InputRequest {
  if (existing.closedAt !== undefined)
    throw new InvalidValue('request', { problem: 'requestClosed' }, 'the request was closed and can no longer change');
  checkInputRequestDraft(draft, ctx);
  const askedMemberIds = [...new Set(draft.askedMemberIds)];
  const edited: InputRequest = {
    ...existing,
    questions: numberedQuestions(draft.questions),
    deadline: new Date(Date.parse(draft.deadline)).toISOString(),
    askedMemberIds,
  };
  if (draft.agendaItemId === undefined) delete edited.agendaItemId;
  else edited.agendaItemId = draft.agendaItemId;
  if (!hasAnswers) return edited;

  const sameQuestions =
    edited.questions.length === existing.questions.length &&
    edited.questions.every((q, i) => q.text === existing.questions[i]?.text);
  if (!sameQuestions)
    throw new InvalidValue(
      'questions',
      { problem: 'lockedByAnswers' },
      'answers have arrived, so the questions can no longer change',
    );
  if (edited.agendaItemId !== existing.agendaItemId) {
    throw new InvalidValue(
      'agendaItemId',
      { problem: 'lockedByAnswers' },
      'answers have arrived, so the agenda item can no longer change',
    );
  }
  const stillAsked = new Set(askedMembers(edited, ctx.roster, ctx.meetingDate).map((m) => m.aadObjectId));
  if (askedMembers(existing, ctx.roster, ctx.meetingDate).some((m) => !stillAsked.has(m.aadObjectId))) {
    throw new InvalidValue(
      'askedMemberIds',
      { problem: 'lockedByAnswers' },
      'answers have arrived, so people can be added but not removed',
    );
  }
  return { ...edited, questions: existing.questions };
}

/** Closing early is idempotent: a closed request keeps the time it was first closed. */
export function closedInputRequest(existing: InputRequest, now: Date): InputRequest {
  return existing.closedAt !== undefined ? existing : { ...existing, closedAt: now.toISOString() };
}
