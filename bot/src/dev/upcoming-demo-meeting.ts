import { DateTime } from 'luxon';
import type { AppDeps } from '../app/deps';
import { DEMO_COUNCIL_ID } from './demo-ids';

/**
 * The console's line for the demo's next meeting, with the command that runs
 * the server at its start (to hold it and write its minutes). A first start
 * seeds the demo around the clock it starts on, so the line tells the reader
 * to keep the data: `--in-memory` under that clock would seed another week.
 */
export async function upcomingDemoMeetingLine(deps: AppDeps): Promise<string | undefined> {
  const council = await deps.councils.get(DEMO_COUNCIL_ID);
  if (!council) return undefined;
  const now = deps.clock().getTime();
  const next = (await deps.meetings.list(DEMO_COUNCIL_ID))
    .map((m) => m.value)
    .filter((m) => (m.status === 'collecting' || m.status === 'noticeSent') && Date.parse(m.startsAt) > now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
  if (!next) return undefined;
  const start = DateTime.fromISO(next.startsAt, { zone: council.value.timeZone });
  const iso = start.toISO({ suppressMilliseconds: true, includeOffset: true }) ?? next.startsAt;
  return (
    `Next demo meeting: ${start.toFormat('yyyy-MM-dd HH:mm')} (${next.id}). To hold it and write its minutes, ` +
    `with the data kept: npm run playground -- --clock-start ${iso}`
  );
}
