import { seedDemoCouncil } from '../../../bot/src/dev/seed-demo';
import { DEMO_COUNCIL_ID } from '../../../bot/src/dev/demo-ids';
import { upcomingDemoMeetingLine } from '../../../bot/src/dev/upcoming-demo-meeting';
import { fakeDeps } from '../../support/fakes/fake-deps';

describe('the console line for the demo’s next meeting', () => {
  it('names the seeded upcoming meeting and the exact --clock-start (Oslo time, with its offset) that reaches its start', async () => {
    let now = new Date('2026-12-03T10:00:00Z');
    const deps = fakeDeps({ clock: () => now });
    await seedDemoCouncil(deps);
    const upcoming = (await deps.meetings.list(DEMO_COUNCIL_ID)).map((m) => m.value).find((m) => m.status === 'collecting');
    expect(upcoming).toBeDefined();

    const line = await upcomingDemoMeetingLine(deps);
    expect(line).toContain(upcoming!.id);
    const flag = /--clock-start (\S+)$/.exec(line ?? '')?.[1];
    // Winter in Oslo: +01:00, and the very instant the meeting starts.
    expect(flag).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+01:00$/);
    expect(new Date(flag!).getTime()).toBe(new Date(upcoming!.startsAt).getTime());

    // Once it has started there is no next demo meeting to offer.
    now = new Date(Date.parse(upcoming!.startsAt) + 60_000);
    expect(await upcomingDemoMeetingLine(deps)).toBeUndefined();
  });
});
