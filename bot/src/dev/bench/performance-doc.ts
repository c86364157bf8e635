import os from 'node:os';
import { roundTripsOf, type StorageRequest } from './round-trip-counter';
import { median, type Summary } from './stats';

export interface Machine {
  os: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  /** os.loadavg() when the run started: 1, 5 and 15 minutes. */
  loadavg: number[];
  date: string;
}

export function machineNow(): Machine {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    loadavg: os.loadavg(),
    date: new Date().toISOString(),
  };
}

export interface OperationFigure extends Summary {
  label: string;
  /** The storage requests of each run. */
  requests: StorageRequest[][];
}

export interface BenchFigures {
  machine: Machine;
  tablePrefix: string;
  operations: OperationFigure[];
  cardPress: OperationFigure;
  bareEcho: Summary;
  ratio: { median: number; p95: number };
  packages: { rows: number; figure: OperationFigure }[];
  tab: Summary & { bytes: number; requests: number; storageRequestsPerRender: number; items: number; inputs: number };
}

const ms = (value: number): string => `${value.toFixed(2)} ms`;

/** "3" when every run took the same number of round trips, else "3 (2–4)". */
function tripsOf(runs: StorageRequest[][]): string {
  return spread(runs.map(roundTripsOf));
}

/** "5" when every run sent the same number of requests, else "5 (4–6)". */
function requestsOf(runs: StorageRequest[][]): string {
  return spread(runs.map((r) => r.length));
}

function spread(counts: number[]): string {
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  return lo === hi ? String(lo) : `${median(counts)} (${lo}–${hi})`;
}

/** What one run sent, in order, repeats folded: `GET members (query)`, `PUT caseCounters × 3`. */
function sequenceOf(requests: StorageRequest[], tablePrefix: string): string {
  const names = requests.map((r) => {
    const table = r.table.startsWith(tablePrefix) ? r.table.slice(tablePrefix.length) : r.table;
    return `${r.method} ${table || '$batch'}${r.kind === 'query' ? ' (query)' : ''}`;
  });
  const folded: { name: string; times: number }[] = [];
  for (const name of names) {
    const last = folded[folded.length - 1];
    if (last?.name === name) last.times += 1;
    else folded.push({ name, times: 1 });
  }
  // Concurrent operations interleave: past a dozen steps, totals per request say more than the order.
  if (folded.length > 12) {
    const totals = new Map<string, number>();
    for (const name of names) totals.set(name, (totals.get(name) ?? 0) + 1);
    return `in all: ${[...totals].map(([name, times]) => `${name} × ${times}`).join(', ')}`;
  }
  return folded.map((f) => (f.times === 1 ? f.name : `${f.name} × ${f.times}`)).join(', ');
}

/** docs/performance.md, written by `npm run bench` from one run. */
export function renderPerformanceDoc(f: BenchFigures): string {
  const m = f.machine;
  const lines: string[] = [
    '# Performance',
    '',
    '<!-- Written by `npm run bench` (bot/src/dev/bench.ts). Do not edit by hand: run the bench again. -->',
    '',
    'Every figure below comes from one run of `npm run bench` against an in-memory Azurite on the same machine.',
    'Absolute times depend on the machine and its load; the ratio to the bare echo, measured alternately in the',
    'same run, and the storage round trips are what to compare between runs.',
    '',
    '## Machine',
    '',
    `- Date: ${m.date}`,
    `- OS: ${m.os}`,
    `- CPU: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(1)} GiB memory`,
    `- Node: ${m.node}`,
    `- Load average when the run started (1, 5, 15 min): ${m.loadavg.map((l) => l.toFixed(2)).join(', ')}`,
    '',
    '## Card press ÷ bare botbuilder echo',
    '',
    `${f.cardPress.n} alternating pairs: an attendance press on the app, and a bare botbuilder \`CloudAdapter\` on the same`,
    'restify stack answering the same `Action.Execute` invoke with a static card (no storage). Goal: ≤ 2 ×.',
    '',
    '| | median | p95 |',
    '| --- | ---: | ---: |',
    `| card press (attendance answer stored) | ${ms(f.cardPress.median)} | ${ms(f.cardPress.p95)} |`,
    `| bare echo | ${ms(f.bareEcho.median)} | ${ms(f.bareEcho.p95)} |`,
    `| **press ÷ echo** | **${f.ratio.median.toFixed(2)} ×** | **${f.ratio.p95.toFixed(2)} ×** |`,
    '',
    '## Storage round trips per operation',
    '',
    'HTTP requests to the Table service, counted by a pipeline policy on every table client (a retry counts again;',
    'a transaction is one). Requests sent together (while others are in flight) share a round trip: round trips',
    'are what a person waits for, and what tests/integration/storage/round-trips.test.ts holds to its limits.',
    'The sequence is that of the first run.',
    '',
    '| operation | runs | median | p95 | round trips | requests | sequence |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const o of f.operations) {
    lines.push(
      `| ${o.label} | ${o.n} | ${ms(o.median)} | ${ms(o.p95)} | ${tripsOf(o.requests)} | ${requestsOf(o.requests)} | ${sequenceOf(o.requests[0] ?? [], f.tablePrefix)} |`,
    );
  }
  lines.push(
    '',
    '## Package API by partition size',
    '',
    '`GET /api/councils/:councilId/meetings/:meetingId/package` over HTTP, the meeting partition holding that many',
    'proposal rows. "Partition queries" counts the queries on the meeting work table (`meetingWork`); the',
    'Table service returns at most 1,000 rows per page, so a page beyond that is one more request of the same query.',
    '',
    '| rows | runs | median | p95 | round trips | requests | partition queries |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const { rows, figure } of f.packages) {
    const workQueries = (figure.requests[0] ?? []).filter(
      (r) => r.table === `${f.tablePrefix}MeetingWork` && r.kind === 'query',
    ).length;
    lines.push(
      `| ${rows.toLocaleString('en')} | ${figure.n} | ${ms(figure.median)} | ${ms(figure.p95)} | ${tripsOf(figure.requests)} | ${requestsOf(figure.requests)} | ${workQueries} |`,
    );
  }
  lines.push(
    '',
    '## The tab in headless Chromium',
    '',
    `A cold first render (fresh browser context, no cache) of the upcoming meeting with ${f.tab.items} agenda items and`,
    `${f.tab.inputs} written inputs, as the secretary in dev mode: from navigation until the meeting title and every agenda`,
    "item are on screen. Bytes are Chromium's encoded data length (headers and compressed bodies) of every response\nof the first render; the storage requests are those of all renders divided by their number.",
    '',
    '| renders | median | p95 | bytes transferred | responses | storage requests per render |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${f.tab.n} | ${f.tab.median.toFixed(0)} ms | ${f.tab.p95.toFixed(0)} ms | ${(f.tab.bytes / 1024).toFixed(1)} KiB (${f.tab.bytes.toLocaleString('en')} B) | ${f.tab.requests} | ${f.tab.storageRequestsPerRender} |`,
    '',
  );
  return lines.join('\n');
}
