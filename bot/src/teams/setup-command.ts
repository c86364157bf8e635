import { randomUUID } from 'node:crypto';
import type { Activity, TurnContext } from 'botbuilder';
import type { AppDeps } from '../app/deps';
import { startCouncilSetup } from '../app/use-cases/start-council-setup';
import { describeLinked } from '../app/use-cases/view-council-setup';
import { textsFor } from '../texts/catalogue';
import type { Installer } from '../domain/council-setup';
import { DEFAULT_LANGUAGE, languageFromLocale, type Language } from '../domain/language';
import type { CommandHandler } from './command-request';
import { sendCard } from './send-card';
import { linkedCard, setupCardBoard } from './setup-card-board';

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
 * One setup card per team, in the team's channel: everyone sees who is setting
 * up, and the card refreshes into the form for that one person. Asking again
 * posts no second card, only a short answer pointing to it. A team that
 * already has a council gets told which, and nothing new is created.
 */
export async function offerCouncilSetup(turn: TurnContext, deps: AppDeps, where: TeamWhere, installer: Installer): Promise<void> {
  const language = clientLanguage(turn.activity);
  const claimId = turn.activity.id ?? randomUUID();
  const start = await startCouncilSetup(deps, {
    request: { ...where, installer, language, claimId },
    board: setupCardBoard(turn),
  });
  if (start.state === 'linked') {
    await sendCard(turn, linkedCard(await describeLinked(deps, start.council), false));
    return;
  }
  if (start.state === 'underWay') {
    const t = textsFor(language).setupCard;
    await turn.sendActivity(start.tookOver ? t.takenOverAbove : t.underWayAbove);
  }
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
