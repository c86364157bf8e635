import type { TableClient } from '@azure/data-tables';
import { councilIdForTeam } from '../../../bot/src/app/use-cases/set-up-council';
import { composeApp } from '../../../bot/src/compose';
import { silentLogger } from '../../../bot/src/config/logger';
import type { Settings } from '../../../bot/src/config/settings';
import { DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import { createTableClientFactory, type TableClientFactory } from '../../../bot/src/storage/table-storage';
import {
  botAddedToTeam,
  invokeAction,
  postActivity,
  teamMembersChanged,
  type InvokeActionOptions,
  type Sender,
  type TeamPlace,
} from '../../support/activities';
import { postInvoke } from '../../support/card-invoke';
import { cardInActivity, readCard, type ReadCard } from '../../support/card-reading';
import { ConnectorRecorder, type RecordedCall, type TeamsAccount } from '../../support/connector-recorder';
import { startTestApp, type RunningTestApp } from '../../support/test-app';
import { channelMention, teamAccount } from '../../support/team-setup';
import { freshTestStorage } from '../../support/test-storage';

/** Today in Oslo is 2025-03-10; leavers end on the 9th. */
const NOW = new Date('2025-03-10T09:00:00.000Z');
const KARI: Sender = { aadObjectId: 'aad-kari', name: 'Kari Nordmann' };
const OLA: Sender = { aadObjectId: 'aad-ola', name: 'Ola Hansen' };
const GUEST: Sender = { aadObjectId: 'aad-guest', name: 'Gjest Fra Ffo' };
const NEWCOMER: Sender = { aadObjectId: 'aad-newcomer', name: 'Nina Ny' };

/** A 250-person team: Kari (who adds the bot), Ola, a guest from another tenant, and 247 others. */
function teamOf250(): TeamsAccount[] {
  const others = Array.from({ length: 247 }, (_, i) => teamAccount({ aadObjectId: `aad-m${i}`, name: `Medlem ${i}` }));
  return [teamAccount(KARI), teamAccount(OLA), teamAccount(GUEST, { userRole: 'guest', tenantId: 'other-tenant' }), ...others];
}

const validChoices = {
  councilName: 'Brukerutvalget ${secret} <script>alert(1)</script>',
  language: 'nn',
  timeZone: 'Europe/Oslo',
  kind: 'regional',
  parentCouncilId: '',
};

interface Setup {
  recorder: ConnectorRecorder;
  running: RunningTestApp;
  tables: TableClientFactory;
}

/** The real server (no demo council) with a recorder serving the 250-person roster in pages of 100. */
async function start(): Promise<Setup> {
  const recorder = new ConnectorRecorder();
  await recorder.start();
  recorder.roster.push(...teamOf250());
  const running = await startTestApp({ seed: false, clock: () => NOW });
  return { recorder, running, tables: createTableClientFactory(running.settings.storage) };
}

/** As start(), with the table clients wrapped (to inject storage failures). */
async function startWrapped(wrap: (inner: TableClientFactory) => TableClientFactory): Promise<Setup> {
  const recorder = new ConnectorRecorder();
  await recorder.start();
  recorder.roster.push(...teamOf250());
  const storage = await freshTestStorage();
  const settings: Settings = { devMode: true, port: 0, storage, tabDirectory: '/nonexistent' };
  const tables = createTableClientFactory(storage);
  const app = composeApp(settings, { log: silentLogger, clock: () => NOW, tables: wrap(tables) });
  const port = await app.listen(0);
  return { recorder, tables, running: { app, baseUrl: `http://127.0.0.1:${port}`, settings, close: () => app.close() } };
}

async function countRows(client: TableClient): Promise<number> {
  let n = 0;
  for await (const _ of client.listEntities()) n++;
  return n;
}

/** Adds the bot to the team as `by`; returns the card it posted in the channel and that message's id. */
async function addBot(s: Setup, team: TeamPlace, by: Sender): Promise<{ card: ReadCard; messageId: string; call: RecordedCall }> {
  const activity = botAddedToTeam(s.recorder.url, team.teamId, by);
  const response = await postActivity(s.running.baseUrl, activity);
  expect(response.status).toBeLessThan(300);
  const path = `/v3/conversations/${encodeURIComponent(team.teamId)}/activities/${encodeURIComponent(String(activity['id']))}`;
  const call = await s.recorder.waitFor((c) => c.method === 'POST' && c.path === path);
  const index = s.recorder.calls.indexOf(call);
  return { card: cardInActivity(call.body), messageId: `recorded-${index + 1}`, call };
}

async function press(
  s: Setup,
  from: Sender,
  data: Record<string, unknown>,
  options: InvokeActionOptions,
): Promise<{ status: number; card?: ReadCard; message?: string }> {
  const reply = await postInvoke(s.running.baseUrl, invokeAction(s.recorder.url, from, 'setupCouncil', data, options));
  if (reply.status !== 200) return { status: reply.status };
  return reply.body.type === 'application/vnd.microsoft.card.adaptive'
    ? { status: 200, card: readCard(reply.body.value) }
    : { status: 200, message: String(reply.body.value) };
}

const pagedCalls = (recorder: ConnectorRecorder, teamId: string) =>
  recorder.calls.filter(
    (c) => c.method === 'GET' && c.path.startsWith(`/v3/conversations/${encodeURIComponent(teamId)}/pagedmembers`),
  );

describe('setting up a council when Utvalg is added to a team', () => {
  let s: Setup;
  const team: TeamPlace = { teamId: '19:agder-team@thread.tacv2', teamName: 'Brukerutvalget' };
  let messageId = '';

  beforeAll(async () => {
    s = await start();
  });
  afterAll(async () => {
    await s.running.close();
    await s.recorder.stop();
  });

  const inChannel = (extra: Partial<InvokeActionOptions> = {}): InvokeActionOptions => ({ team, replyToId: messageId, ...extra });

  it('posts the setup card in the channel, refreshing into the form only for the person who added the bot', async () => {
    const added = await addBot(s, team, KARI);
    messageId = added.messageId;
    expect(added.card.texts).toEqual([
      'Utvalg settes opp',
      'Kari Nordmann setter opp brukerutvalget for dette teamet. Bare Kari Nordmann kan fullføre oppsettet.',
    ]);
    expect(added.card.inputs.size).toBe(0);
    expect(added.card.raw['refresh']).toEqual({
      action: { type: 'Action.Execute', verb: 'setupCouncil', title: 'Oppdater', data: { step: 'view' } },
      userIds: [`29:${KARI.aadObjectId}`],
    });
    expect(await s.running.app.deps.councils.findByTeam(DEMO_TENANT_ID, team.teamId)).toBeUndefined();
  });

  it('the refresh gives the installer the form, with the team name and Oslo time as defaults', async () => {
    const { card } = await press(s, KARI, { step: 'view' }, inChannel({ trigger: 'automatic' }));
    expect(card?.texts[0]).toBe('Sett opp brukerutvalget');
    expect(card?.inputs.get('councilName')).toMatchObject({ label: 'Navn på utvalget', value: 'Brukerutvalget' });
    expect(card?.inputs.get('timeZone')?.value).toBe('Europe/Oslo');
    expect(card?.inputs.get('language')?.value).toBe('nb');
    expect(card?.inputs.get('kind')?.value).toBe('regional');
    expect(card?.buttons).toEqual([{ title: 'Opprett utvalget', verb: 'setupCouncil', data: { step: 'confirm' } }]);
  });

  it('the same refresh from anyone else shows who is setting up, and no form', async () => {
    const { card } = await press(s, OLA, { step: 'view' }, inChannel({ trigger: 'automatic', locale: 'en-GB' }));
    expect(card?.texts).toEqual([
      'Utvalg is being set up',
      'Kari Nordmann is setting up the user council for this team. Only Kari Nordmann can finish the setup.',
    ]);
    expect(card?.inputs.size).toBe(0);
  });

  it.each([
    ['an empty name', { councilName: '   ' }, 'councilName', 'Dette må fylles ut.'],
    ['a 500-character name', { councilName: 'x'.repeat(500) }, 'councilName', 'For lang tekst: høyst 160 tegn.'],
    ['a made-up time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone', 'Ukjent tidssone. Velg en fra listen.'],
    ['an unknown language', { language: 'sv' }, 'language', 'Velg ett av alternativene.'],
    [
      'a local council under a council that is not there',
      { kind: 'local', parentCouncilId: 'nope' },
      'parentCouncilId',
      'Velg et av de regionale utvalgene i listen.',
    ],
  ])(
    'confirming with %s gives the same form back, values kept, the problem under the field, nothing stored',
    async (_what, change, field, problem) => {
      const sent = { step: 'confirm', ...validChoices, ...change };
      const before = s.recorder.calls.length;
      const { card } = await press(s, KARI, sent, inChannel());
      expect(card?.texts[0]).toBe('Sett opp brukerutvalget');
      expect(card?.problems).toEqual(['Noe må rettes før jeg kan opprette utvalget. Se under.', problem]);
      // Every input on the form keeps what was sent (the parent list is only there when the tenant has regional councils).
      for (const [id, value] of Object.entries(sent)) if (card?.inputs.has(id)) expect(card.inputs.get(id)?.value).toBe(value);
      expect(card?.inputs.size).toBe(4);
      // The problem is shown right under its input.
      const body = JSON.stringify(card?.raw);
      expect(body.indexOf(JSON.stringify(problem))).toBeGreaterThan(body.indexOf(`"id":"${field}"`));
      expect(await s.running.app.deps.councils.get(councilIdForTeam(DEMO_TENANT_ID, team.teamId))).toBeUndefined();
      expect(await countRows(s.tables('councils'))).toBe(0);
      expect(await countRows(s.tables('members'))).toBe(0);
      expect(s.recorder.calls.slice(before).filter((c) => c.path.includes('pagedmembers'))).toEqual([]);
    },
  );

  it('a malformed payload gets an answer, never a crash', async () => {
    const payloads: Record<string, unknown>[] = [{ step: 'confirm', councilName: 42, language: ['nb'] }, { step: 'launch' }, {}];
    for (const data of payloads) {
      const reply = await press(s, KARI, data, inChannel());
      expect(reply.status).toBe(200);
    }
    expect(await countRows(s.tables('councils'))).toBe(0);
  });

  it('someone else pressing confirm is refused and nothing is stored', async () => {
    const { card } = await press(s, OLA, { step: 'confirm', ...validChoices }, inChannel());
    expect(card?.texts[0]).toBe('Utvalg settes opp');
    expect(card?.inputs.size).toBe(0);
    expect(await countRows(s.tables('councils'))).toBe(0);
    expect(await countRows(s.tables('members'))).toBe(0);
    expect(pagedCalls(s.recorder, team.teamId)).toEqual([]);
  });

  it('confirming creates the council, makes the installer secretary and imports all 250 from the paged roster', async () => {
    // How long this takes is measured in `npm run bench`, not asserted here.
    const { card } = await press(s, KARI, { step: 'confirm', ...validChoices }, inChannel());

    // In the council's language (nynorsk), since it replaces the card everyone sees.
    expect(card?.texts[0]).toBe('Brukarutvalet er sett opp');
    expect(card?.facts).toEqual([
      { title: 'Utval', value: validChoices.councilName },
      { title: 'Sekretær', value: 'Kari Nordmann' },
      { title: 'Medlemmer', value: '250' },
    ]);

    const pages = pagedCalls(s.recorder, team.teamId).map((c) =>
      new URL(c.path, 'http://x').searchParams.get('continuationToken'),
    );
    expect(pages).toEqual([null, 'page-100', 'page-200']);

    const deps = s.running.app.deps;
    const council = await deps.councils.findByTeam(DEMO_TENANT_ID, team.teamId);
    expect(council?.value).toEqual({
      id: councilIdForTeam(DEMO_TENANT_ID, team.teamId),
      tenantId: DEMO_TENANT_ID,
      name: validChoices.councilName,
      kind: 'regional',
      language: 'nn',
      timeZone: 'Europe/Oslo',
      quorumRule: { type: 'moreThanHalf' },
      // A new council keeps written input with the secretary until the meeting (the safe default).
      inputVisibility: 'secretaryUntilMeeting',
      teamId: team.teamId,
      channelId: team.teamId,
    });
    const roster = (await deps.members.listRoster(council!.value.id)).map((m) => m.value);
    expect(roster).toHaveLength(250);
    expect(roster.find((m) => m.aadObjectId === KARI.aadObjectId)).toMatchObject({ role: 'secretary', votingMember: false });
    expect(roster.find((m) => m.aadObjectId === GUEST.aadObjectId)).toMatchObject({ role: 'member', name: GUEST.name });
    const members = roster.filter((m) => m.aadObjectId !== KARI.aadObjectId);
    expect(members.every((m) => m.role === 'member' && m.votingMember && !m.inDeputyPool && !m.editorialBoard)).toBe(true);
    expect(new Set(roster.map((m) => m.activeFrom))).toEqual(new Set(['2025-03-10']));
    expect(await deps.members.councilsOf(DEMO_TENANT_ID, OLA.aadObjectId)).toEqual([council!.value.id]);

    // Everyone else's copy of the shared card now says it is set up.
    const update = await s.recorder.waitFor((c) => c.method === 'PUT' && c.path.endsWith(`/activities/${messageId}`));
    expect(cardInActivity(update.body).facts[0]).toEqual({ title: 'Utval', value: validChoices.councilName });
  });

  it('the card shows the council name literally, template syntax and markup included', async () => {
    const { card } = await press(s, OLA, { step: 'view' }, inChannel({ trigger: 'automatic' }));
    expect(card?.texts[0]).toBe('Teamet har alt eit brukarutval');
    expect(card?.facts[0]?.value).toBe('Brukerutvalget ${secret} <script>alert(1)</script>');
  });

  it('confirming again, or adding the bot again, keeps the one council', async () => {
    const again = await press(s, KARI, { step: 'confirm', ...validChoices, councilName: 'Another name' }, inChannel());
    expect(again.card?.texts[0]).toBe('Teamet har alt eit brukarutval');
    const readded = await addBot(s, team, OLA);
    expect(readded.card.texts[0]).toBe('Teamet har alt eit brukarutval');
    expect(readded.card.facts[0]?.value).toBe(validChoices.councilName);
    expect(readded.card.raw['refresh']).toBeUndefined();
    expect(await countRows(s.tables('councils'))).toBe(1);
    expect(await countRows(s.tables('members'))).toBe(250);
    // Ola asking again did not make Ola the one who may set up.
    expect((await s.running.app.deps.councils.getPendingSetup(DEMO_TENANT_ID, team.teamId))?.value.installer.aadObjectId).toBe(
      KARI.aadObjectId,
    );
  });

  it('"@Utvalg oppsett" in the channel says which council the team is linked to', async () => {
    const activity = channelMention(s.recorder.url, team, OLA, '<at>Utvalg</at> oppsett');
    await postActivity(s.running.baseUrl, activity);
    const reply = await s.recorder.waitFor(
      (c) => c.method === 'POST' && c.path.endsWith(`/activities/${String(activity['id'])}`),
    );
    expect(cardInActivity(reply.body).facts[0]?.value).toBe(validChoices.councilName);
  });

  it('people who join are added; people who leave keep their row with an end date; a returner is reactivated', async () => {
    const deps = s.running.app.deps;
    const councilId = councilIdForTeam(DEMO_TENANT_ID, team.teamId);
    s.recorder.members.set(`29:${NEWCOMER.aadObjectId}`, { ...teamAccount(NEWCOMER) });
    const joined = await postActivity(s.running.baseUrl, teamMembersChanged(s.recorder.url, team, { added: [NEWCOMER] }));
    expect(joined.status).toBeLessThan(300);
    expect((await deps.members.get(councilId, NEWCOMER.aadObjectId))?.value).toMatchObject({
      name: 'Nina Ny',
      role: 'member',
      activeFrom: '2025-03-10',
    });

    const left = await postActivity(s.running.baseUrl, teamMembersChanged(s.recorder.url, team, { removed: [OLA] }));
    expect(left.status).toBeLessThan(300);
    const ola = (await deps.members.get(councilId, OLA.aadObjectId))?.value;
    expect(ola).toMatchObject({ name: 'Ola Hansen', activeFrom: '2025-03-10', activeTo: '2025-03-09' });
    expect(await countRows(s.tables('members'))).toBe(251);

    s.recorder.members.set(`29:${OLA.aadObjectId}`, { ...teamAccount(OLA) });
    await postActivity(s.running.baseUrl, teamMembersChanged(s.recorder.url, team, { added: [OLA] }));
    expect((await deps.members.get(councilId, OLA.aadObjectId))?.value.activeTo).toBeUndefined();
    expect(await countRows(s.tables('members'))).toBe(251);
  });

  it('joins and leaves in a team without a council change nothing', async () => {
    const other: TeamPlace = { teamId: '19:no-council@thread.tacv2' };
    s.recorder.members.set(`29:${NEWCOMER.aadObjectId}`, { ...teamAccount(NEWCOMER) });
    await postActivity(s.running.baseUrl, teamMembersChanged(s.recorder.url, other, { added: [NEWCOMER] }));
    await postActivity(s.running.baseUrl, teamMembersChanged(s.recorder.url, other, { removed: [NEWCOMER] }));
    expect(await countRows(s.tables('members'))).toBe(251);
  });
});

describe('setting up under pressure', () => {
  let s: Setup;
  /** A member row whose first write fails (a storage outage part-way through an import). */
  let failOnce: { partitionKey: string; rowKey: string } | undefined;

  beforeAll(async () => {
    s = await startWrapped((inner) => (kind) => {
      const client = inner(kind);
      if (kind !== 'members') return client;
      return new Proxy(client, {
        get(target, prop, receiver) {
          // An import writes its members a transaction at a time: the one holding the row fails.
          if (prop === 'submitTransaction') {
            return (...args: Parameters<TableClient['submitTransaction']>) => {
              const [actions] = args;
              const hit = actions.some(
                ([, row]) => failOnce && row.partitionKey === failOnce.partitionKey && row.rowKey === failOnce.rowKey,
              );
              if (hit) {
                failOnce = undefined;
                return Promise.reject(new Error('injected storage outage'));
              }
              return target.submitTransaction(...args);
            };
          }
          if (prop !== 'createEntity') return Reflect.get(target, prop, receiver) as unknown;
          return (...args: Parameters<TableClient['createEntity']>) => {
            const [row] = args;
            if (failOnce && row.partitionKey === failOnce.partitionKey && row.rowKey === failOnce.rowKey) {
              failOnce = undefined;
              return Promise.reject(new Error('injected storage outage'));
            }
            return target.createEntity(...args);
          };
        },
      });
    });
  });
  afterAll(async () => {
    await s.running.close();
    await s.recorder.stop();
  });

  it('two confirms at once make one council and one roster', async () => {
    const team: TeamPlace = { teamId: '19:race-team@thread.tacv2', teamName: 'Race' };
    await addBot(s, team, KARI);
    const [a, b] = await Promise.all([
      press(s, KARI, { step: 'confirm', ...validChoices, councilName: 'Rask A' }, { team }),
      press(s, KARI, { step: 'confirm', ...validChoices, councilName: 'Rask B' }, { team }),
    ]);
    expect(a.card?.facts[2]).toEqual({ title: 'Medlemmer', value: '250' });
    expect(b.card?.facts[2]).toEqual({ title: 'Medlemmer', value: '250' });
    expect(a.card?.facts[0]?.value).toBe(b.card?.facts[0]?.value);
    expect(await countRows(s.tables('councils'))).toBe(1);
    expect(await countRows(s.tables('members'))).toBe(250);
  });

  it('a roster the connector will not serve leaves nothing behind', async () => {
    const team: TeamPlace = { teamId: '19:roster-down@thread.tacv2', teamName: 'Roster down' };
    await addBot(s, team, KARI);
    s.recorder.failNext('GET', /pagedmembers/, { status: 403 });
    const reply = await press(s, KARI, { step: 'confirm', ...validChoices }, { team });
    // An outage, not a person's mistake: the person gets an apology in their language (nynorsk here) that asks them to try again.
    expect(reply.message).toBe('Orsak, noko gjekk gale hos meg. Prøv igjen om litt.');
    expect(await s.running.app.deps.councils.get(councilIdForTeam(DEMO_TENANT_ID, team.teamId))).toBeUndefined();
    expect(await countRows(s.tables('councils'))).toBe(1);
  });

  it('a storage failure part-way is completed by pressing again, without duplicates', async () => {
    const team: TeamPlace = { teamId: '19:flaky-storage@thread.tacv2', teamName: 'Flaky' };
    await addBot(s, team, KARI);
    const councilId = councilIdForTeam(DEMO_TENANT_ID, team.teamId);
    failOnce = { partitionKey: councilId, rowKey: 'aad-m120' };
    const first = await press(s, KARI, { step: 'confirm', ...validChoices, councilName: 'Flaky' }, { team });
    expect(first.message).toBe('Orsak, noko gjekk gale hos meg. Prøv igjen om litt.');
    expect(failOnce).toBeUndefined();
    expect(await s.running.app.deps.councils.findByTeam(DEMO_TENANT_ID, team.teamId)).toBeUndefined();
    const partial = (await s.running.app.deps.members.listRoster(councilId)).length;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(250);

    const second = await press(s, KARI, { step: 'confirm', ...validChoices, councilName: 'Flaky' }, { team });
    expect(second.card?.facts).toEqual([
      { title: 'Utval', value: 'Flaky' },
      { title: 'Sekretær', value: 'Kari Nordmann' },
      { title: 'Medlemmer', value: '250' },
    ]);
    expect((await s.running.app.deps.members.listRoster(councilId)).length).toBe(250);
    expect(await countRows(s.tables('councils'))).toBe(2);
  });

  it('a local council chooses among the regional councils of the tenant, and must choose one when there are some', async () => {
    const team: TeamPlace = { teamId: '19:local-team@thread.tacv2', teamName: 'Lokalt brukerutvalg Arendal' };
    await addBot(s, team, OLA);
    const regional = await s.running.app.deps.councils.listRegional(DEMO_TENANT_ID);
    expect(regional.map((c) => c.name)).toEqual(['Flaky', expect.stringMatching(/^Rask [AB]$/)]);

    const form = await press(s, OLA, { step: 'view' }, { team, trigger: 'automatic' });
    expect(form.card?.inputs.get('kind')?.value).toBe('local');
    expect(form.card?.inputs.get('parentCouncilId')?.choices?.map((c) => c.title)).toEqual(regional.map((c) => c.name));

    const choices = {
      step: 'confirm',
      councilName: 'Lokalt brukerutvalg Arendal',
      language: 'nb',
      timeZone: 'Europe/Oslo',
      kind: 'local',
    };
    const missing = await press(s, OLA, { ...choices, parentCouncilId: '' }, { team });
    expect(missing.card?.problems).toEqual([
      'Noe må rettes før jeg kan opprette utvalget. Se under.',
      'Et lokalt utvalg hører til et regionalt utvalg. Velg det.',
    ]);
    expect(await s.running.app.deps.councils.findByTeam(DEMO_TENANT_ID, team.teamId)).toBeUndefined();

    const done = await press(s, OLA, { ...choices, parentCouncilId: regional[0]!.id }, { team });
    expect(done.card?.facts[0]).toEqual({ title: 'Utvalg', value: 'Lokalt brukerutvalg Arendal' });
    const council = await s.running.app.deps.councils.findByTeam(DEMO_TENANT_ID, team.teamId);
    expect(council?.value).toMatchObject({ kind: 'local', parentCouncilId: regional[0]!.id });
    // A local council is not offered as anyone's regional council.
    expect((await s.running.app.deps.councils.listRegional(DEMO_TENANT_ID)).map((c) => c.id)).toEqual(regional.map((c) => c.id));
  });
});
