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
