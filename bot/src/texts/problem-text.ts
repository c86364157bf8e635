import type { Language } from '../domain/language';
import type { Problem } from '../domain/problem';
import { textsFor } from './catalogue';

/**
 * A problem code and its parameters in words (the `problems` area). The tab
 * (tab/src/texts/problem-text.ts) and the cards (cards/field-errors.ts) both
 * translate through here; neither ever reads the server's English message.
 */
export function problemText(problem: Problem, language: Language): string {
  const t = textsFor(language).problems;
  switch (problem.problem) {
    case 'tooLong':
      return t.tooLong(problem.params.max);
    case 'tooMany':
      return t.tooMany(problem.params.max);
    case 'agendaFull':
      return t.agendaFull(problem.params.max);
    case 'tooFew':
      return t.tooFew(problem.params.min);
    case 'tooSmall':
      return t.tooSmall(problem.params.min);
    case 'tooLarge':
      return t.tooLarge(problem.params.max);
    case 'tooMuchText':
      return t.tooMuchText(problem.params.max);
    case 'tooFarAhead':
      return t.tooFarAhead(problem.params.maxYears);
    case 'yearLocked':
      return t.yearLocked(problem.params.year);
    case 'hasPersonalDeputies':
      return t.hasPersonalDeputies(problem.params.names.join(', '));
    case 'belowTakenNumbers':
      return t.belowTakenNumbers(problem.params.lowestFree);
    default:
      return t[problem.problem];
  }
}
