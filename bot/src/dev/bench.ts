import { randomUUID } from 'node:crypto';
import { composeApp } from '../compose';
import { silentLogger } from '../config/logger';
import type { WorkChange } from '../app/ports';
import { loadMeetingPackage } from '../app/use-cases/load-meeting-package';
import { ensureTables, type StorageSettings } from '../storage/table-storage';
import { startAzurite } from './azurite';
import { seedDemoCouncil } from './seed-demo';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TENANT_ID } from './demo-ids';

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

/** Posts a press and insists the answer is the updated card (a refusal would come back as a message). */
async function press(url: string, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { type?: string };
  if (response.status !== 200 || answer.type !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`the bot did not answer with a card: ${response.status} ${JSON.stringify(answer).slice(0, 200)}`);
  }
}

/** `npm run bench`: storage and use-case timings against a real (in-memory) Azurite. Prints figures only. */
async function timeIt(label: string, runs: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const pick = (q: number): string => (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0).toFixed(2);
  console.log(
    `${label.padEnd(52)} n=${String(runs).padStart(4)}  median ${pick(0.5).padStart(8)} ms  p95 ${pick(0.95).padStart(8)} ms`,
  );
}

async function bench(): Promise<void> {
  const azurite = await startAzurite();
  try {
    const storage: StorageSettings = {
      kind: 'connectionString',
      connectionString: azurite.connectionString,
      tablePrefix: 'bench',
    };
    await ensureTables(storage);
    const app = composeApp({ devMode: true, port: 0, storage, tabDirectory: '' }, { log: silentLogger });
    const { deps } = app;
    await seedDemoCouncil(deps);
    const meetings = await deps.meetings.list(DEMO_COUNCIL_ID);
    const meeting = meetings.map((m) => m.value).find((m) => m.status === 'collecting');
    if (!meeting) throw new Error('no upcoming demo meeting');
    const principal = { tenantId: DEMO_TENANT_ID, aadObjectId: DEMO_SECRETARY };

    console.log(`Azurite ${azurite.port}, Node ${process.version}`);
    await timeIt('point read (meeting)', 200, () => deps.meetings.get(DEMO_COUNCIL_ID, meeting.id));
    let current = await deps.meetings.get(DEMO_COUNCIL_ID, meeting.id);
    await timeIt('conditional update (meeting, If-Match)', 200, async () => {
      current = await deps.meetings.update({ ...current!.value, place: `Rom ${randomUUID().slice(0, 4)}` }, current!.etag);
    });
    await timeIt('meeting package, demo size (~15 rows)', 100, () =>
      loadMeetingPackage(deps, { principal, councilId: DEMO_COUNCIL_ID, meetingId: meeting.id }),
    );

    // Grow the working set to 1,500 rows in transactions of 100.
    for (let batch = 0; batch < 15; batch++) {
      const changes: WorkChange[] = Array.from({ length: 100 }, (_, i) => ({
        op: 'create',
        kind: 'proposal',
        value: {
          id: `bench-${batch}-${i}`,
          meetingId: meeting.id,
          proposerId: DEMO_SECRETARY,
          title: `Forslag ${batch * 100 + i}`,
          kind: 'discussion',
          status: 'pending',
          createdAt: new Date(Date.UTC(2026, 0, 1, 0, batch, i)).toISOString(),
        },
      }));
      await deps.work.apply(DEMO_COUNCIL_ID, meeting.id, changes);
    }
    await timeIt('meeting package, 1,500+ rows (2 pages)', 30, () =>
      loadMeetingPackage(deps, { principal, councilId: DEMO_COUNCIL_ID, meetingId: meeting.id }),
    );

    // Over real HTTP: what a member waits for after pressing a card button (Teams gives up after 15 s).
    const port = await app.listen(0);
    const messages = `http://127.0.0.1:${port}/api/messages`;
    const choices = ['attend', 'remote'];
    await timeIt('card press over HTTP (attendance answer stored)', 200, (i) =>
      press(messages, attendancePress(randomUUID(), DEMO_MEMBERS.adele, meeting.id, choices[i % 2] ?? 'attend')),
    );
    const pressId = randomUUID();
    await press(messages, attendancePress(pressId, DEMO_MEMBERS.adele, meeting.id, 'attend'));
    await timeIt('same press redelivered (recognised, nothing written)', 200, () =>
      press(messages, attendancePress(pressId, DEMO_MEMBERS.adele, meeting.id, 'attend')),
    );
    await app.close();

    let year = 2100;
    await timeIt('case numbers: 20 concurrent takes on one counter', 10, async () => {
      year += 1;
      await Promise.all(Array.from({ length: 20 }, () => deps.caseNumbers.take('bench-council', year, 1, 1)));
    });
  } finally {
    await azurite.stop();
  }
}

bench().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
