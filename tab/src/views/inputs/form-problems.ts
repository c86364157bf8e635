import type { Catalogue } from '../../../../bot/src/texts/catalogue';
import type { Language } from '../../../../bot/src/domain/language';
import type { Problem } from '../../../../bot/src/domain/problem';
import { problemText } from '../../../../bot/src/texts/problem-text';

/** Where a refused field's problem is shown: next to a field of the form (`question-2`, `deadline`, …), or over it. */
export interface InputFieldProblem {
  /** The form's field: `question-N`, `questions`, `deadline`, `agendaItemId`, `askedMemberIds`; absent: over the form. */
  key?: string;
  text: string;
}

/**
 * The server's refusal of one field (`questions.1.text`, `askedMemberIds.2`)
 * in words next to the right field of the input-request form. The server
 * decides what is valid; the tab only translates its problem code (never its
 * English message). This form words its own fields more precisely; anything
 * else reads as the shared problem text.
 */
export function inputFieldProblem(
  field: string,
  problem: Problem,
  m: Catalogue['inputs'],
  language: Language,
): InputFieldProblem {
  const locked = problem.problem === 'lockedByAnswers';
  const question = /^questions\.(\d+)\.text$/.exec(field);
  if (question) {
    const text =
      problem.problem === 'tooLong'
        ? m.questionTooLong(problem.params.max)
        : problem.problem === 'required'
          ? m.questionRequired
          : problemText(problem, language);
    return { key: `question-${question[1]}`, text };
  }
  switch (field.replace(/\.\d+$/, '')) {
    case 'questions':
      return {
        key: 'questions',
        text: locked
          ? m.questionsLocked
          : problem.problem === 'tooMany'
            ? m.tooManyQuestions(problem.params.max)
            : m.atLeastOneQuestion,
      };
    case 'deadline':
      return {
        key: 'deadline',
        text:
          problem.problem === 'notInFuture' || problem.problem === 'afterMeetingStart'
            ? problemText(problem, language)
            : m.deadlineInvalid,
      };
    case 'agendaItemId':
      return { key: 'agendaItemId', text: locked ? m.itemLocked : problemText({ problem: 'notOnAgenda' }, language) };
    case 'askedMemberIds':
      return { key: 'askedMemberIds', text: locked ? m.askedLocked : problemText({ problem: 'notMemberOnDate' }, language) };
    case 'request':
      return { text: problemText({ problem: 'requestClosed' }, language) };
    default:
      return { text: problemText(problem, language) };
  }
}
