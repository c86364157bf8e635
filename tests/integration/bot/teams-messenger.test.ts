import { randomUUID } from 'node:crypto';
import { TurnContext, type Activity } from 'botbuilder';
import type { ConversationStore, OutgoingMessage } from '../../../bot/src/app/ports';
import { silentLogger, type Logger } from '../../../bot/src/config/logger';
import { DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import { createBotAdapter } from '../../../bot/src/teams/bot-adapter';
import type { SendLimits } from '../../../bot/src/teams/send-throttle';
import { MessageDeliveryFailed, TeamsMessenger, type RetryPolicy } from '../../../bot/src/teams/teams-messenger';
import { personalMessage } from '../../support/activities';
import type { RecordedCall } from '../../support/connector-recorder';
import { saveTeamConversation } from '../../support/team-setup';
import { useRecordedTestApp } from '../../support/test-app';

const tenantId = DEMO_TENANT_ID;
const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Sekretæren har svart', wrap: true }] };
const message: OutgoingMessage = { text: 'Forslaget ditt er tatt med på sakslista', card };

interface SentActivity {
  type?: string;
  text?: string;
  summary?: string;
  replyToId?: string;
  conversation?: { id: string };
  recipient?: { id: string };
  attachments?: { contentType: string; content: { body: { text?: string }[]; fallbackText?: string } }[];
}

const sent = (call: RecordedCall): SentActivity => call.body as SentActivity;
const isCreate = (c: RecordedCall) => c.method === 'POST' && /^\/v3\/conversations\/?$/.test(c.path);
const activitiesOf = (conversationId: string) => (c: RecordedCall) =>
  c.method === 'POST' && c.path === `/v3/conversations/${encodeURIComponent(conversationId)}/activities`;

describe('TeamsMessenger: proactive messages over real HTTP to the connector', () => {
  const served = useRecordedTestApp({ seed: false });
  const { recorder } = served;
  let conversations: ConversationStore;

  beforeAll(() => {
    conversations = served.running.app.deps.conversations;
  });
  beforeEach(() => recorder.reset());

  /** A personal chat as the bot remembers it when the member writes to it. */
  async function seedPersonalChat(aadObjectId: string): Promise<string> {
    const activity = personalMessage(recorder.url, { aadObjectId, name: 'Medlem' }, 'hjelp') as Partial<Activity>;
    const reference = TurnContext.getConversationReference(activity);
    await conversations.save({
      tenantId,
      key: `user:${aadObjectId}`,
      reference: { ...reference },
      updatedAt: new Date().toISOString(),
    });
    return reference.conversation!.id;
  }

  /** A team member's address as the bot remembers it when it is installed in their team. */
  async function seedMemberAddress(aadObjectId: string): Promise<void> {
    await conversations.save({
      tenantId,
      key: `member:${aadObjectId}`,
      reference: {
        user: { id: `29:${aadObjectId}`, name: 'Medlem', aadObjectId },
        serviceUrl: recorder.url,
        channelId: 'msteams',
        tenantId,
      },
      updatedAt: new Date().toISOString(),
    });
  }

  function messenger(options: { limits?: SendLimits; retry?: Partial<RetryPolicy>; log?: Logger } = {}): TeamsMessenger {
    return new TeamsMessenger({
      adapter: createBotAdapter(undefined, silentLogger),
      conversations,
      botAppId: '',
      log: options.log ?? silentLogger,
      limits: options.limits,
      retry: options.retry,
    });
  }

  it('sends a member with a personal chat the card, with the text as summary and fallback', async () => {
    const member = randomUUID();
    const conversationId = await seedPersonalChat(member);

    await expect(served.running.app.deps.messenger.sendToMember(tenantId, member, message)).resolves.toBe('sent');

    expect(recorder.calls).toHaveLength(1);
    const call = recorder.calls[0]!;
    expect(activitiesOf(conversationId)(call)).toBe(true);
    const activity = sent(call);
    expect(activity.type).toBe('message');
    expect(activity.replyToId).toBeUndefined();
    expect(activity.recipient?.id).toBe(`29:${member}`);
    expect(activity.summary).toBe(message.text);
    expect(activity.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(activity.attachments?.[0]?.content.body[0]?.text).toBe('Sekretæren har svart');
    expect(activity.attachments?.[0]?.content.fallbackText).toBe(message.text);
  });

  it('sends plain text as plain text, not markdown', async () => {
    const member = randomUUID();
    await seedPersonalChat(member);
    await served.running.app.deps.messenger.sendToMember(tenantId, member, { text: '**ikke fet** [lenke](http://x)' });
    const activity = recorder.calls[0]!.body as { text?: string; textFormat?: string; attachments?: unknown };
    expect(activity).toMatchObject({ text: '**ikke fet** [lenke](http://x)', textFormat: 'plain' });
    expect(activity.attachments).toBeUndefined();
  });

  it('opens a 1:1 chat from a member address, remembers it, and reuses it for the next message', async () => {
    const member = randomUUID();
    await seedMemberAddress(member);

    await expect(served.running.app.deps.messenger.sendToMember(tenantId, member, message)).resolves.toBe('sent');

    const creates = recorder.calls.filter(isCreate);
    expect(creates).toHaveLength(1);
    expect(creates[0]!.body).toMatchObject({
      isGroup: false,
      members: [{ id: `29:${member}` }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    });
    const stored = await conversations.get(tenantId, `user:${member}`);
    const newId = (stored?.reference['conversation'] as { id: string }).id;
    expect(newId).toMatch(/^a:new-/);
    expect(stored?.reference['serviceUrl']).toBe(recorder.url);
    const first = recorder.calls.filter(activitiesOf(newId));
    expect(first).toHaveLength(1);
    expect(sent(first[0]!).attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');

    await expect(served.running.app.deps.messenger.sendToMember(tenantId, member, message)).resolves.toBe('sent');
    expect(recorder.calls.filter(isCreate)).toHaveLength(1);
    expect(recorder.calls.filter(activitiesOf(newId))).toHaveLength(2);
  });

  it('answers unreachable for a member it has no way to reach, and sends nothing', async () => {
    await expect(served.running.app.deps.messenger.sendToMember(tenantId, randomUUID(), message)).resolves.toBe('unreachable');
    expect(recorder.calls).toHaveLength(0);
  });

  it.each([403, 404])('answers unreachable (and logs it) when the connector says %i', async (status) => {
    const member = randomUUID();
    const conversationId = await seedPersonalChat(member);
    recorder.failNext('POST', /\/activities$/, { status, body: { error: { code: 'ConversationBlockedByUser', message: 'x' } } });
    const warnings: Record<string, unknown>[] = [];
    const log: Logger = { ...silentLogger, warn: (_m, fields) => warnings.push(fields ?? {}) };

    await expect(messenger({ log }).sendToMember(tenantId, member, message)).resolves.toBe('unreachable');

    expect(recorder.calls.filter(activitiesOf(conversationId))).toHaveLength(1);
    expect(warnings).toContainEqual(expect.objectContaining({ aadObjectId: member, status, code: 'ConversationBlockedByUser' }));
  });

  it('opens a new chat when the stored one is gone (404) and the member address is known', async () => {
    const member = randomUUID();
    await seedPersonalChat(member);
    await seedMemberAddress(member);
    recorder.failNext('POST', /\/activities$/, { status: 404 });

    await expect(served.running.app.deps.messenger.sendToMember(tenantId, member, message)).resolves.toBe('sent');

    expect(recorder.calls.map((c) => c.status)).toEqual([404, 201, 200]);
    const stored = await conversations.get(tenantId, `user:${member}`);
    expect((stored?.reference['conversation'] as { id: string }).id).toMatch(/^a:new-/);
  });

  it('answers unreachable when Teams refuses to open the chat (403)', async () => {
    const member = randomUUID();
    await seedMemberAddress(member);
    recorder.failNext('POST', /^\/v3\/conversations$/, { status: 403 });
    await expect(served.running.app.deps.messenger.sendToMember(tenantId, member, message)).resolves.toBe('unreachable');
    expect(await conversations.get(tenantId, `user:${member}`)).toBeUndefined();
  });

  it('waits as long as a 429 Retry-After says, then sends once', async () => {
    const member = randomUUID();
    const conversationId = await seedPersonalChat(member);
    recorder.failNext('POST', /\/activities$/, { status: 429, headers: { 'Retry-After': '1' } });

    await expect(served.running.app.deps.messenger.sendToMember(tenantId, member, message)).resolves.toBe('sent');

    const attempts = recorder.calls.filter(activitiesOf(conversationId));
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it('backs off on a 429 without Retry-After and gives up after the configured retries', async () => {
    const member = randomUUID();
    const conversationId = await seedPersonalChat(member);
    const quick = messenger({
      retry: { maxThrottledRetries: 2, baseDelayMs: 100, maxDelayMs: 1000 },
      limits: { perConversation: [], perTenant: [] },
    });

    recorder.failNext('POST', /\/activities$/, { status: 429 }, 2);
    await expect(quick.sendToMember(tenantId, member, message)).resolves.toBe('sent');
    const attempts = recorder.calls.filter(activitiesOf(conversationId));
    expect(attempts.map((c) => c.status)).toEqual([429, 429, 200]);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(45);

    recorder.reset();
    recorder.failNext('POST', /\/activities$/, { status: 429 }, 10);
    const failure = quick.sendToMember(tenantId, member, message);
    await expect(failure).rejects.toBeInstanceOf(MessageDeliveryFailed);
    await expect(failure).rejects.toMatchObject({ status: 429, attempts: 3 });
    expect(recorder.calls).toHaveLength(3);
  });

  it('does not open a second chat when the message after opening one is throttled', async () => {
    const member = randomUUID();
    await seedMemberAddress(member);
    recorder.failNext('POST', /\/activities$/, { status: 429 });
    const quick = messenger({ retry: { baseDelayMs: 20 }, limits: { perConversation: [], perTenant: [] } });

    await expect(quick.sendToMember(tenantId, member, message)).resolves.toBe('sent');

    expect(recorder.calls.map((c) => c.status)).toEqual([201, 429, 200]);
    expect(recorder.calls[2]!.path).toBe(recorder.calls[1]!.path);
  });

  it('lets the connector retry a server error, and throws on an error retrying cannot cure', async () => {
    const member = randomUUID();
    await seedPersonalChat(member);
    recorder.failNext('POST', /\/activities$/, { status: 503 });
    await expect(served.running.app.deps.messenger.sendToMember(tenantId, member, message)).resolves.toBe('sent');
    expect(recorder.calls.map((c) => c.status)).toEqual([503, 200]);

    recorder.reset();
    recorder.failNext('POST', /\/activities$/, { status: 400 });
    const failure = served.running.app.deps.messenger.sendToMember(tenantId, member, message);
    await expect(failure).rejects.toMatchObject({ name: 'MessageDeliveryFailed', status: 400, attempts: 1 });
    expect(recorder.calls).toHaveLength(1);
  });

  it("posts to the team's channel as a new message in the General channel", async () => {
    const teamId = `19:${randomUUID()}@thread.tacv2`;
    await saveTeamConversation(conversations, {
      serviceUrl: recorder.url,
      tenantId,
      teamId,
      installer: { aadObjectId: randomUUID(), name: 'Sekretær' },
      now: new Date(),
    });

    await expect(served.running.app.deps.messenger.postToChannel(tenantId, teamId, message)).resolves.toBe('sent');

    expect(recorder.calls).toHaveLength(1);
    expect(activitiesOf(teamId)(recorder.calls[0]!)).toBe(true);
    expect(sent(recorder.calls[0]!).conversation?.id).toBe(teamId);
    expect(sent(recorder.calls[0]!).replyToId).toBeUndefined();
    await expect(served.running.app.deps.messenger.postToChannel(tenantId, '19:unknown@thread.tacv2', message)).resolves.toBe(
      'unreachable',
    );
  });

  it('spreads sends to one conversation to its limit without holding back other conversations', async () => {
    const throttled = messenger({
      limits: { perConversation: [{ burst: 1, perInterval: 2, intervalMs: 1000 }], perTenant: [] },
    });
    const busy = randomUUID();
    const busyConversation = await seedPersonalChat(busy);
    const others = [randomUUID(), randomUUID(), randomUUID()];
    const otherConversations = await Promise.all(others.map(seedPersonalChat));

    const results = await Promise.all([
      ...Array.from({ length: 6 }, () => throttled.sendToMember(tenantId, busy, message)),
      ...others.map((member) => throttled.sendToMember(tenantId, member, message)),
    ]);
    expect(results.every((r) => r === 'sent')).toBe(true);

    const busyTimes = recorder.calls.filter(activitiesOf(busyConversation)).map((c) => c.at);
    expect(busyTimes).toHaveLength(6);
    expect(busyTimes[5]! - busyTimes[0]!).toBeGreaterThanOrEqual(2000);
    // At most two in any second: three sends leave at least 1000 ms apart. The recorder sees arrivals, which
    // jitter against departures when two test workers share two cores (877 ms seen in CI), so the bound keeps
    // 250 ms of slack; an unthrottled sender puts three sends within a few milliseconds and still fails it.
    for (let i = 0; i + 2 < busyTimes.length; i += 1) expect(busyTimes[i + 2]! - busyTimes[i]!).toBeGreaterThanOrEqual(750);
    // The other members are not queued behind the busy chat: theirs go out before its throttled third send.
    for (const id of otherConversations) {
      const [call] = recorder.calls.filter(activitiesOf(id));
      expect(call!.at).toBeLessThan(busyTimes[2]!);
    }
  });

  it('holds back sends to different conversations of one tenant to the tenant limit', async () => {
    const throttled = messenger({
      limits: { perConversation: [], perTenant: [{ burst: 2, perInterval: 2, intervalMs: 1000 }] },
    });
    const members = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await Promise.all(members.map(seedPersonalChat));

    await Promise.all(members.map((member) => throttled.sendToMember(tenantId, member, message)));

    const times = recorder.calls.map((c) => c.at).sort((a, b) => a - b);
    expect(times).toHaveLength(4);
    expect(times[3]! - times[0]!).toBeGreaterThanOrEqual(900);
  });
});
