import { paramsOf, readProblem } from '../../../bot/src/domain/problem';
import { problemText } from '../../../bot/src/texts/problem-text';

describe('readProblem: a problem from untrusted data (the API body the tab receives)', () => {
  it('takes a known code with parameters of the right types', () => {
    expect(readProblem('tooLong', { max: 120 })).toEqual({ problem: 'tooLong', params: { max: 120 } });
    expect(readProblem('hasPersonalDeputies', { names: ['Ola Berg'] })).toEqual({
      problem: 'hasPersonalDeputies',
      params: { names: ['Ola Berg'] },
    });
    expect(readProblem('required', {})).toEqual({ problem: 'required' });
    expect(readProblem('required', undefined)).toEqual({ problem: 'required' });
  });

  it('refuses an unknown code, or parameters that are missing or of the wrong type', () => {
    expect(readProblem('at most 120 characters', {})).toBeUndefined();
    expect(readProblem(undefined, undefined)).toBeUndefined();
    expect(readProblem('tooLong', {})).toBeUndefined();
    expect(readProblem('tooLong', { max: '120' })).toBeUndefined();
    expect(readProblem('hasPersonalDeputies', { names: [1] })).toBeUndefined();
  });

  it('sends `params` as {} for a code without parameters', () => {
    expect(paramsOf({ problem: 'notInFuture' })).toEqual({});
    expect(paramsOf({ problem: 'yearLocked', params: { year: 2027 } })).toEqual({ year: 2027 });
  });
});

describe('problemText: the parameters reach the words in every language', () => {
  it.each([
    ['nb', 'Sakslisten er nummerert for 2027. Møtet må bli i samme år.'],
    ['nn', 'Saklista er nummerert for 2027. Møtet må bli i same år.'],
    ['en', 'The agenda is numbered for 2027. The meeting must stay in that year.'],
  ] as const)('%s', (language, text) => {
    expect(problemText({ problem: 'yearLocked', params: { year: 2027 } }, language)).toBe(text);
  });
});
