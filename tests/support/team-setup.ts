import { DEMO_TENANT_ID } from '../../bot/src/dev/demo-ids';
import type { Sender, TeamPlace } from './activities';
import type { ConnectorRecorder, RecordedCall, TeamsAccount } from './connector-recorder';
import { readCard, type ReadCard } from './card-reading';

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
