import { TurnContext, type ChannelAccount, type TeamInfo } from 'botbuilder';
import type { AppDeps } from '../app/deps';
import { conversationKey, rememberConversation } from '../app/use-cases/remember-conversation';
import { rememberMemberAddresses, type TeamRosterEntry } from '../app/use-cases/remember-member-addresses';
import { principalOf } from './activity-principal';
import { addressOrigin, memberAddressOf } from './member-address';

function tenantOf(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const id = channelData?.tenant?.id ?? context.activity.conversation?.tenantId;
  return typeof id === 'string' && id ? id : undefined;
}

function referenceOf(context: TurnContext): Record<string, unknown> {
  return { ...TurnContext.getConversationReference(context.activity) };
}

/**
 * Stores what proactive messages need: the team's channel when the bot is
 * added to a team, and each added member's address (enough to open a 1:1 chat).
 */
export async function rememberTeamMembers(
  context: TurnContext,
  deps: AppDeps,
  membersAdded: ChannelAccount[],
  team: TeamInfo | undefined,
): Promise<void> {
  const tenantId = tenantOf(context);
  if (!tenantId) return;
  const botId = context.activity.recipient?.id;
  if (team?.id && membersAdded.some((m) => m.id === botId)) {
    await rememberConversation(deps, { tenantId, key: conversationKey.team(team.id), reference: referenceOf(context) });
  }
  const origin = addressOrigin(context, tenantId);
  const people = membersAdded.flatMap((member): TeamRosterEntry[] => {
    if (member.id === botId || !member.aadObjectId) return [];
    const address = memberAddressOf(member, origin);
    return address ? [{ member: { aadObjectId: member.aadObjectId, name: member.name ?? '' }, address }] : [];
  });
  await rememberMemberAddresses(deps, { tenantId, members: people });
}

/** A personal chat: remember it so 1:1 nudges can reach this person. */
export async function rememberPersonalChat(context: TurnContext, deps: AppDeps): Promise<void> {
  if (context.activity.conversation?.conversationType !== 'personal') return;
  const principal = principalOf(context.activity);
  if (!principal) return;
  await rememberConversation(deps, {
    tenantId: principal.tenantId,
    key: conversationKey.personal(principal.aadObjectId),
    reference: referenceOf(context),
  });
}
