import { ApiError } from '../../../tab/src/api/api-client';
import type { Problem } from '../../../bot/src/domain/problem';
import { textsFor } from '../../../bot/src/texts/catalogue';
import { problemsFrom } from '../../../tab/src/views/inputs/form-problems';
import { chooseMeeting } from '../../../tab/src/state/meeting-choice';
import { aMeeting } from '../domain/builders';

const m = textsFor('nb').inputs;
const problems = textsFor('nb').problems;
const fallback = () => 'fallback';
const invalid = (field: string, reason: string, problem: Problem) =>
  new ApiError(400, 'invalidValue', `Invalid value for ${field}: ${reason}`, field, problem);

describe('problemsFrom: the server’s answer next to the right field', () => {
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
  ])('%s', (error, fields) => {
    expect(problemsFrom(error, m, 'nb', fallback)).toEqual({ fields, form: m.fixBelow });
  });

  it('decides on the problem code, not on the words: a reworded or misleading message changes nothing', () => {
    const reworded = invalid('questions', 'Answers have ARRIVED; at most 3 questions, must be in the future', {
      problem: 'tooFew',
      params: { min: 1 },
    });
    expect(problemsFrom(reworded, m, 'nb', fallback)).toEqual({ fields: { questions: m.atLeastOneQuestion }, form: m.fixBelow });
    const deadline = invalid('deadline', 'must be in the future', { problem: 'afterMeetingStart' });
    expect(problemsFrom(deadline, m, 'nb', fallback).fields).toEqual({ deadline: problems.afterMeetingStart });
  });

  it('a problem on a field the form does not know is said over the form in the person’s language', () => {
    const error = invalid('formId', 'belongs to another proposal', { problem: 'notYours' });
    expect(problemsFrom(error, m, 'nn', fallback)).toEqual({ fields: {}, form: 'Dette høyrer til eit anna saksforslag.' });
  });

  it('412 says "changed by someone else — reload" and offers a reload', () => {
    expect(problemsFrom(new ApiError(412, 'concurrentEdit', 'x'), m, 'nb', fallback)).toEqual({
      fields: {},
      form: 'Endret av noen andre — last inn på nytt.',
      conflict: true,
    });
  });

  it('anything else is said over the form', () => {
    expect(problemsFrom(new ApiError(403, 'forbidden', 'no'), m, 'nb', fallback)).toEqual({ fields: {}, form: 'fallback' });
    expect(problemsFrom(invalid('request', 'the request was closed', { problem: 'requestClosed' }), m, 'nb', fallback)).toEqual({
      fields: {},
      form: problems.requestClosed,
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
});
