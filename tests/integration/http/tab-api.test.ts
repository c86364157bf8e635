import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY } from '../../../bot/src/dev/demo-ids';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { aProposal } from '../../support/storage-builders';
import { startTestApp, type RunningTestApp } from '../../support/test-app';

const NOW = new Date('2026-03-10T09:00:00Z');

describe('tab JSON API in dev mode, against Azurite', () => {
  let running: RunningTestApp;
  beforeAll(async () => {
    running = await startTestApp({ clock: () => NOW });
  });
  afterAll(() => running.close());

  const get = (path: string, devUser?: string) =>
    fetch(`${running.baseUrl}${path}`, { headers: devUser ? { 'X-Utvalg-Dev-User': devUser } : {} });

  it('identifies the demo secretary by default and lists the demo users for the picker (on its own route)', async () => {
    const response = await get('/api/me');
    expect(response.status).toBe(200);
    const me = (await response.json()) as {
      devMode: boolean;
      user: { aadObjectId: string; name: string };
      councils: { role: string }[];
    };
    expect(me.devMode).toBe(true);
    expect(me.user).toMatchObject({ aadObjectId: DEMO_SECRETARY, name: 'Alex Wilber' });
    expect(me.councils).toEqual([expect.objectContaining({ id: DEMO_COUNCIL_ID, role: 'secretary' })]);
    const picker = (await (await get('/api/dev/people')).json()) as { councils: { people: unknown[] }[] };
    expect(picker.councils[0]?.people.length).toBeGreaterThanOrEqual(10);
  });

  it('shows the upcoming meeting package with ordered agenda, proposals, attendance and input', async () => {
    const meetings = (
      (await (await get(`/api/councils/${DEMO_COUNCIL_ID}/meetings`, DEMO_MEMBERS.adele)).json()) as { meetings: Meeting[] }
    ).meetings;
    // The older past meeting's minutes approved, the newer's a draft sent for approval, the upcoming one collecting.
    expect(meetings.map((m) => m.status)).toEqual(['minutesApproved', 'minutesDraft', 'collecting']);
    const upcoming = meetings[2]!;
    const response = await get(`/api/councils/${DEMO_COUNCIL_ID}/meetings/${upcoming.id}/package`, DEMO_MEMBERS.adele);
    expect(response.status).toBe(200);
    const pkg = (await response.json()) as MeetingPackage;
    expect(pkg.agenda[0]?.title).toBe('Godkjenning av innkalling og referat');
    expect(pkg.agenda.at(-1)?.title).toBe('Eventuelt');
    expect(pkg.agenda.every((i) => i.caseNumber === undefined)).toBe(true);
    expect(pkg.proposals.map((p) => p.proposerName)).toContain('Patti Fernandez');
    expect(pkg.attendance.find((a) => a.name === 'Patti Fernandez')).toMatchObject({ state: 'deputy', deputyName: 'Ola Berg' });
    expect(pkg.attendance.filter((a) => a.state === 'notAnswered').length).toBeGreaterThan(0);
    expect(pkg.inputRequests[0]).toMatchObject({ open: true, answeredBy: ['Adele Vance'] });
  });

  it('sends members only what the package shows of a proposal, and the secretary the whole row', async () => {
    const meetings = ((await (await get(`/api/councils/${DEMO_COUNCIL_ID}/meetings`)).json()) as { meetings: Meeting[] })
      .meetings;
    const upcoming = meetings.find((m) => m.status === 'collecting')!;
    const decided = aProposal(upcoming.id, 'p-decided-for-package', DEMO_MEMBERS.adele, {
      title: 'Brukerundersøkelsen',
      description: 'Bakgrunn bare sekretæren trenger',
      link: 'https://intranett.example.org/sak/17',
      status: 'accepted',
      decision: { id: 'd1', action: 'accept', decidedBy: DEMO_SECRETARY, decidedAt: NOW.toISOString() },
    });
    await running.app.deps.work.create(DEMO_COUNCIL_ID, 'proposal', decided);
    const proposalIn = async (devUser: string) => {
      const response = await get(`/api/councils/${DEMO_COUNCIL_ID}/meetings/${upcoming.id}/package`, devUser);
      const pkg = (await response.json()) as MeetingPackage;
      return pkg.proposals.find((p) => p.id === decided.id) as Record<string, unknown> | undefined;
    };
    const member = await proposalIn(DEMO_MEMBERS.adele);
    expect(member).toMatchObject({ title: 'Brukerundersøkelsen', status: 'accepted', proposerName: 'Adele Vance' });
    for (const hidden of ['description', 'link', 'decision', 'proposerNotified']) expect(member).not.toHaveProperty(hidden);
    expect(JSON.stringify(member)).not.toContain(DEMO_SECRETARY);
    const secretary = await proposalIn(DEMO_SECRETARY);
    expect(secretary).toMatchObject({
      description: 'Bakgrunn bare sekretæren trenger',
      link: 'https://intranett.example.org/sak/17',
      decision: { decidedBy: DEMO_SECRETARY },
    });
  });

  it('refuses a person who is not in the council (403) and says why', async () => {
    const response = await get(`/api/councils/${DEMO_COUNCIL_ID}/meetings`, 'not-a-member');
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('notCouncilMember');
    expect(body.error.message).toMatch(/not a member/);
  });

  it('refuses a malformed id with 400 and names the field', async () => {
    const response = await get(`/api/councils/${encodeURIComponent("x'or'1")}/meetings`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'invalidValue', field: 'councilId', problem: 'invalid' } });
    const badUser = await get('/api/me', 'bad/user');
    expect(badUser.status).toBe(401);
  });

  it('answers 404 for a meeting that does not exist', async () => {
    const response = await get(`/api/councils/${DEMO_COUNCIL_ID}/meetings/m-1999-01-01/package`);
    expect(response.status).toBe(404);
  });
});
