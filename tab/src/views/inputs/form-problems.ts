import type { Catalogue } from '../../../../bot/src/texts/catalogue';
import { ApiError } from '../../api/api-client';
import { LIMITS } from '../../../../bot/src/domain/limits';

/** Where a problem is shown: next to a field (`question-2`, `deadline`, `agendaItemId`, `askedMemberIds`) or over the form. */
export interface FormProblems {
  fields: Record<string, string>;
  form?: string;
  /** 412: someone else changed the request since it was read. */
  conflict?: boolean;
}

/** The reason part of the server's "Invalid value for <field>: <reason>". */
function reasonOf(error: ApiError): string {
  const at = error.message.indexOf(': ');
  return at >= 0 ? error.message.slice(at + 2) : error.message;
}

/**
 * Turns the server's answer into words next to the right field. The server
 * decides what is valid; the tab only translates what it says.
 */
export function problemsFrom(error: unknown, m: Catalogue['inputs'], fallback: (error: unknown) => string): FormProblems {
  if (!(error instanceof ApiError)) return { fields: {}, form: fallback(error) };
  if (error.code === 'concurrentEdit' || error.status === 412)
    return { fields: {}, form: m.changedBySomeoneElse, conflict: true };
  if (error.code === 'meetingClosed') return { fields: {}, form: m.meetingClosed };
  if (error.code !== 'invalidValue' || error.field === undefined) return { fields: {}, form: fallback(error) };

  const reason = reasonOf(error);
  const locked = reason.includes('answers have arrived');
  const question = /^questions\.(\d+)\.text$/.exec(error.field);
  if (question) {
    const text = reason.startsWith('at most') ? m.questionTooLong(LIMITS.question) : m.questionRequired;
    return { fields: { [`question-${question[1]}`]: text }, form: m.fixBelow };
  }
  const field = error.field.replace(/\.\d+$/, '');
  switch (field) {
    case 'questions':
      return {
        fields: {
          questions: locked
            ? m.questionsLocked
            : reason.startsWith('at most')
              ? m.tooManyQuestions(LIMITS.questionsPerRequest)
              : m.atLeastOneQuestion,
        },
        form: m.fixBelow,
      };
    case 'deadline':
      return {
        fields: {
          deadline: reason.includes('future')
            ? m.deadlinePast
            : reason.includes('meeting start')
              ? m.deadlineAfterMeeting
              : m.deadlineInvalid,
        },
        form: m.fixBelow,
      };
    case 'agendaItemId':
      return { fields: { agendaItemId: locked ? m.itemLocked : m.itemUnknown }, form: m.fixBelow };
    case 'askedMemberIds':
      return { fields: { askedMemberIds: locked ? m.askedLocked : m.membersUnknown }, form: m.fixBelow };
    case 'request':
      return { fields: {}, form: m.requestClosed };
    default:
      return { fields: {}, form: m.unknownProblem(error.message) };
  }
}
