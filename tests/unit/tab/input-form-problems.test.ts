import type { Problem } from '../../../bot/src/domain/problem';
import { textsFor } from '../../../bot/src/texts/catalogue';
import { inputFieldProblem } from '../../../tab/src/views/inputs/form-problems';
import { chooseMeeting, splitArchived } from '../../../tab/src/state/meeting-choice';
import { aMeeting } from '../domain/builders';

const m = textsFor('nb').inputs;
const problems = textsFor('nb').problems;
// The server's refusal as the form gets it: the field it names and the problem code (its English reason is not read).
const invalid = (field: string, _reason: string, problem: Problem) => ({ field, problem });
const wording = ({ field, problem }: ReturnType<typeof invalid>, language: 'nb' | 'nn' = 'nb') =>
  inputFieldProblem(field, problem, textsFor(language).inputs, language);
const next = (fields: Record<string, string>) => {
  const [[key, text]] = Object.entries(fields) as [[string, string]];
  return { key, text };
};

describe('inputFieldProblem: the server’s answer next to the right field', () => {
  it.each([
    [invalid('questions.1.text', 'required', { problem: 'required' }), { 'question-1': m.questionRequired }],
    [
      invalid('questions.0.text', 'at most 1000 characters', { problem: 'tooLong', params: { max: 1000 } }),
      { 'question-0': m.questionTooLong(1000) },
    ],
    [
      invalid('questions', 'ask at least one question', { problem: 'tooFew', params: { min: 1 } }),
      { questions: m.atLeastOneQuestion },
    ],
    [
      invalid('questions', 'at most 10 questions', { problem: 'tooMany', params: { max: 10 } }),
      { questions: m.tooManyQuestions(10) },
    ],
    [
      invalid('questions', 'answers have arrived, so the questions can no longer change', { problem: 'lockedByAnswers' }),
      { questions: m.questionsLocked },
    ],
    [invalid('deadline', 'must be in the future', { problem: 'notInFuture' }), { deadline: problems.notInFuture }],
    [
      invalid('deadline', 'must be before or at the meeting start', { problem: 'afterMeetingStart' }),
      { deadline: problems.afterMeetingStart },
    ],
    [invalid('deadline', 'Invalid ISO datetime', { problem: 'invalid' }), { deadline: m.deadlineInvalid }],
    [
      invalid('agendaItemId', 'not an item on this meeting’s agenda', { problem: 'notOnAgenda' }),
      { agendaItemId: problems.notOnAgenda },
    ],
    [invalid('askedMemberIds.2', 'not a valid id', { problem: 'invalid' }), { askedMemberIds: problems.notMemberOnDate }],
  ])('%j', (error, fields) => {
    expect(wording(error)).toEqual(next(fields));
  });

  it('decides on the problem code, not on the words: a reworded or misleading message changes nothing', () => {
    const reworded = invalid('questions', 'Answers have ARRIVED; at most 3 questions, must be in the future', {
      problem: 'tooFew',
      params: { min: 1 },
    });
    expect(wording(reworded)).toEqual({ key: 'questions', text: m.atLeastOneQuestion });
    const deadline = invalid('deadline', 'must be in the future', { problem: 'afterMeetingStart' });
    expect(wording(deadline)).toEqual({ key: 'deadline', text: problems.afterMeetingStart });
  });

  it('a problem on a field the form does not know is said over the form in the person’s language', () => {
    const error = invalid('formId', 'belongs to another proposal', { problem: 'notYours' });
    expect(wording(error, 'nn')).toEqual({ text: 'Dette høyrer til eit anna saksforslag.' });
  });

  it('a closed request is said over the form', () => {
    expect(wording(invalid('request', 'the request was closed', { problem: 'requestClosed' }))).toEqual({
      text: problems.requestClosed,
    });
  });
});

describe('chooseMeeting', () => {
  const past = aMeeting({ id: 'past', startsAt: '2024-06-12T08:00:00.000Z', status: 'held' });
  const next = aMeeting({ id: 'next', startsAt: '2024-09-18T08:00:00.000Z' });
  const later = aMeeting({ id: 'later', startsAt: '2024-11-20T09:00:00.000Z' });
  const NOW = new Date('2024-09-01T10:00:00.000Z');

  it('takes the meeting named in the address, else the next one, else the latest', () => {
    expect(chooseMeeting([past, next, later], 'past', NOW)?.id).toBe('past');
    expect(chooseMeeting([past, later, next], undefined, NOW)?.id).toBe('next');
    expect(chooseMeeting([past, next], 'gone', NOW)?.id).toBe('next');
    expect(chooseMeeting([past, next], undefined, new Date('2025-01-01T00:00:00Z'))?.id).toBe('next');
    expect(chooseMeeting([], undefined, NOW)).toBeUndefined();
  });

  it('never falls back to an archived meeting while an active one exists, but still opens one named in the address', () => {
    const archived = aMeeting({ id: 'archived', startsAt: '2024-08-01T08:00:00.000Z', status: 'archived' });
    const after = new Date('2025-01-01T00:00:00Z');
    expect(chooseMeeting([past, archived], undefined, after)?.id).toBe('past');
    expect(chooseMeeting([past, archived], 'archived', after)?.id).toBe('archived');
    expect(chooseMeeting([archived], undefined, after)?.id).toBe('archived');
    expect(splitArchived([past, archived, next])).toEqual({ active: [past, next], archived: [archived] });
  });
});
