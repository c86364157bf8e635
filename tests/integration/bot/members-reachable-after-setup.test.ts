import { randomUUID } from 'node:crypto';
import { councilIdForTeam } from '../../../bot/src/app/use-cases/set-up-council';
import { DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import { botAddedToTeam, invokeAction, postActivity, type Sender, type TeamPlace } from '../../support/activities';
import { postInvoke } from '../../support/card-invoke';
import { ConnectorRecorder, type RecordedCall } from '../../support/connector-recorder';
import { tabApiCall } from '../../support/tab-api-call';
import { teamAccount } from '../../support/team-setup';
import { startTestApp, type RunningTestApp } from '../../support/test-app';

const NOW = new Date('2025-03-10T09:00:00.000Z');
const KARI: Sender = { aadObjectId: 'aad-kari', name: 'Kari Nordmann' };
/** The eleven others in the team; none of them has ever written to the bot. */
const OTHERS: Sender[] = Array.from({ length: 11 }, (_, i) => ({ aadObjectId: `aad-p${i}`, name: `Person ${i}` }));
const team: TeamPlace = { teamId: '19:reachable@thread.tacv2', teamName: 'Brukerutvalget Vest' };

const isCreateConversation = (c: RecordedCall) => c.method === 'POST' && /^\/v3\/conversations\/?$/.test(c.path);

describe('members of a council set up from a team can be reached 1:1', () => {
  const recorder = new ConnectorRecorder();
  let running: RunningTestApp;
  const councilId = councilIdForTeam(DEMO_TENANT_ID, team.teamId);
  const api = <T>(method: string, path: string, body?: unknown) =>
    tabApiCall<T>(running.baseUrl, method, path, { as: KARI.aadObjectId, body });

  beforeAll(async () => {
    await recorder.start();
    // A roster of 12 served 5 at a time: three pages.
    recorder.roster.push(teamAccount(KARI), ...OTHERS.map((p) => teamAccount(p)));
    recorder.rosterPageSize = 5;
    running = await startTestApp({ seed: false, clock: () => NOW });

    expect((await postActivity(running.baseUrl, botAddedToTeam(recorder.url, team.teamId, KARI))).status).toBeLessThan(300);
    const confirm = invokeAction(
      recorder.url,
      KARI,
      'setupCouncil',
      { step: 'confirm', councilName: 'Brukerutvalget Vest', language: 'nb', timeZone: 'Europe/Oslo', kind: 'regional' },
      { team },
    );
    expect((await postInvoke(running.baseUrl, confirm)).status).toBe(200);
    expect((await running.app.deps.members.listRoster(councilId)).length).toBe(12);
  });
  afterAll(async () => {
    await running.close();
    await recorder.stop();
  });

  it('an input request to everyone opens a 1:1 chat with each of the eleven members, and sends each the card', async () => {
    const meeting = await api<{ meeting: { id: string; startsAt: string } }>('POST', `/api/councils/${councilId}/meetings`, {
      requestId: 'first-meeting',
      date: '2025-04-09',
      startTime: '10:00',
      endTime: '12:00',
      place: 'Bergen',
    });
    expect(meeting.status).toBe(201);
    recorder.reset();

    const created = await api<{ notified: { sent: { name: string }[]; couldNotReach: { name: string }[] } }>(
      'POST',
      `/api/councils/${councilId}/meetings/${meeting.body.meeting.id}/input-requests`,
      {
        id: randomUUID(),
        questions: [{ text: 'Hva bør vi ta opp i år?' }],
        deadline: '2025-04-01T21:59:00.000Z',
        askedMemberIds: [],
      },
    );
    expect(created.status).toBe(201);
    expect(created.body.notified.couldNotReach).toEqual([]);
    expect(created.body.notified.sent.map((p) => p.name).sort()).toEqual(OTHERS.map((p) => p.name).sort());

    const opened = recorder.calls.filter(isCreateConversation);
    const openedWith = opened.map((c) => (c.body as { members: { id: string }[] }).members.map((m) => m.id)).flat();
    expect(openedWith.sort()).toEqual(OTHERS.map((p) => `29:${p.aadObjectId}`).sort());
    expect(opened.every((c) => (c.body as { tenantId?: string }).tenantId === DEMO_TENANT_ID)).toBe(true);
    // The card goes into each new chat (the recorder names them a:new-1 … a:new-11).
    const cards = recorder.calls.filter(
      (c) => c.method === 'POST' && /^\/v3\/conversations\/a%3Anew-\d+\/activities$/.test(c.path),
    );
    expect(cards).toHaveLength(11);
  });
});
