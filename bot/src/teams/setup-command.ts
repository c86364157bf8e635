import type { Activity, TurnContext } from 'botbuilder';
import type { AppDeps } from '../app/deps';
import { startCouncilSetup } from '../app/start-council-setup';
import { describeLinked, type CouncilSetupView } from '../app/view-council-setup';
import type { AdaptiveCard } from '../cards/bind-card';
import { setupCard } from '../cards/setup-card';
import { textsFor } from '../texts/catalogue';
import type { Installer } from '../domain/council-setup';
import { DEFAULT_LANGUAGE, languageFromLocale, type Language } from '../domain/language';
import type { CommandHandler } from './command-request';
import { sendCard } from './send-card';

/** The team an activity comes from, as Teams says in channelData (never from card data). */
export interface TeamWhere {
  tenantId: string;
  teamId: string;
  teamName?: string;
  /** The channel the activity is in; for a bot added to a team, its General channel. */
  channelId: string;
}

export function teamOf(activity: Partial<Activity>): TeamWhere | undefined {
  const channelData = activity.channelData as
    { tenant?: { id?: unknown }; team?: { id?: unknown; name?: unknown }; channel?: { id?: unknown } } | undefined;
  const tenantId = channelData?.tenant?.id ?? activity.conversation?.tenantId;
  const teamId = channelData?.team?.id;
  if (typeof tenantId !== 'string' || !tenantId || typeof teamId !== 'string' || !teamId) return undefined;
  // A channel's conversation id carries ";messageid=…" inside a thread.
  const channelId = channelData?.channel?.id ?? activity.conversation?.id?.split(';')[0] ?? teamId;
  const where: TeamWhere = { tenantId, teamId, channelId: typeof channelId === 'string' && channelId ? channelId : teamId };
  if (typeof channelData?.team?.name === 'string') where.teamName = channelData.team.name;
  return where;
}

/** The language to speak to someone in before any council exists: their client's. */
export function clientLanguage(activity: Partial<Activity>): Language {
  return languageFromLocale(activity.locale) ?? DEFAULT_LANGUAGE;
}

/**
 * Posts the setup card in the team's channel: everyone sees who is setting
 * up, and the card refreshes into the form for that one person. A team that
 * already has a council gets told which, and nothing new is created.
 */
export async function offerCouncilSetup(turn: TurnContext, deps: AppDeps, where: TeamWhere, installer: Installer): Promise<void> {
  const language = clientLanguage(turn.activity);
  const start = await startCouncilSetup(deps, { ...where, installer, language });
  if (start.state === 'linked') {
    await sendCard(turn, linkedCard(await describeLinked(deps, start.council), false));
    return;
  }
  await sendCard(
    turn,
    setupCard({
      view: 'inProgress',
      language,
      installerName: start.setup.installer.name,
      installerTeamsUserId: start.setup.installer.teamsUserId,
    }),
  );
}

/**
 * The card for a team that has its council: which council, its secretary, how
 * many members. In the council's language: it replaces the card everyone sees.
 */
export function linkedCard(view: CouncilSetupView & { state: 'linked' }, justSetUp: boolean): AdaptiveCard {
  return setupCard({
    view: 'linked',
    language: view.council.language,
    councilName: view.council.name,
    secretaries: view.secretaries,
    activeMembers: view.activeMembers,
    justSetUp,
  });
}

/** The person an activity is from, as the one setting up (Teams user id for the card's refresh, Entra id to check). */
export function installerOf(activity: Partial<Activity>): Installer | undefined {
  const from = activity.from;
  if (!from?.id || !from.aadObjectId) return undefined;
  return { aadObjectId: from.aadObjectId, teamsUserId: from.id, name: from.name ?? '' };
}

/** "@Utvalg oppsett" in a team channel: the setup card again (this person sets up), or which council the team has. */
export const setupCommand: CommandHandler = async ({ turn, deps }) => {
  const where = teamOf(turn.activity);
  const installer = installerOf(turn.activity);
  if (!where || !installer) {
    await turn.sendActivity(textsFor(clientLanguage(turn.activity)).setupCard.onlyInTeam);
    return;
  }
  await offerCouncilSetup(turn, deps, where, installer);
};
