import { randomUUID } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import { composeApp, type ComposedApp } from '../../../bot/src/compose';
import { silentLogger } from '../../../bot/src/config/logger';
import { DEMO_COUNCIL_ID } from '../../../bot/src/dev/demo-ids';
import type { AgendaProposal } from '../../../bot/src/domain/proposal';
import type { ProposalInbox } from '../../../bot/src/domain/proposal-inbox';
import { workPartition } from '../../../bot/src/storage/table-meeting-work-repository';
import { createTableClientFactory, type TableClientFactory } from '../../../bot/src/storage/table-storage';
import { BotHarness, PEOPLE } from '../../support/bot-harness';
import { cardInActivity } from '../../support/card-reading';
import type { RecordedCall } from '../../support/connector-recorder';
import { tabApi } from '../../support/tab-api-client';

interface DecisionReply {
  proposal: AgendaProposal;
  etag: string;
  notification: string;
  repeated: boolean;
  inbox: ProposalInbox;
}

const bot = new BotHarness();
const api = tabApi(() => bot.running.baseUrl);
const councilId = DEMO_COUNCIL_ID;
let meetingId: string;
let laterMeetingId: string;
const inboxPath = () => `/api/councils/${councilId}/meetings/${meetingId}/proposals`;
const decide = (proposalId: string, action: string) => `${inboxPath()}/${proposalId}/${action}`;
/** One valid body for each decision, each with a fresh decision id. */
const everyDecision = () =>
  [
    ['accept', { decisionId: randomUUID() }],
    ['decline', { decisionId: randomUUID(), reason: 'x' }],
    ['merge', { decisionId: randomUUID(), itemId: 'news-from-nav', reason: 'x' }],
    ['defer', { decisionId: randomUUID(), toMeetingId: laterMeetingId }],
  ] as const;

/** 1:1 messages the bot sent a member (to their personal chat), as accepted by the connector. */
const messagesTo = (aadObjectId: string) =>
  bot.recorder.calls.filter(
    (c: RecordedCall) =>
      c.method === 'POST' &&
      c.status === 200 &&
      c.path === `/v3/conversations/${encodeURIComponent(`a:personal-${aadObjectId}`)}/activities`,
  );

async function inbox(as?: string): Promise<ProposalInbox> {
  const reply = await api<{ inbox: ProposalInbox }>('GET', inboxPath(), { as });
  expect(reply.status).toBe(200);
  return reply.body.inbox;
}

async function entryFor(proposalId: string) {
  const entry = (await inbox()).proposals.find((e) => e.proposal.id === proposalId);
  if (!entry) throw new Error(`no proposal ${proposalId} in the inbox`);
  return entry;
}

/** A proposal sent through the bot, as members send them. */
async function proposeThroughBot(from: (typeof PEOPLE)[keyof typeof PEOPLE], title: string): Promise<string> {
  const formId = randomUUID();
  const reply = await bot.press(from, 'submitProposal', {
    formId,
    meeting: `${councilId}~${meetingId}`,
    title,
    description: 'Vi ønsker å drøfte dette.',
    kind: 'discussion',
    presenter: from.name,
    link: 'https://www.nav.no/brukermedvirkning',
  });
  expect(reply.card?.texts[0]).toMatch(/Takk|Thank/);
  return formId;
}

beforeAll(async () => {
  await bot.start();
  meetingId = await bot.upcomingMeetingId();
  const upcoming = (await bot.deps.meetings.get(councilId, meetingId))!.value;
  const later = new Date(Date.parse(upcoming.startsAt) + 56 * 86_400_000);
  laterMeetingId = `m-later-${later.toISOString().slice(0, 10)}`;
  await bot.deps.meetings.create({
    ...upcoming,
    id: laterMeetingId,
    status: 'planned',
    startsAt: later.toISOString(),
    endsAt: new Date(later.getTime() + 9_000_000).toISOString(),
  });
  // Isaiah reads English.
  const isaiah = (await bot.deps.members.get(councilId, PEOPLE.isaiah.aadObjectId))!;
  await bot.deps.members.update({ ...isaiah.value, language: 'en' }, isaiah.etag);
  // Writing to the bot once is how it learns each member's personal chat.
  for (const person of [PEOPLE.patti, PEOPLE.megan, PEOPLE.lynne, PEOPLE.isaiah, PEOPLE.adele]) await bot.say(person, 'hjelp');
});
afterAll(() => bot.stop());
beforeEach(() => bot.recorder.reset());

describe('the proposals inbox', () => {
  it('lists every proposal with proposer and date, pending first, with what a decision can point to', async () => {
    const box = await inbox();
    const pending = box.proposals.filter((e) => e.proposal.status === 'pending');
    expect(pending.map((e) => [e.proposal.id, e.proposerName])).toEqual(
      expect.arrayContaining([
        ['p-sikkerhet', 'Patti Fernandez'],
        ['p-epost', 'Megan Bowen'],
      ]),
    );
    expect(box.proposals[0]!.proposal.status).toBe('pending');
    expect(box.proposals.every((e) => typeof e.etag === 'string' && e.etag !== '')).toBe(true);
    expect(box.proposals.find((e) => e.proposal.id === 'p-fagdag-rus')).toMatchObject({
      itemTitle: 'Fagdag om veiledning og rus',
    });
    expect(box.deferTargets.map((m) => m.id)).toEqual([laterMeetingId]);
    expect(box.agendaItems[0]?.title).toBe('Godkjenning av innkalling og referat');
    expect(box.agendaEditable).toBe(true);
  });

  it('is for the secretary and the chair: a member gets 403', async () => {
    expect((await api('GET', inboxPath(), { as: PEOPLE.megan.aadObjectId })).status).toBe(200);
    const member = await api('GET', inboxPath(), { as: PEOPLE.adele.aadObjectId });
    expect(member.status).toBe(403);
    expect(member.body).toMatchObject({ error: { code: 'forbidden' } });
  });
});

describe('accepting a proposal', () => {
  it('makes it an agenda item, tells the proposer once in bokmål, and a retry changes nothing', async () => {
    const before = await entryFor('p-epost');
    const request = { body: { decisionId: randomUUID() }, etag: before.etag };
    const reply = await api<DecisionReply>('POST', decide('p-epost', 'accept'), request);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ notification: 'sent', repeated: false, proposal: { status: 'accepted' } });
    expect(reply.body.etag).not.toBe(before.etag);

    const work = await bot.deps.work.load(councilId, meetingId);
    const items = work.item.filter((i) => i.value.fromProposalId === 'p-epost');
    expect(items).toHaveLength(1);
    expect(items[0]!.value).toMatchObject({
      title: 'Egen e-postadresse for brukerutvalget',
      description: 'E-post fra lederen havner ofte i søppelpost hos mottakerne.',
      kind: 'decision',
      attachments: [{ title: 'Egen e-postadresse for brukerutvalget', url: 'https://www.nav.no/brukermedvirkning' }],
    });
    expect(items[0]!.value.caseNumber).toBeUndefined();
    expect(reply.body.proposal.decision?.agendaItemId).toBe(items[0]!.value.id);

    const sent = messagesTo(PEOPLE.megan.aadObjectId);
    expect(sent).toHaveLength(1);
    const card = cardInActivity(sent[0]!.body);
    expect(card.texts[0]).toBe('Saksforslaget ditt er satt opp på sakslisten');
    expect(card.facts.find((f) => f.title === 'Forslag')?.value).toBe('Egen e-postadresse for brukerutvalget');

    // The browser retries (the answer was lost): same decision, the ETag it had.
    const again = await api<DecisionReply>('POST', decide('p-epost', 'accept'), request);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ repeated: true, notification: 'sent' });
    expect(messagesTo(PEOPLE.megan.aadObjectId)).toHaveLength(1);
    const after = await bot.deps.work.load(councilId, meetingId);
    expect(after.item.filter((i) => i.value.fromProposalId === 'p-epost')).toHaveLength(1);
  });

  it('answers a second decision made from a stale view with 412, and the first one stands', async () => {
    const entry = await entryFor('p-epost');
    expect(entry.proposal.status).toBe('accepted');
    const stale = await api('POST', decide('p-epost', 'decline'), {
      body: { decisionId: randomUUID(), reason: 'Likevel ikke' },
      etag: 'W/"datetime\'2020-01-01T00%3A00%3A00.0000000Z\'"',
    });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ error: { code: 'concurrentEdit' } });
    expect((await entryFor('p-epost')).proposal.status).toBe('accepted');
    expect(messagesTo(PEOPLE.megan.aadObjectId)).toHaveLength(0);
  });

  it('decides once when the same click arrives twice at the same moment', async () => {
    const id = await proposeThroughBot(PEOPLE.adele, 'Tilgjengelighet på nav.no');
    bot.recorder.reset();
    const entry = await entryFor(id);
    const request = { body: { decisionId: randomUUID() }, etag: entry.etag };
    const replies = await Promise.all([
      api<DecisionReply>('POST', decide(id, 'accept'), request),
      api<DecisionReply>('POST', decide(id, 'accept'), request),
    ]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    expect(replies.map((r) => r.body.repeated).sort()).toEqual([false, true]);
    const work = await bot.deps.work.load(councilId, meetingId);
    expect(work.item.filter((i) => i.value.fromProposalId === id)).toHaveLength(1);
    expect(messagesTo(PEOPLE.adele.aadObjectId)).toHaveLength(1);
  });

  it('writes the proposal and the item together or not at all', async () => {
    const id = await proposeThroughBot(PEOPLE.adele, 'Brukerpanel i Grenland');
    const entry = await entryFor(id);
    // A second server whose transaction meets a change someone else made a moment before.
    const tables = createTableClientFactory(bot.running.settings.storage);
    const intruded = withWriteBeforeTransaction(tables, async (client) => {
      const partitionKey = workPartition(councilId, meetingId);
      const rowKey = `proposal~${id}`;
      const row = await client.getEntity<{ data: string; kind: string }>(partitionKey, rowKey);
      const value = JSON.parse(row.data) as AgendaProposal;
      await client.updateEntity(
        { partitionKey, rowKey, kind: row.kind, data: JSON.stringify({ ...value, title: 'Brukerpanel i Grenland (endret)' }) },
        'Replace',
        { etag: row.etag },
      );
    });
    const second: ComposedApp = composeApp(bot.running.settings, { log: silentLogger, tables: intruded });
    const port = await second.listen(0);
    try {
      const reply = await tabApi(() => `http://127.0.0.1:${port}`)('POST', decide(id, 'accept'), {
        body: { decisionId: randomUUID() },
        etag: entry.etag,
      });
      expect(reply.status).toBe(412);
    } finally {
      await second.close();
    }
    const work = await bot.deps.work.load(councilId, meetingId);
    expect(work.item.filter((i) => i.value.fromProposalId === id)).toHaveLength(0);
    expect(work.proposal.find((p) => p.value.id === id)?.value).toMatchObject({
      status: 'pending',
      title: 'Brukerpanel i Grenland (endret)',
    });
  });
});

describe('declining, deferring and merging', () => {
  it('declines with a reason the proposer reads in nynorsk', async () => {
    const id = await proposeThroughBot(PEOPLE.lynne, 'Ventetid på telefon');
    bot.recorder.reset();
    const entry = await entryFor(id);
    const reply = await api<DecisionReply>('POST', decide(id, 'decline'), {
      body: { decisionId: randomUUID(), reason: 'Saka høyrer heime i det lokale brukarutvalet.' },
      etag: entry.etag,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.proposal).toMatchObject({
      status: 'declined',
      decisionReason: 'Saka høyrer heime i det lokale brukarutvalet.',
      proposerNotified: { result: 'sent' },
    });
    const sent = messagesTo(PEOPLE.lynne.aadObjectId);
    expect(sent).toHaveLength(1);
    const card = cardInActivity(sent[0]!.body);
    expect(card.texts).toEqual(
      expect.arrayContaining([
        'Saksforslaget ditt blir ikkje sett opp på saklista',
        'Grunngiving',
        'Saka høyrer heime i det lokale brukarutvalet.',
      ]),
    );
  });

  it('defers to a later meeting: the original points to a pending copy there, told in English', async () => {
    const id = await proposeThroughBot(PEOPLE.isaiah, 'Digital tolketjeneste');
    bot.recorder.reset();
    const entry = await entryFor(id);
    const request = {
      body: { decisionId: randomUUID(), toMeetingId: laterMeetingId, reason: 'Full agenda this time.' },
      etag: entry.etag,
    };
    const reply = await api<DecisionReply>('POST', decide(id, 'defer'), request);
    expect(reply.status).toBe(200);
    const to = reply.body.proposal.decision?.deferredTo;
    expect(reply.body.proposal.status).toBe('deferred');
    expect(to?.meetingId).toBe(laterMeetingId);

    const laterInbox = await api<{ inbox: ProposalInbox }>(
      'GET',
      `/api/councils/${councilId}/meetings/${laterMeetingId}/proposals`,
    );
    const copies = laterInbox.body.inbox.proposals.filter((e) => e.proposal.deferredFrom?.proposalId === id);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({
      proposerName: 'Isaiah Langer',
      proposal: { id: to?.proposalId, status: 'pending', title: 'Digital tolketjeneste', createdAt: entry.proposal.createdAt },
      deferredFrom: { id: meetingId },
    });
    const sent = messagesTo(PEOPLE.isaiah.aadObjectId);
    expect(sent).toHaveLength(1);
    const card = cardInActivity(sent[0]!.body);
    expect(card.texts[0]).toBe('Your proposal is deferred to a later meeting');
    expect(card.facts.find((f) => f.title === 'New meeting')?.value).toMatch(/^\w+day \d+ \w+ \d{4} at 10:00–12:30$/);

    await api('POST', decide(id, 'defer'), request);
    const again = await api<{ inbox: ProposalInbox }>('GET', `/api/councils/${councilId}/meetings/${laterMeetingId}/proposals`);
    expect(again.body.inbox.proposals.filter((e) => e.proposal.deferredFrom?.proposalId === id)).toHaveLength(1);
    expect(messagesTo(PEOPLE.isaiah.aadObjectId)).toHaveLength(1);
  });

  it('merges into an item on the agenda and names it to the proposer', async () => {
    const entry = await entryFor('p-sikkerhet');
    const reply = await api<DecisionReply>('POST', decide('p-sikkerhet', 'merge'), {
      body: { decisionId: randomUUID(), itemId: 'news-from-nav', reason: 'Tas opp under Nytt fra NAV.' },
      etag: entry.etag,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.proposal).toMatchObject({ status: 'merged', decision: { agendaItemId: 'news-from-nav' } });
    // Patti Fernandez reads English.
    const card = cardInActivity(messagesTo(PEOPLE.patti.aadObjectId)[0]!.body);
    expect(card.texts[0]).toBe('Your proposal was merged with another item');
    expect(card.facts.find((f) => f.title === 'Merged with')?.value).toBe('Nytt fra NAV');
    expect(card.texts).toContain('Tas opp under Nytt fra NAV.');
  });

  it('refuses bad input with 400 naming the field, and stores nothing', async () => {
    const id = await proposeThroughBot(PEOPLE.adele, 'Bad input probe');
    const entry = await entryFor(id);
    const cases: [string, Record<string, unknown>, string][] = [
      ['decline', { decisionId: randomUUID(), reason: '   ' }, 'reason'],
      ['decline', { decisionId: randomUUID() }, 'reason'],
      ['merge', { decisionId: randomUUID(), itemId: 'no-such-item', reason: 'x' }, 'itemId'],
      ['defer', { decisionId: randomUUID(), toMeetingId: meetingId }, 'toMeetingId'],
      ['accept', { decisionId: 'has/slash' }, 'decisionId'],
      ['accept', { decisionId: randomUUID(), status: 'accepted' }, 'status'], // the status follows from the action, never from the client
    ];
    for (const [action, body, field] of cases) {
      const reply = await api('POST', decide(id, action), { body, etag: entry.etag });
      const error = (reply.body as { error?: { field?: string } }).error;
      expect([action, reply.status, error?.field]).toEqual([action, 400, field]);
    }
    const noEtag = await api('POST', decide(id, 'accept'), { body: { decisionId: randomUUID() } });
    expect(noEtag.body).toMatchObject({ error: { field: 'If-Match' } });
    expect((await entryFor(id)).etag).toBe(entry.etag);
  });

  it('answers every decision made from a stale view with 412, and decides nothing', async () => {
    const id = await proposeThroughBot(PEOPLE.adele, 'Stale view probe');
    const entry = await entryFor(id);
    const stale = 'W/"datetime\'2020-01-01T00%3A00%3A00.0000000Z\'"';
    for (const [action, body] of everyDecision()) {
      const reply = await api('POST', decide(id, action), { body, etag: stale });
      expect([action, reply.status]).toEqual([action, 412]);
    }
    expect(await entryFor(id)).toMatchObject({ etag: entry.etag, proposal: { status: 'pending' } });
  });

  it('names a malformed meeting in the address (400)', async () => {
    const reply = await api('GET', `/api/councils/${councilId}/meetings/bad~id/proposals`);
    expect(reply).toMatchObject({ status: 400, body: { error: { field: 'meetingId' } } });
  });

  it('lets no member decide (403), whatever they send', async () => {
    const entry = await entryFor('p-fagdag-rus');
    for (const [action, body] of everyDecision()) {
      const reply = await api('POST', decide('p-fagdag-rus', action), { body, etag: entry.etag, as: PEOPLE.adele.aadObjectId });
      expect([action, reply.status]).toEqual([action, 403]);
    }
  });
});

describe('telling the proposer', () => {
  it('stores the decision when the proposer cannot be reached, and says so', async () => {
    const proposal: AgendaProposal = {
      id: `p-${randomUUID()}`,
      meetingId,
      proposerId: 'demo-ingrid-solberg',
      title: 'Brukerundersøkelsen',
      kind: 'briefing',
      status: 'pending',
      createdAt: new Date().toISOString(),
    };
    await bot.deps.work.create(councilId, 'proposal', proposal);
    const entry = await entryFor(proposal.id);
    const reply = await api<DecisionReply>('POST', decide(proposal.id, 'decline'), {
      body: { decisionId: randomUUID(), reason: 'Kommer som orientering i vår.' },
      etag: entry.etag,
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      notification: 'unreachable',
      proposal: { status: 'declined', proposerNotified: { result: 'unreachable' } },
    });
    expect(bot.recorder.calls).toHaveLength(0);
  });

  it('when Teams refuses, keeps the decision, and the retry delivers the message once', async () => {
    const id = await proposeThroughBot(PEOPLE.patti, 'Parkering ved NAV Skien');
    bot.recorder.reset();
    const entry = await entryFor(id);
    bot.recorder.failNext('POST', /\/activities$/, { status: 400 });
    const request = { body: { decisionId: randomUUID(), reason: 'Ikke en sak for utvalget.' }, etag: entry.etag };
    const first = await api<DecisionReply>('POST', decide(id, 'decline'), request);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ notification: 'failed', proposal: { status: 'declined' } });
    expect(first.body.proposal.proposerNotified).toBeUndefined();
    expect(messagesTo(PEOPLE.patti.aadObjectId)).toHaveLength(0);

    const retry = await api<DecisionReply>('POST', decide(id, 'decline'), request);
    expect(retry.body).toMatchObject({
      notification: 'sent',
      repeated: true,
      proposal: { proposerNotified: { result: 'sent' } },
    });
    await api<DecisionReply>('POST', decide(id, 'decline'), request);
    expect(messagesTo(PEOPLE.patti.aadObjectId)).toHaveLength(1);
  });
});

/** Wraps the work table so that, just before each transaction, someone else writes to the partition. */
function withWriteBeforeTransaction(
  tables: TableClientFactory,
  write: (client: TableClient) => Promise<void>,
): TableClientFactory {
  return (kind) => {
    const client = tables(kind);
    if (kind !== 'meetingWork') return client;
    return new Proxy(client, {
      get(target, property, receiver) {
        if (property === 'submitTransaction') {
          return async (...args: Parameters<TableClient['submitTransaction']>) => {
            await write(target);
            return target.submitTransaction(...args);
          };
        }
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
}
