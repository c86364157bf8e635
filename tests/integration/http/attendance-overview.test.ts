import type { AttendanceOverviewView } from '../../../bot/src/app/use-cases/attendance-overview';
import { DEMO_CHAIR, DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY } from '../../../bot/src/dev/demo-ids';
import { startTestApp, type RunningTestApp } from '../../support/test-app';
import { tabApiCall } from '../../support/tab-api-call';

describe('attendance overview over HTTP, against Azurite and the demo council', () => {
  let running: RunningTestApp;
  let path: string;
  beforeAll(async () => {
    running = await startTestApp();
    const meetings = await running.app.deps.meetings.list(DEMO_COUNCIL_ID);
    const upcoming = meetings.find((m) => m.value.status === 'collecting')!.value;
    path = `/api/councils/${DEMO_COUNCIL_ID}/meetings/${upcoming.id}/attendance`;
  });
  afterAll(() => running.close());

  const overviewFor = async (as: string) => {
    const answer = await tabApiCall<AttendanceOverviewView>(running.baseUrl, 'GET', path, { as });
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const names = (view: AttendanceOverviewView, state: string) =>
    view.groups.find((g) => g.state === state)?.lines.map((l) => l.name);

  it('gives the secretary each member’s answer by group, the deputy standing in, who has not answered and the quorum', async () => {
    const view = await overviewFor(DEMO_SECRETARY);
    expect(view.canManage).toBe(true);
    expect(names(view, 'attend')).toEqual(['Megan Bowen']);
    expect(names(view, 'remote')).toEqual(['Isaiah Langer']);
    expect(names(view, 'deputy')).toEqual(['Patti Fernandez']);
    expect(view.deputies).toEqual([expect.objectContaining({ deputyName: 'Ola Berg', forName: 'Patti Fernandez' })]);
    expect(view.groups.find((g) => g.state === 'apologies')?.lines).toEqual([
      expect.objectContaining({ name: 'Tor Haugen', reason: 'Kollisjon med et annet møte' }),
    ]);
    // The observer has no attendance duty; the deputy and the member who left are not expected.
    expect(names(view, 'notAnswered')).toEqual(['Adele Vance', 'Alex Wilber', 'Ingrid Solberg', 'Lynne Robbins']);
    expect(view.observers.map((l) => l.name)).toEqual(['Sigrid Lunde']);
    // 7 voting members (the secretary does not vote) → 4 needed; Megan, Isaiah and Patti through Ola → 3.
    expect(view.quorum).toEqual({ votingMembers: 7, expectedPresent: 3, required: 4, reached: false });
  });

  it('the chair sees the reason too', async () => {
    const view = await overviewFor(DEMO_CHAIR);
    expect(view.groups.find((g) => g.state === 'apologies')?.lines[0]?.reason).toBe('Kollisjon med et annet møte');
  });

  it('a member sees the same overview without the personal reason for apologies', async () => {
    const view = await overviewFor(DEMO_MEMBERS.adele);
    expect(view.canManage).toBe(false);
    expect(view.reasonsShown).toBe(false);
    expect(names(view, 'apologies')).toEqual(['Tor Haugen']);
    expect(JSON.stringify(view)).not.toContain('Kollisjon');
    expect(view.quorum.expectedPresent).toBe(3);
  });

  it('the reason stays out of the meeting package for members too', async () => {
    const pkgPath = path.replace(/attendance$/, 'package');
    const forMember = await tabApiCall(running.baseUrl, 'GET', pkgPath, { as: DEMO_MEMBERS.adele });
    expect(JSON.stringify(forMember.body)).not.toContain('Kollisjon');
    const forSecretary = await tabApiCall(running.baseUrl, 'GET', pkgPath, { as: DEMO_SECRETARY });
    expect(JSON.stringify(forSecretary.body)).toContain('Kollisjon med et annet møte');
  });

  it('refuses someone outside the council (403) and an unknown meeting (404)', async () => {
    expect((await tabApiCall(running.baseUrl, 'GET', path, { as: 'stranger-0001' })).status).toBe(403);
    const unknown = `/api/councils/${DEMO_COUNCIL_ID}/meetings/m-1999-01-01/attendance`;
    expect((await tabApiCall(running.baseUrl, 'GET', unknown, { as: DEMO_SECRETARY })).status).toBe(404);
  });
});
