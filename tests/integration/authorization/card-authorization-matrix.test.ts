import { CARD_VERBS } from '../../../bot/src/cards/card-verbs';
import { DEMO_SECRETARY, DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import { calendarDate } from '../../../bot/src/domain/calendar-date';
import { BotHarness } from '../../support/bot-harness';
import { cardInvoke } from '../../support/card-invoke';
import { startSignedSsoTestApp, type SignedSsoTestApp } from '../../support/sso-test-app';
import { snapshotStorage, storageChanges } from '../../support/storage-snapshot';
import { CARD_VERB_TABLE, cardExpectationFor, seedCardTargets, type CardRef } from './card-verb-table';
import { assertDemoRoles, IDENTITIES, PEOPLE_BY_IDENTITY, seedNeighbours, tokenFor, type Identity } from './identities';

/**
 * Every card verb × every identity, from the one table in card-verb-table.ts.
 * People are who Teams says pressed (dev server, which trusts the activity as
 * the Bot Framework adapter does once the token checks out); the three token
 * identities are sent to the production server, whose adapter checks the token.
 */

const bot = new BotHarness();
const MATRIX_TEAM = 'team-matrix-setup';
let ref: CardRef;

// Who pressed is not business data: the duplicate-delivery claim and the chat's address may be kept for anyone.
const notBusinessData = ['handledActivities', 'conversations'] as const;

beforeAll(async () => {
  await bot.start();
  const deps = bot.deps;
  await seedNeighbours(deps);
  await assertDemoRoles(deps, calendarDate(bot.now, 'Europe/Oslo'));
  ref = await seedCardTargets(bot, MATRIX_TEAM);
  // Someone outside the matrix asked for this team's setup: only they may confirm it.
  await deps.councils.createPendingSetup({
    tenantId: DEMO_TENANT_ID,
    teamId: MATRIX_TEAM,
    teamName: 'Matrisen',
    installer: { aadObjectId: 'setup-starter', teamsUserId: '29:setup-starter', name: 'Stina Starter' },
    language: 'nb',
    startedAt: bot.now.toISOString(),
    cards: [],
  });
});
afterAll(() => bot.stop());

it('has an entry for exactly the card verbs', () => {
  expect(Object.keys(CARD_VERB_TABLE).sort()).toEqual([...CARD_VERBS].sort());
});

const people = IDENTITIES.filter((identity) => cardExpectationFor('members', identity) !== 401) as Exclude<
  Identity,
  'noToken' | 'expiredToken' | 'wrongAudience'
>[];

function activityFor(identity: (typeof people)[number], verb: string) {
  const entry = CARD_VERB_TABLE[verb as keyof typeof CARD_VERB_TABLE];
  const person = PEOPLE_BY_IDENTITY[identity];
  const from = { aadObjectId: person.aadObjectId, name: person.name, tenantId: person.tenantId };
  const activity = cardInvoke(bot.recorder.url, from, verb, entry.data(ref), {
    ...(entry.inTeam && { conversation: { id: `19:${ref.teamId}@thread.tacv2`, conversationType: 'channel' } }),
  });
  if (entry.inTeam) activity['channelData'] = { tenant: { id: person.tenantId }, team: { id: ref.teamId, name: 'Matrisen' } };
  return activity;
}

describe.each(Object.keys(CARD_VERB_TABLE))('%s', (verb) => {
  const entry = CARD_VERB_TABLE[verb as keyof typeof CARD_VERB_TABLE];
  const refused = people.filter((identity) => cardExpectationFor(entry.who, identity) === 'refused');
  const allowed = people.filter((identity) => cardExpectationFor(entry.who, identity) === 'allowed');

  if (refused.length > 0) {
    it(`refuses ${refused.join(', ')}, shows them nothing of the meeting, and writes nothing`, async () => {
      const before = await snapshotStorage(bot.running.settings.storage, notBusinessData);
      const answers: Record<string, string> = {};
      for (const identity of refused) {
        const reply = await fetch(`${bot.running.baseUrl}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(activityFor(identity, verb)),
        });
        const body = (await reply.json()) as { type?: string; value?: unknown };
        const shown = JSON.stringify(body.value ?? '');
        // A refusal is a sentence, not a card; and no refusal carries the meeting's place or the council's name.
        const leaks = shown.includes('Slottsfjellet') || shown.includes('Brukerutvalget i NAV Vestfold');
        const wantedType =
          entry.refusal === 'stateCard'
            ? 'application/vnd.microsoft.card.adaptive'
            : 'application/vnd.microsoft.activity.message';
        answers[identity] =
          reply.status !== 200 ? `HTTP ${reply.status}` : body.type === wantedType && !leaks ? 'refused' : 'shown';
      }
      expect(answers).toEqual(Object.fromEntries(refused.map((identity) => [identity, 'refused'])));
      expect(storageChanges(before, await snapshotStorage(bot.running.settings.storage, notBusinessData))).toEqual([]);
      if (verb === 'setupCouncil') expect(await bot.deps.councils.findByTeam(DEMO_TENANT_ID, MATRIX_TEAM)).toBeUndefined();
    });
  }

  if (allowed.length > 0)
    it.each(allowed)('gives %s a card', async (identity) => {
      const reply = await fetch(`${bot.running.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(activityFor(identity, verb)),
      });
      const body = (await reply.json()) as { type?: string; value?: unknown };
      if (reply.status !== 200 || body.type !== 'application/vnd.microsoft.card.adaptive')
        throw new Error(`${identity} got ${reply.status}: ${JSON.stringify(body).slice(0, 300)}`);
    });
});

describe('card presses without a valid Bot Framework token (production server)', () => {
  const REFUSED = ['noToken', 'expiredToken', 'wrongAudience'] as const;
  let production: SignedSsoTestApp;
  const tokens: Record<string, string | undefined> = {};

  beforeAll(async () => {
    const now = new Date();
    production = await startSignedSsoTestApp({ keyId: 'card-matrix', clock: () => now });
    // Tokens the tab would hold: signed, but not by the Bot Framework, expired, or for another audience.
    for (const identity of REFUSED) tokens[identity] = await tokenFor(identity, production.key, now);
  });
  afterAll(() => production?.close());

  it.each(Object.keys(CARD_VERB_TABLE))('%s: 401 for each, with no detail, and nothing written', async (verb) => {
    const entry = CARD_VERB_TABLE[verb as keyof typeof CARD_VERB_TABLE];
    const before = await snapshotStorage(production.settings.storage);
    const answers: Record<string, string> = {};
    const wanted: Record<string, string> = {};
    for (const identity of REFUSED) {
      const activity = cardInvoke(
        'https://smba.trafficmanager.net/emea/',
        { aadObjectId: DEMO_SECRETARY, name: 'Alex Wilber' },
        verb,
        entry.data(ref),
      );
      const token = tokens[identity];
      const reply = await fetch(`${production.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
        body: JSON.stringify(activity),
      });
      const text = await reply.text();
      answers[identity] = `${reply.status}${/validateAndFixActivity|ENOTFOUND|\bat \w+ \(/.test(text) ? ' with internals' : ''}`;
      wanted[identity] = String(cardExpectationFor(entry.who, identity));
    }
    expect(answers).toEqual(wanted);
    expect(storageChanges(before, await snapshotStorage(production.settings.storage))).toEqual([]);
  });
});
