import { apologiesChoice, attendanceState, isPresent, type AttendanceAnswer } from '../../../bot/src/domain/attendance';
import { anAnswer } from './builders';

const ANSWERS: [AttendanceAnswer, boolean][] = [
  [{ kind: 'attend' }, true],
  [{ kind: 'remote' }, true],
  [{ kind: 'deputy', deputyId: 'per' }, true],
  [{ kind: 'apologies' }, false],
  [{ kind: 'apologies', reason: 'sykdom' }, false],
];

describe('isPresent', () => {
  it.each(ANSWERS)('%j → %s', (answer, present) => {
    expect(isPresent(answer)).toBe(present);
  });
});

describe('attendanceState', () => {
  it.each(ANSWERS.map(([answer]) => answer))('is the answer kind for %j', (answer) => {
    expect(attendanceState(anAnswer('ola', answer))).toBe(answer.kind);
  });

  it('is notAnswered when there is no record', () => {
    expect(attendanceState(undefined)).toBe('notAnswered');
  });
});

describe('apologiesChoice ("forfall")', () => {
  it.each([
    [undefined, 'apologies'],
    [{ kind: 'attend' }, 'apologies'],
    [{ kind: 'remote' }, 'apologies'],
    [{ kind: 'apologies', reason: 'sykdom' }, 'apologies'],
    [{ kind: 'deputy', deputyId: 'per' }, 'deputy'],
  ] as [AttendanceAnswer | undefined, string][])('stored %j → %s', (stored, choice) => {
    expect(apologiesChoice(stored)).toBe(choice);
  });
});
