import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeApp } from '../compose';
import { silentLogger } from '../config/logger';
import type { AppDeps } from '../app/deps';
import type { WorkChange } from '../app/ports';
import type { Meeting } from '../domain/meeting';
import { DEV_USER_HEADER } from '../http/authenticator';
import { createTableClientFactory, ensureTables, type StorageSettings } from '../storage/table-storage';
import { startAzurite } from './azurite';
import { startBareEcho } from './bench/bare-echo';
import { machineNow, renderPerformanceDoc, type BenchFigures, type OperationFigure } from './bench/performance-doc';
import { RoundTripCounter, roundTripsOf, type StorageRequest } from './bench/round-trip-counter';
import { ratioTo, summarize } from './bench/stats';
import { timeTabRenders } from './bench/tab-render';
import { seedDemoCouncil } from './seed-demo';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TENANT_ID } from './demo-ids';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');
/** The tab meeting: this many agenda items and written inputs. */
const TAB_ITEMS = 40;
const TAB_INPUTS = 300;
const PRESS_PAIRS = 300;
const TAB_RENDERS = 5;
/** The minutes exported as documents: a held meeting with this many items, each written. */
const MINUTES_ITEMS = 30;

/** A Universal Actions press as Teams POSTs it; answered in the HTTP response, so no connector is needed. */
function attendancePress(id: string, aadObjectId: string, meetingId: string, choice: string): Record<string, unknown> {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id,
    serviceUrl: 'http://127.0.0.1:9/unused',
    channelId: 'msteams',
    from: { id: `29:${aadObjectId}`, aadObjectId },
    conversation: { id: `a:personal-${aadObjectId}`, conversationType: 'personal', tenantId: DEMO_TENANT_ID },
    recipient: { id: '28:utvalg-bot' },
    locale: 'nb-NO',
    channelData: { tenant: { id: DEMO_TENANT_ID } },
    value: {
      action: { type: 'Action.Execute', verb: 'answerAttendance', data: { councilId: DEMO_COUNCIL_ID, meetingId, choice } },
      trigger: 'manual',
    },
  };
}

/** Posts a press and insists the answer is a card (a refusal would come back as a message). */
async function press(url: string, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { type?: string };
  if (response.status !== 200 || answer.type !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`no card came back: ${response.status} ${JSON.stringify(answer).slice(0, 200)}`);
  }
}

/** A tab API GET as the demo secretary; insists on 200. */
async function apiGet(baseUrl: string, route: string): Promise<void> {
  const response = await fetch(`${baseUrl}${route}`, { headers: { [DEV_USER_HEADER]: DEMO_SECRETARY } });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`GET ${route} answered ${response.status}`);
}

const elapsedMs = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** Runs an operation `runs` times, one at a time, timing each and counting its storage requests. */
async function measure(
  counter: RoundTripCounter,
  label: string,
  runs: number,
  fn: (i: number) => Promise<unknown>,
): Promise<OperationFigure> {
  const samples: number[] = [];
  const requests: StorageRequest[][] = [];
  for (let i = 0; i < runs; i++) {
    counter.reset();
    const start = process.hrtime.bigint();
    await fn(i);
    samples.push(elapsedMs(start));
    requests.push(counter.take());
  }
  const figure = { label, ...summarize(samples), requests };
  printFigure(figure);
  return figure;
}

function printFigure(f: OperationFigure): void {
  const range = (counts: number[]): string => {
    const lo = Math.min(...counts);
    const hi = Math.max(...counts);
    return lo === hi ? String(lo) : `${lo}–${hi}`;
  };
  console.log(
    `${f.label.padEnd(50)} n=${String(f.n).padStart(4)}  median ${f.median.toFixed(2).padStart(8)} ms  p95 ${f.p95
      .toFixed(2)
      .padStart(8)} ms  round trips ${range(f.requests.map(roundTripsOf))} (requests ${range(f.requests.map((r) => r.length))})`,
  );
}

function chunks<T>(values: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(values.length / size) }, (_, i) => values.slice(i * size, (i + 1) * size));
}

/** Writes changes in transactions of 100 (the Table service's limit). */
async function applyAll(deps: AppDeps, meetingId: string, changes: WorkChange[]): Promise<void> {
  for (const batch of chunks(changes, 100)) await deps.work.apply(DEMO_COUNCIL_ID, meetingId, batch);
}

/** Grows the demo's upcoming meeting to TAB_ITEMS agenda items and TAB_INPUTS written inputs. */
async function growTabMeeting(deps: AppDeps, meeting: Meeting): Promise<{ items: number; inputs: number }> {
  const work = await deps.work.load(DEMO_COUNCIL_ID, meeting.id);
  const memberIds = (await deps.members.listRoster(DEMO_COUNCIL_ID)).map((m) => m.value.aadObjectId);
  const changes: WorkChange[] = [];
  const maxOrder = Math.max(0, ...work.item.map((i) => i.value.order));
  for (let n = work.item.length; n < TAB_ITEMS; n++) {
    changes.push({
      op: 'create',
      kind: 'item',
      value: { id: `bench-item-${n}`, meetingId: meeting.id, order: maxOrder + n, title: `Sak nummer ${n}`, kind: 'discussion' },
    });
  }
  let needed = TAB_INPUTS - work.input.length;
  for (let r = 0; needed > 0; r++) {
    const requestId = `bench-request-${r}`;
    changes.push({
      op: 'create',
      kind: 'inputRequest',
      value: {
        id: requestId,
        meetingId: meeting.id,
        questions: [
          { id: 'q1', text: `Spørsmål ${r}: hva mener du om saken?` },
          { id: 'q2', text: 'Er det noe annet utvalget bør vite?' },
        ],
        deadline: meeting.startsAt,
        askedMemberIds: [],
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, r)).toISOString(),
      },
    });
    for (const memberId of memberIds.slice(0, needed)) {
      changes.push({
        op: 'create',
        kind: 'input',
        value: {
          meetingId: meeting.id,
          requestId,
          memberId,
          answers: {
            q1: `Innspill fra medlemmet til spørsmål ${r}: dette bør tas opp på møtet, med bakgrunn og forslag til vedtak.`,
            q2: 'Nei, ikke nå.',
          },
          submittedAt: new Date(Date.UTC(2026, 0, 2, 0, r)).toISOString(),
        },
      });
      needed -= 1;
    }
  }
  await applyAll(deps, meeting.id, changes);
  const grown = await deps.work.load(DEMO_COUNCIL_ID, meeting.id);
  return { items: grown.item.length, inputs: grown.input.length };
}

/** A meeting of its own with `rows` proposals in its partition, for the package API at that size. */
async function meetingWithRows(deps: AppDeps, template: Meeting, rows: number): Promise<string> {
  const id = `bench-rows-${rows}`;
  await deps.meetings.create({ ...template, id });
  await applyAll(
    deps,
    id,
    Array.from({ length: rows }, (_, i) => ({
      op: 'create',
      kind: 'proposal',
      value: {
        id: `p-${i}`,
        meetingId: id,
        proposerId: DEMO_SECRETARY,
        title: `Forslag ${i}`,
        kind: 'discussion',
        status: 'pending',
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
      },
    })),
  );
  return id;
}

/**
 * A held meeting of its own, minutes approved, with MINUTES_ITEMS numbered
 * items, each with notes, two Q&A lines and a decision, attendance for the
 * whole roster and a follow-up under every third item: the minutes as a long
 * meeting leaves them, for the document export.
 */
async function meetingWithMinutes(deps: AppDeps, template: Meeting): Promise<string> {
  const id = 'bench-minutes';
  await deps.meetings.create({ ...template, id, status: 'minutesApproved' });
  const roster = (await deps.members.listRoster(DEMO_COUNCIL_ID)).map((m) => m.value);
  const at = template.endsAt;
  const year = Number(template.startsAt.slice(0, 4));
  const changes: WorkChange[] = [
    {
      op: 'create',
      kind: 'minutes',
      value: {
        meetingId: id,
        heldAt: at,
        heldBy: DEMO_SECRETARY,
        attendance: roster.map((m, i) => ({
          memberId: m.aadObjectId,
          presence: i % 5 === 4 ? 'apologies' : 'inPerson',
          answered: i % 5 === 4 ? 'apologies' : 'attend',
        })),
        minuteTakerId: DEMO_SECRETARY,
        sentForApproval: { at, by: DEMO_SECRETARY, channelPost: { state: 'noChannel', at } },
        approval: { at, by: DEMO_SECRETARY },
        amendments: [],
      },
    },
  ];
  for (let n = 0; n < MINUTES_ITEMS; n++) {
    const itemId = `bench-minutes-item-${n}`;
    changes.push({
      op: 'create',
      kind: 'item',
      value: {
        id: itemId,
        meetingId: id,
        order: n,
        title: `Sak nummer ${n}: økonomi, tilgjengelighet og brukermøter`,
        kind: 'discussion',
        responsible: 'Linn Farstad',
        caseNumber: { year, sequence: 100 + n },
      },
    });
    changes.push({
      op: 'create',
      kind: 'minutesItem',
      value: {
        meetingId: id,
        itemId,
        notes: `Saken ble lagt fram og drøftet. Utvalget var enige om at dette må følges opp lokalt, og at brukerne må tas med tidlig i arbeidet.\n\nDet ble pekt på at ventetiden er for lang (sak ${n}).`,
        qa: [
          { name: 'Merete Bergan', text: 'Hvordan følges dette opp på kontorene?' },
          { name: 'Linn Farstad', text: 'Lederne får saken til neste ledermøte.' },
        ],
        decision: 'Utvalget tar saken til orientering og ber om en status på neste møte.',
        notReached: false,
        updatedAt: at,
        updatedBy: DEMO_SECRETARY,
      },
    });
  }
  await applyAll(deps, id, changes);
  for (let n = 0; n < MINUTES_ITEMS; n += 3) {
    await deps.followUps.create({
      id: `bench-follow-up-${n}`,
      councilId: DEMO_COUNCIL_ID,
      meetingId: id,
      meetingStartsAt: template.startsAt,
      itemId: `bench-minutes-item-${n}`,
      responsibleId: DEMO_SECRETARY,
      what: `Gi utvalget status i sak ${n}`,
      due: template.startsAt.slice(0, 10),
      status: 'open',
      createdBy: DEMO_SECRETARY,
      createdAt: at,
    });
  }
  return id;
}

/** `npm run bench`: figures from one run against a real (in-memory) Azurite, printed and written to docs/performance.md. */
async function bench(): Promise<void> {
  const machine = machineNow();
  const azurite = await startAzurite();
  const closers: (() => Promise<void>)[] = [];
  try {
    const storage: StorageSettings = {
      kind: 'connectionString',
      connectionString: azurite.connectionString,
      tablePrefix: 'bench',
    };
    await ensureTables(storage);
    const counter = new RoundTripCounter();
    const app = composeApp(
      { devMode: true, port: 0, storage, tabDirectory: path.join(ROOT, 'tab', 'dist') },
      { log: silentLogger, tables: counter.wrap(createTableClientFactory(storage)) },
    );
    const { deps } = app;
    await seedDemoCouncil(deps);
    const meetings = await deps.meetings.list(DEMO_COUNCIL_ID);
    const meeting = meetings.map((m) => m.value).find((m) => m.status === 'collecting');
    if (!meeting) throw new Error('no upcoming demo meeting');
    const tabMeeting = await growTabMeeting(deps, meeting);
    const port = await app.listen(0);
    closers.push(() => app.close());
    const baseUrl = `http://127.0.0.1:${port}`;
    console.log(
      `Azurite ${azurite.port}, app ${port}, Node ${process.version}, load ${machine.loadavg.map((l) => l.toFixed(2)).join(' ')}`,
    );

    // The tab first: a cold render of the grown meeting.
    counter.reset();
    const renders = await timeTabRenders(`${baseUrl}/tab/`, tabMeeting.items, TAB_RENDERS);
    const tabRequests = counter.take();
    const tab = {
      ...summarize(renders.map((r) => r.ms)),
      bytes: renders[0]!.bytes,
      requests: renders[0]!.requests,
      storageRequestsPerRender: tabRequests.length / TAB_RENDERS,
      items: tabMeeting.items,
      inputs: tabMeeting.inputs,
    };
    console.log(
      `tab first render (${tab.items} items, ${tab.inputs} written inputs)   n=${tab.n}  median ${tab.median.toFixed(0)} ms  p95 ${tab.p95.toFixed(0)} ms  ${(tab.bytes / 1024).toFixed(1)} KiB in ${tab.requests} requests  storage requests ${tab.storageRequestsPerRender} a render`,
    );

    const operations: OperationFigure[] = [];
    operations.push(
      await measure(counter, 'storage: point read (meeting)', 200, () => deps.meetings.get(DEMO_COUNCIL_ID, meeting.id)),
    );
    let current = await deps.meetings.get(DEMO_COUNCIL_ID, meeting.id);
    operations.push(
      await measure(counter, 'storage: conditional update (meeting, If-Match)', 200, async () => {
        current = await deps.meetings.update({ ...current!.value, place: `Rom ${randomUUID().slice(0, 4)}` }, current!.etag);
      }),
    );
    operations.push(await measure(counter, 'tab start: GET /api/me', 200, () => apiGet(baseUrl, '/api/me')));
    // The notice of the grown meeting in each form (one document model, three renderers).
    for (const format of ['html', 'docx', 'pdf']) {
      const route = `/api/councils/${DEMO_COUNCIL_ID}/meetings/${meeting.id}/notice.${format}`;
      operations.push(
        await measure(counter, `document: GET notice.${format} (${tabMeeting.items} items)`, 10, () => apiGet(baseUrl, route)),
      );
    }

    // The approved minutes of a 30-item meeting in each form, from the same model.
    const minutesMeeting = await meetingWithMinutes(deps, meeting);
    for (const format of ['html', 'docx', 'pdf']) {
      const route = `/api/councils/${DEMO_COUNCIL_ID}/meetings/${minutesMeeting}/minutes.${format}`;
      operations.push(
        await measure(counter, `document: GET minutes.${format} (${MINUTES_ITEMS} items)`, 10, () => apiGet(baseUrl, route)),
      );
    }

    // A card press against the bare echo, alternating, so both see the same machine at the same moments.
    const echo = await startBareEcho();
    closers.push(() => echo.close());
    const messages = `${baseUrl}/api/messages`;
    const choices = ['attend', 'remote'];
    for (let i = 0; i < 20; i++) {
      await press(echo.url, attendancePress(randomUUID(), DEMO_MEMBERS.adele, meeting.id, 'attend'));
      await press(messages, attendancePress(randomUUID(), DEMO_MEMBERS.adele, meeting.id, choices[i % 2]!));
    }
    const pressSamples: number[] = [];
    const echoSamples: number[] = [];
    const pressRequests: StorageRequest[][] = [];
    for (let i = 0; i < PRESS_PAIRS; i++) {
      // Who goes first alternates too, so neither always runs on a warmer process.
      const order = i % 2 === 0 ? (['echo', 'press'] as const) : (['press', 'echo'] as const);
      for (const which of order) {
        counter.reset();
        const start = process.hrtime.bigint();
        if (which === 'echo') await press(echo.url, attendancePress(randomUUID(), DEMO_MEMBERS.adele, meeting.id, 'attend'));
        else await press(messages, attendancePress(randomUUID(), DEMO_MEMBERS.adele, meeting.id, choices[i % 2]!));
        (which === 'echo' ? echoSamples : pressSamples).push(elapsedMs(start));
        if (which === 'press') pressRequests.push(counter.take());
      }
    }
    const cardPress: OperationFigure = {
      label: 'card press over HTTP (attendance answer stored)',
      ...summarize(pressSamples),
      requests: pressRequests,
    };
    const bareEcho = summarize(echoSamples);
    const ratio = ratioTo(cardPress, bareEcho);
    printFigure(cardPress);
    console.log(
      `${'bare botbuilder echo (same restify, static card)'.padEnd(50)} n=${String(bareEcho.n).padStart(4)}  median ${bareEcho.median.toFixed(2).padStart(8)} ms  p95 ${bareEcho.p95.toFixed(2).padStart(8)} ms`,
    );
    console.log(`press ÷ echo: median ${ratio.median.toFixed(2)} ×, p95 ${ratio.p95.toFixed(2)} × (goal ≤ 2)`);
    operations.push(cardPress);

    const pressId = randomUUID();
    await press(messages, attendancePress(pressId, DEMO_MEMBERS.adele, meeting.id, 'attend'));
    operations.push(
      await measure(counter, 'same press redelivered (recognised, nothing written)', 200, () =>
        press(messages, attendancePress(pressId, DEMO_MEMBERS.adele, meeting.id, 'attend')),
      ),
    );

    const packages: { rows: number; figure: OperationFigure }[] = [];
    for (const rows of [10, 100, 1000]) {
      const id = await meetingWithRows(deps, meeting, rows);
      const route = `/api/councils/${DEMO_COUNCIL_ID}/meetings/${id}/package`;
      await apiGet(baseUrl, route);
      packages.push({
        rows,
        figure: await measure(counter, `package API, ${rows} rows`, rows === 1000 ? 50 : 100, () => apiGet(baseUrl, route)),
      });
    }

    let year = 2100;
    operations.push(
      await measure(counter, 'case numbers: 20 concurrent takes on one counter', 10, async () => {
        year += 1;
        await Promise.all(Array.from({ length: 20 }, () => deps.caseNumbers.take('bench-council', year, 1, 1)));
      }),
    );

    const figures: BenchFigures = {
      machine,
      tablePrefix: storage.tablePrefix,
      operations,
      cardPress,
      bareEcho,
      ratio,
      packages,
      tab,
    };
    const target = path.join(ROOT, 'docs', 'performance.md');
    writeFileSync(target, renderPerformanceDoc(figures));
    console.log(`wrote ${path.relative(ROOT, target)}`);
  } finally {
    for (const close of closers.reverse()) await close();
    await azurite.stop();
  }
}

bench().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
