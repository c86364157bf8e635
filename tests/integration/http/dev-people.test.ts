import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { OTHER_TENANT, seedOtherTenantCouncil } from '../../support/other-tenant-council';
import { startSsoTestApp, startTestApp, type RunningTestApp } from '../../support/test-app';

const NOW = new Date('2026-03-10T09:00:00Z');

interface PeopleBody {
  councils: {
    councilId: string;
    councilName: string;
    tenantId: string;
    people: { aadObjectId: string; name: string; role: string }[];
  }[];
}
interface MeBody {
  user: { aadObjectId: string; tenantId: string; name: string };
  councils: { id: string; role: string }[];
  devClock?: unknown;
}

describe('dev mode across tenants, against Azurite', () => {
  let running: RunningTestApp;
  beforeAll(async () => {
    running = await startTestApp({ clock: () => NOW });
    await seedOtherTenantCouncil(running.app.deps);
  });
  afterAll(() => running.close());

  const get = (path: string, as?: { tenantId?: string; aadObjectId: string }) =>
    fetch(`${running.baseUrl}${path}`, {
      headers: {
        ...(as ? { 'X-Utvalg-Dev-User': as.aadObjectId } : {}),
        ...(as?.tenantId ? { 'X-Utvalg-Dev-Tenant': as.tenantId } : {}),
      },
    });
  const otherSecretary = { tenantId: OTHER_TENANT.tenantId, aadObjectId: OTHER_TENANT.secretary.aadObjectId };

  it("lists the people of every council for the picker, grouped by council with the council's tenant (demo first)", async () => {
    const response = await get('/api/dev/people');
    expect(response.status).toBe(200);
    const { councils } = (await response.json()) as PeopleBody;
    expect(councils.map((c) => [c.councilId, c.tenantId])).toEqual([
      [DEMO_COUNCIL_ID, DEMO_TENANT_ID],
      [OTHER_TENANT.councilId, OTHER_TENANT.tenantId],
    ]);
    const [demo, other] = councils;
    // What /api/me offered the picker before (the demo council's people), now the demo group.
    expect(demo?.people.length).toBeGreaterThanOrEqual(10);
    expect(demo?.people).toContainEqual({ aadObjectId: DEMO_SECRETARY, name: 'Alex Wilber', role: 'secretary' });
    expect(other).toEqual({
      councilId: OTHER_TENANT.councilId,
      councilName: OTHER_TENANT.councilName,
      tenantId: OTHER_TENANT.tenantId,
      people: expect.arrayContaining([
        { ...OTHER_TENANT.secretary, role: 'secretary' },
        { ...OTHER_TENANT.member, role: 'member' },
      ]) as unknown,
    });
    expect(other?.people.map((p) => p.name)).not.toContain('Tidligere Tora');
  });

  it("acting as a person of the other tenant shows that council and its meetings, and nothing of the demo council's", async () => {
    const me = (await (await get('/api/me', otherSecretary)).json()) as MeBody;
    expect(me.user).toEqual({ ...OTHER_TENANT.secretary, tenantId: OTHER_TENANT.tenantId });
    expect(me.councils).toEqual([expect.objectContaining({ id: OTHER_TENANT.councilId, role: 'secretary' })]);

    const meetings = await get(`/api/councils/${OTHER_TENANT.councilId}/meetings`, otherSecretary);
    expect(meetings.status).toBe(200);
    expect(((await meetings.json()) as { meetings: Meeting[] }).meetings.map((m) => m.place)).toEqual([
      OTHER_TENANT.meetingPlace,
    ]);

    const demo = await get(`/api/councils/${DEMO_COUNCIL_ID}/meetings`, otherSecretary);
    expect(demo.status).toBe(403);
  });

  it('keeps tenants apart: the same person id in the wrong tenant is nobody', async () => {
    const wrongTenant = { tenantId: DEMO_TENANT_ID, aadObjectId: OTHER_TENANT.secretary.aadObjectId };
    expect(((await (await get('/api/me', wrongTenant)).json()) as MeBody).councils).toEqual([]);
    expect((await get(`/api/councils/${OTHER_TENANT.councilId}/meetings`, wrongTenant)).status).toBe(403);
    // A demo member named without a tenant stays in the demo tenant, as before.
    const adele = (await (await get('/api/me', { aadObjectId: DEMO_MEMBERS.adele })).json()) as MeBody;
    expect(adele.user.tenantId).toBe(DEMO_TENANT_ID);
    expect(adele.councils).toEqual([expect.objectContaining({ id: DEMO_COUNCIL_ID })]);
  });

  it('refuses a dev tenant without a dev user, and a malformed one (401)', async () => {
    const tenantOnly = await fetch(`${running.baseUrl}/api/me`, { headers: { 'X-Utvalg-Dev-Tenant': OTHER_TENANT.tenantId } });
    expect(tenantOnly.status).toBe(401);
    const malformed = await get('/api/me', { tenantId: "x'or'1 eq 1", aadObjectId: DEMO_SECRETARY });
    expect(malformed.status).toBe(401);
  });

  it('runs on the real clock unless one is set: /api/me carries no dev clock', async () => {
    expect(((await (await get('/api/me')).json()) as MeBody).devClock).toBeUndefined();
  });
});

describe('the dev shortcuts outside dev mode (production settings)', () => {
  let running: RunningTestApp;
  beforeAll(async () => {
    running = await startSsoTestApp({
      // No request here carries a token, so the keys are never fetched.
      jwksUrl: new URL('http://127.0.0.1:9/keys'),
      sso: { clientId: 'client-for-tests', tenantId: DEMO_TENANT_ID },
    });
    await seedOtherTenantCouncil(running.app.deps);
  });
  afterAll(() => running.close());

  it('has no dev people route, and dev user and tenant headers sign nobody in', async () => {
    expect((await fetch(`${running.baseUrl}/api/dev/people`)).status).toBe(404);
    const headers = { 'X-Utvalg-Dev-User': OTHER_TENANT.secretary.aadObjectId, 'X-Utvalg-Dev-Tenant': OTHER_TENANT.tenantId };
    expect((await fetch(`${running.baseUrl}/api/me`, { headers })).status).toBe(401);
    expect((await fetch(`${running.baseUrl}/api/councils/${OTHER_TENANT.councilId}/meetings`, { headers })).status).toBe(401);
    const query = `devUser=${OTHER_TENANT.secretary.aadObjectId}&devTenant=${OTHER_TENANT.tenantId}`;
    expect((await fetch(`${running.baseUrl}/api/me?${query}`)).status).toBe(401);
  });
});
