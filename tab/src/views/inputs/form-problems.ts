import type { Catalogue } from '../../../../bot/src/texts/catalogue';
import { ApiError } from '../../api/api-client';
import type { Language } from '../../../../bot/src/domain/language';
import { problemText } from '../../../../bot/src/texts/problem-text';
import { apiProblemText, problemOfError } from '../../texts/problem-text';

/** Where a problem is shown: next to a field (`question-2`, `deadline`, `agendaItemId`, `askedMemberIds`) or over the form. */
export interface FormProblems {
  fields: Record<string, string>;
  form?: string;
  /** 412: someone else changed the request since it was read. */
  conflict?: boolean;
}

/**
 * Turns the server's answer into words next to the right field. The server
 * decides what is valid; the tab only translates its problem code (never its
 * English message). This form words its own fields more precisely; anything
 * else reads as the shared problem text.
 */
export function problemsFrom(
  error: unknown,
  m: Catalogue['inputs'],
  language: Language,
  fallback: (error: unknown) => string,
): FormProblems {
  if (!(error instanceof ApiError)) return { fields: {}, form: fallback(error) };
  if (error.code === 'concurrentEdit' || error.status === 412)
    return { fields: {}, form: m.changedBySomeoneElse, conflict: true };
  if (error.code === 'meetingClosed') return { fields: {}, form: m.meetingClosed };
  if (error.code !== 'invalidValue' || error.field === undefined) return { fields: {}, form: fallback(error) };

  const problem = problemOfError(error);
  const locked = problem.problem === 'lockedByAnswers';
  const question = /^questions\.(\d+)\.text$/.exec(error.field);
  if (question) {
    const text =
      problem.problem === 'tooLong'
        ? m.questionTooLong(problem.params.max)
        : problem.problem === 'required'
          ? m.questionRequired
          : apiProblemText(error, language);
    return { fields: { [`question-${question[1]}`]: text }, form: m.fixBelow };
  }
  const field = error.field.replace(/\.\d+$/, '');
  switch (field) {
    case 'questions':
      return {
        fields: {
          questions: locked
            ? m.questionsLocked
            : problem.problem === 'tooMany'
              ? m.tooManyQuestions(problem.params.max)
              : m.atLeastOneQuestion,
        },
        form: m.fixBelow,
      };
    case 'deadline':
      return {
        fields: {
          deadline:
            problem.problem === 'notInFuture' || problem.problem === 'afterMeetingStart'
              ? problemText(problem, language)
              : m.deadlineInvalid,
        },
        form: m.fixBelow,
      };
    case 'agendaItemId':
      return {
        fields: { agendaItemId: locked ? m.itemLocked : problemText({ problem: 'notOnAgenda' }, language) },
        form: m.fixBelow,
      };
    case 'askedMemberIds':
      return {
        fields: { askedMemberIds: locked ? m.askedLocked : problemText({ problem: 'notMemberOnDate' }, language) },
        form: m.fixBelow,
      };
    case 'request':
      return { fields: {}, form: problemText({ problem: 'requestClosed' }, language) };
    default:
      return { fields: {}, form: apiProblemText(error, language) };
  }
}
