import type { ChannelAccount, TeamsChannelAccount, TurnContext } from 'botbuilder';
import type { AppDeps } from '../app/deps';
import { syncTeamRoster } from '../app/use-cases/sync-team-roster';
import { setupCard } from '../cards/setup-card';
import { clientLanguage, installerOf, offerCouncilSetup, teamOf } from './setup-command';
import { sendCard } from './send-card';
import { teamMemberOf } from './team-roster';

/**
 * People (or the bot) added to a team. The bot itself: offer the council
 * setup (or say which council the team has). People: add them to the linked
 * council, or bring former members back.
 */
export async function onTeamMembersAdded(
  context: TurnContext,
  deps: AppDeps,
  membersAdded: TeamsChannelAccount[],
): Promise<void> {
  const where = teamOf(context.activity);
  if (!where) return;
  const botId = context.activity.recipient?.id;
  if (membersAdded.some((m) => m.id === botId)) {
    const installer = installerOf(context.activity);
    if (installer) await offerCouncilSetup(context, deps, where, installer);
    // Teams did not say who added the bot: nobody can be trusted to confirm, so ask for "oppsett".
    else await sendCard(context, setupCard({ view: 'notStarted', language: clientLanguage(context.activity) }));
  }
  const joined = membersAdded.filter((m) => m.id !== botId).flatMap((m) => teamMemberOf(m) ?? []);
  await syncTeamRoster(deps, { tenantId: where.tenantId, teamId: where.teamId, change: { joined, left: [] } });
}

/** People left the team: their membership ends at once (the row and its history stay). The bot removed: nothing changes. */
export async function onTeamMembersRemoved(context: TurnContext, deps: AppDeps, membersRemoved: ChannelAccount[]): Promise<void> {
  const where = teamOf(context.activity);
  const botId = context.activity.recipient?.id;
  if (!where || membersRemoved.some((m) => m.id === botId)) return;
  const left = membersRemoved.flatMap((m) => (m.aadObjectId ? [m.aadObjectId] : []));
  await syncTeamRoster(deps, { tenantId: where.tenantId, teamId: where.teamId, change: { joined: [], left } });
}
