import { randomUUID } from 'node:crypto';
import { DEMO_TENANT_ID } from '../../bot/src/dev/demo-ids';

export interface Sender {
  aadObjectId: string;
  name: string;
  tenantId?: string;
}

/** A Teams personal-chat `message` activity as the Bot Connector would POST it. */
export function personalMessage(
  serviceUrl: string,
  from: Sender,
  text: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const tenantId = from.tenantId ?? DEMO_TENANT_ID;
  return {
    type: 'message',
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: `29:${from.aadObjectId}`, name: from.name, aadObjectId: from.aadObjectId },
    conversation: { id: `a:personal-${from.aadObjectId}`, conversationType: 'personal', tenantId },
    recipient: { id: '28:utvalg-bot', name: 'Utvalg' },
    text,
    locale: 'nb-NO',
    channelData: { tenant: { id: tenantId } },
    ...extra,
  };
}

/** The bot being added to a team (conversationUpdate, membersAdded includes the bot). */
export function botAddedToTeam(
  serviceUrl: string,
  teamId: string,
  addedBy: Sender,
  members: Sender[] = [],
): Record<string, unknown> {
  return {
    type: 'conversationUpdate',
    id: randomUUID(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: `29:${addedBy.aadObjectId}`, name: addedBy.name, aadObjectId: addedBy.aadObjectId },
    conversation: { id: teamId, conversationType: 'channel', isGroup: true, tenantId: DEMO_TENANT_ID },
    recipient: { id: '28:utvalg-bot', name: 'Utvalg' },
    membersAdded: [
      { id: '28:utvalg-bot' },
      ...members.map((m) => ({ id: `29:${m.aadObjectId}`, name: m.name, aadObjectId: m.aadObjectId })),
    ],
    channelData: { tenant: { id: DEMO_TENANT_ID }, team: { id: teamId, name: 'Brukerutvalget' }, eventType: 'teamMemberAdded' },
  };
}

export async function postActivity(baseUrl: string, activity: Record<string, unknown>): Promise<Response> {
  return fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
}

/** Where an activity happens in a team: the team, and the channel (the General channel's id is the team's id). */
export interface TeamPlace {
  teamId: string;
  teamName?: string;
  channelId?: string;
  tenantId?: string;
}

export interface InvokeActionOptions {
  /** A team channel; without it the invoke comes from the sender's personal chat. */
  team?: TeamPlace;
  trigger?: 'manual' | 'automatic';
  /** Reuse an activity id to simulate a redelivery. */
  id?: string;
  /** The id of the message whose card was pressed (Teams sets it on card actions). */
  replyToId?: string;
  locale?: string;
}

/**
 * An `adaptiveCard/action` invoke (Universal Actions), as Teams sends it when
 * someone presses an `Action.Execute` button or a card refreshes itself
 * (`trigger: 'automatic'`). `data` is the action's data with the inputs merged in.
 */
export function invokeAction(
  serviceUrl: string,
  from: Sender,
  verb: string,
  data: Record<string, unknown>,
  options: InvokeActionOptions = {},
): Record<string, unknown> {
  const tenantId = options.team?.tenantId ?? from.tenantId ?? DEMO_TENANT_ID;
  const team = options.team;
  const channelId = team ? (team.channelId ?? team.teamId) : undefined;
  const conversation = team
    ? {
        id: `${channelId};messageid=${options.replyToId ?? '1700000000000'}`,
        conversationType: 'channel',
        isGroup: true,
        tenantId,
      }
    : { id: `a:personal-${from.aadObjectId}`, conversationType: 'personal', tenantId };
  return {
    ...invokeActivity(serviceUrl, from, verb, data, options, conversation, {
      tenant: { id: tenantId },
      ...(team ? { team: { id: team.teamId, name: team.teamName }, channel: { id: channelId } } : {}),
    }),
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
  };
}

/** The parts every `adaptiveCard/action` invoke has; the caller says where it happens (conversation, channelData). */
export function invokeActivity(
  serviceUrl: string,
  from: Sender,
  verb: string,
  data: Record<string, unknown>,
  options: { id?: string; locale?: string; trigger?: 'manual' | 'automatic' },
  conversation: Record<string, unknown>,
  channelData: Record<string, unknown>,
): Record<string, unknown> {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: options.id ?? randomUUID(),
    timestamp: new Date().toISOString(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: `29:${from.aadObjectId}`, name: from.name, aadObjectId: from.aadObjectId },
    conversation,
    recipient: { id: '28:utvalg-bot', name: 'Utvalg' },
    locale: options.locale ?? 'nb-NO',
    channelData,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: options.trigger ?? 'manual' },
  };
}

/** A team conversationUpdate: people (not the bot) joined (`membersAdded`) or left (`membersRemoved`). */
export function teamMembersChanged(
  serviceUrl: string,
  team: TeamPlace,
  change: { added?: Sender[]; removed?: Sender[] },
): Record<string, unknown> {
  const tenantId = team.tenantId ?? DEMO_TENANT_ID;
  const account = (m: Sender) => ({ id: `29:${m.aadObjectId}`, aadObjectId: m.aadObjectId });
  return {
    type: 'conversationUpdate',
    id: randomUUID(),
    serviceUrl,
    channelId: 'msteams',
    from: { id: '29:team-owner' },
    conversation: { id: team.teamId, conversationType: 'channel', isGroup: true, tenantId },
    recipient: { id: '28:utvalg-bot', name: 'Utvalg' },
    ...(change.added ? { membersAdded: change.added.map(account) } : {}),
    ...(change.removed ? { membersRemoved: change.removed.map(account) } : {}),
    channelData: {
      tenant: { id: tenantId },
      team: { id: team.teamId, name: team.teamName },
      eventType: change.removed ? 'teamMemberRemoved' : 'teamMemberAdded',
    },
  };
}
