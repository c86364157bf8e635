import { randomUUID } from 'node:crypto';
import { TurnContext, type Activity } from 'botbuilder';
import type { AppDeps } from '../../bot/src/app/deps';
import type { ConversationStore } from '../../bot/src/app/ports';
import { DEMO_TENANT_ID } from '../../bot/src/dev/demo-ids';
import type { Council } from '../../bot/src/domain/council';
import type { Role } from '../../bot/src/domain/member';
import { botAddedToTeam, type Sender, type TeamPlace } from './activities';
import type { ConnectorRecorder, RecordedCall, TeamsAccount } from './connector-recorder';
import { readCard, type ReadCard } from './card-reading';
import { aCouncil, aMember } from './storage-builders';

/** A person as the team roster lists them (Teams user id `29:<aad id>`). */
export function teamAccount(s: Sender, extra: Partial<TeamsAccount> = {}): TeamsAccount {
  return {
    id: `29:${s.aadObjectId}`,
    name: s.name,
    aadObjectId: s.aadObjectId,
    userPrincipalName: `${s.aadObjectId}@example.org`,
    userRole: 'user',
    tenantId: DEMO_TENANT_ID,
    ...extra,
  };
}

/** A message in the team's General channel that @mentions the bot. */
export function channelMention(
  serviceUrl: string,
  team: TeamPlace,
  from: Sender,
  text: string,
  locale = 'nb-NO',
): Record<string, unknown> {
  return {
    type: 'message',
    id: `msg-${Math.random().toString(36).slice(2)}`,
    serviceUrl,
    channelId: 'msteams',
    from: { id: `29:${from.aadObjectId}`, name: from.name, aadObjectId: from.aadObjectId },
    conversation: { id: team.teamId, conversationType: 'channel', isGroup: true, tenantId: DEMO_TENANT_ID },
    recipient: { id: '28:utvalg-bot', name: 'Utvalg' },
    text,
    entities: [{ type: 'mention', mentioned: { id: '28:utvalg-bot', name: 'Utvalg' }, text: '<at>Utvalg</at>' }],
    locale,
    channelData: { tenant: { id: DEMO_TENANT_ID }, team: { id: team.teamId, name: team.teamName }, channel: { id: team.teamId } },
  };
}

/** One message the bot posted in a conversation, as it reads now (after every update in place). */
export interface ChannelMessage {
  id: string;
  text?: string;
  card?: ReadCard;
  /** How often the bot replaced it in place. */
  updates: number;
}

interface SentActivity {
  text?: string;
  attachments?: { contentType: string; content: unknown }[];
}

/**
 * What a channel finally shows, rebuilt from the connector calls: every
 * message the bot posted (POST …/activities[/{replyTo}], answered with
 * `recorded-<n>`), with the content of its last update (PUT …/activities/{id}).
 * A thread's conversation id ("<channel>;messageid=<root>") counts as its channel.
 */
export function channelAsShown(recorder: ConnectorRecorder, channelId: string): ChannelMessage[] {
  const messages = new Map<string, ChannelMessage>();
  recorder.calls.forEach((call: RecordedCall, index) => {
    const match = /^\/v3\/conversations\/([^/?]+)\/activities(?:\/([^/?]+))?/.exec(call.path);
    if (!match || call.status >= 300) return;
    if (decodeURIComponent(match[1]!).split(';')[0] !== channelId) return;
    const content = shown(call.body as SentActivity);
    if (call.method === 'POST') {
      const id = `recorded-${index + 1}`;
      messages.set(id, { id, ...content, updates: 0 });
    } else if (call.method === 'PUT' && match[2]) {
      const id = decodeURIComponent(match[2]);
      const before = messages.get(id);
      messages.set(id, { id, ...content, updates: (before?.updates ?? 0) + 1 });
    }
  });
  return [...messages.values()];
}

function shown(activity: SentActivity): { text?: string; card?: ReadCard } {
  const card = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  return card ? { card: readCard(card.content) } : activity.text !== undefined ? { text: activity.text } : {};
}

/**
 * Stores the team's conversation reference as the bot keeps it once `installer`
 * added it to the team, pointing at `serviceUrl` (a ConnectorRecorder's), so
 * posts to the team's channel reach the recorder.
 */
export async function saveTeamConversation(
  conversations: ConversationStore,
  options: { serviceUrl: string; tenantId: string; teamId: string; installer: Sender; now: Date },
): Promise<void> {
  const installed = botAddedToTeam(options.serviceUrl, options.teamId, options.installer) as Partial<Activity>;
  await conversations.save({
    tenantId: options.tenantId,
    key: `team:${options.teamId}`,
    reference: { ...TurnContext.getConversationReference(installed) },
    updatedAt: options.now.toISOString(),
  });
}

/**
 * A council of the demo tenant with `people` (ids, their names too) in their
 * roles, and a fresh team the bot was added to by the first of them (see
 * saveTeamConversation); the council is linked to that team unless `linked` is false.
 */
export async function seedTeamCouncil(
  deps: AppDeps,
  options: {
    serviceUrl: string;
    people: readonly (readonly [string, Role])[];
    now: Date;
    council?: Partial<Council>;
    linked?: boolean;
  },
): Promise<{ councilId: string; teamId: string }> {
  const councilId = `c-${randomUUID().slice(0, 8)}`;
  const teamId = `19:${randomUUID()}@thread.tacv2`;
  await deps.councils.create(
    aCouncil(councilId, {
      tenantId: DEMO_TENANT_ID,
      name: 'Brukerutvalget i NAV Vestfold og Telemark',
      ...options.council,
      ...(options.linked === false ? {} : { teamId, channelId: teamId }),
    }),
  );
  for (const [id, role] of options.people) {
    await deps.members.create(aMember(councilId, id, { tenantId: DEMO_TENANT_ID, role, name: id }));
  }
  const installer = { aadObjectId: options.people[0]?.[0] ?? 'installer', name: 'Sekretær' };
  await saveTeamConversation(deps.conversations, {
    serviceUrl: options.serviceUrl,
    tenantId: DEMO_TENANT_ID,
    teamId,
    installer,
    now: options.now,
  });
  return { councilId, teamId };
}
