import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { setUpCouncil } from '../app/use-cases/set-up-council';
import type { SetupCardPlace } from '../app/support/setup-card-board';
import { viewCouncilSetup, type CouncilSetupView } from '../app/use-cases/view-council-setup';
import type { AdaptiveCard } from '../cards/bind-card';
import { textsFor } from '../texts/catalogue';
import { keptValues } from '../cards/field-errors';
import { SETUP_FIELDS, setupCard, type SetupFormValues, type SetupProblem, type SetupField } from '../cards/setup-card';
import { DEFAULT_TIME_ZONE, isTimeZone, type CouncilSetupChoices } from '../domain/council-setup';
import { Forbidden, InvalidValue } from '../domain/errors';
import type { Language } from '../domain/language';
import { LIMITS } from '../domain/limits';
import { idSchema, languageSchema, requiredText } from '../schemas/domain-schemas';
import { fieldProblems, refinementProblem } from '../schemas/field-problems';
import type { CardActionHandler } from './card-action';
import { setupCardBoard, linkedCard } from './setup-card-board';
import { clientLanguage, teamOf } from './setup-command';
import { addressOrigin } from './member-address';
import { readTeamRoster } from './team-roster';

const stepSchema = z.object({ step: z.enum(['view', 'confirm']) });

/** "" and white space mean "left empty". */
const blank = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** The setup form as Teams sends it back (inputs merged into the action data). Untrusted. */
const setupChoicesSchema = z.object({
  councilName: requiredText(LIMITS.councilName),
  language: z.preprocess(blank, languageSchema),
  timeZone: z.preprocess(
    blank,
    z
      .string()
      .max(64)
      .refine(isTimeZone, { message: 'unknown time zone', ...refinementProblem({ problem: 'unknownTimeZone' }) }),
  ),
  kind: z.preprocess(blank, z.enum(['regional', 'local'])),
  parentCouncilId: z.preprocess(blank, idSchema.optional()),
}) satisfies z.ZodType<CouncilSetupChoices>;

/**
 * `setupCouncil`: `view` (the card's refresh) shows each person their state
 * of the setup; `confirm` creates the council. Only the person recorded when
 * the setup was asked for may confirm: checked against storage, never the card.
 */
export const setupCouncilAction: CardActionHandler = async ({ turn, deps, principal, data, duplicate }) => {
  const where = teamOf(turn.activity);
  const language = clientLanguage(turn.activity);
  if (!where) return { message: textsFor(language).setupCard.onlyInTeam };
  const step = stepSchema.safeParse(data);
  if (!step.success) return { message: textsFor(language).cards.invalid };

  const view = await viewCouncilSetup(deps, { principal, tenantId: where.tenantId, teamId: where.teamId });
  // A redelivered press shows the current state and writes nothing.
  if (step.data.step === 'view' || duplicate || view.state !== 'form') return { card: cardFor(view, language) };

  const values = keptValues(SETUP_FIELDS, data) as SetupFormValues;
  const parsed = setupChoicesSchema.safeParse(data);
  if (!parsed.success) return { card: formCard(view, language, values, problemsOf(parsed.error)) };
  try {
    const done = await setUpCouncil(deps, {
      principal,
      tenantId: where.tenantId,
      teamId: where.teamId,
      choices: parsed.data,
      readTeamRoster: () => readTeamRoster(turn, addressOrigin(turn, where.tenantId), where.teamId),
      board: setupCardBoard(turn),
      ...pressedCard(turn),
    });
    return { card: linkedCard(done.view, !done.alreadyDone) };
  } catch (error) {
    if (error instanceof InvalidValue && isSetupField(error.field)) {
      return { card: formCard(view, language, values, [{ field: error.field, ...error.problem }]) };
    }
    // Someone else asked for setup in the meantime: show this person what they may see now.
    if (error instanceof Forbidden) {
      return {
        card: cardFor(await viewCouncilSetup(deps, { principal, tenantId: where.tenantId, teamId: where.teamId }), language),
      };
    }
    throw error;
  }
};

function cardFor(view: CouncilSetupView, language: Language): AdaptiveCard {
  switch (view.state) {
    case 'linked':
      return linkedCard(view, false);
    case 'form':
      return formCard(view, language, defaultValues(view), []);
    case 'someoneElse':
      return setupCard({
        view: 'inProgress',
        language,
        installerName: view.setup.installer.name,
        installerTeamsUserId: view.setup.installer.teamsUserId,
      });
    case 'notStarted':
      return setupCard({ view: 'notStarted', language });
  }
}

function formCard(
  view: CouncilSetupView & { state: 'form' },
  language: Language,
  values: SetupFormValues,
  problems: SetupProblem[],
): AdaptiveCard {
  return setupCard({
    view: 'form',
    language,
    installerTeamsUserId: view.setup.installer.teamsUserId,
    values,
    regionalCouncils: view.regionalCouncils.map((c) => ({ id: c.id, name: c.name })),
    problems,
  });
}

/** Team name as the council's name; a local council under the tenant's only regional council, if it has regional ones. */
function defaultValues(view: CouncilSetupView & { state: 'form' }): SetupFormValues {
  const regional = view.regionalCouncils;
  return {
    councilName: view.setup.teamName ?? '',
    language: view.setup.language,
    timeZone: DEFAULT_TIME_ZONE,
    kind: regional.length > 0 ? 'local' : 'regional',
    parentCouncilId: regional.length === 1 ? (regional[0]?.id ?? '') : '',
  };
}

/** A parent that is not even an id cannot be one of the regional councils offered. */
function problemsOf(error: z.ZodError): SetupProblem[] {
  return fieldProblems(error).map((p): SetupProblem =>
    p.field === 'parentCouncilId' && p.problem === 'invalid' ? { field: p.field, problem: 'notRegionalCouncil' } : p,
  );
}

function isSetupField(field: string): field is SetupField {
  return (SETUP_FIELDS as readonly string[]).includes(field);
}

/** The card this press came from: Teams replaces it only for the person who pressed, so it is replaced for everyone. */
function pressedCard(turn: TurnContext): { pressedCard?: SetupCardPlace } {
  const activityId = turn.activity.replyToId;
  const conversationId = turn.activity.conversation?.id;
  return activityId && conversationId ? { pressedCard: { conversationId, activityId } } : {};
}
