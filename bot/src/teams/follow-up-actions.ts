import { markFollowUpDoneFor } from '../app/use-cases/mark-follow-up-done';
import { viewFollowUp } from '../app/use-cases/view-follow-up';
import { languageOf, membersOf, type CouncilScope } from '../app/scope/request-scope';
import type { FollowUpEntry } from '../contracts/follow-ups';
import { followUpCard } from '../cards/follow-up-card';
import { Forbidden, InvalidValue } from '../domain/errors';
import { canMarkDone } from '../domain/follow-up';
import type { FieldProblem } from '../domain/problem';
import { followUpDoneSubmissionSchema } from '../schemas/card-payloads';
import { idSchema } from '../schemas/domain-schemas';
import { fieldProblems } from '../schemas/field-problems';
import { keptValues } from '../cards/field-errors';
import type { CardActionResult, CardActionHandler } from './card-action';
import { z } from 'zod';

const followUpRefSchema = z.object({ councilId: idSchema, followUpId: idSchema });

/** The follow-up card as this person sees it: the form only for the responsible member (or a manager) while open. */
export function followUpCardFor(
  scope: CouncilScope,
  entry: FollowUpEntry,
  state: { note?: string; problems?: FieldProblem[] } = {},
): CardActionResult {
  const council = scope.council.value;
  const doneBy = entry.followUp.done?.by;
  const doneByName = doneBy === undefined ? undefined : membersOf(scope).find((m) => m.aadObjectId === doneBy)?.name;
  return {
    card: followUpCard({
      language: languageOf(scope),
      councilName: council.name,
      timeZone: council.timeZone,
      entry,
      note: state.note ?? entry.followUp.done?.note ?? '',
      canMarkDone: canMarkDone(scope.me, entry.followUp),
      ...(doneByName !== undefined && { doneByName }),
      problems: state.problems ?? [],
    }),
  };
}

/**
 * "Merk som gjort": the note is required; a refused form comes back with what
 * was typed; the card is replaced in place by the done follow-up. A redelivered
 * press shows the stored state without writing.
 */
export const markFollowUpDoneAction: CardActionHandler = async ({ deps, principal, data, duplicate }) => {
  const ref = followUpRefSchema.safeParse(data);
  if (!ref.success) throw new InvalidValue('card', { problem: 'invalid' }, 'the card does not name a follow-up');
  const { councilId, followUpId } = ref.data;
  const view = await viewFollowUp(deps, { principal, councilId, followUpId });
  if (duplicate || !principal) return followUpCardFor(view.scope, view.entry);
  const typed = keptValues(['note'], data)['note'] ?? '';
  const parsed = followUpDoneSubmissionSchema.safeParse(data);
  if (!parsed.success) return followUpCardFor(view.scope, view.entry, { note: typed, problems: fieldProblems(parsed.error) });
  try {
    const { entry } = await markFollowUpDoneFor(deps, { principal, councilId, followUpId, note: parsed.data.note });
    return followUpCardFor(view.scope, entry);
  } catch (error) {
    // Not theirs to mark: the card as they may see it, saying so under the note.
    if (error instanceof Forbidden)
      return followUpCardFor(view.scope, view.entry, { note: typed, problems: [{ field: 'note', problem: 'notYours' }] });
    if (error instanceof InvalidValue)
      return followUpCardFor(view.scope, view.entry, { note: typed, problems: [{ field: 'note', ...error.problem }] });
    throw error;
  }
};
