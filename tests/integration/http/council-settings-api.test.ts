import { lockAgenda } from '../../../bot/src/app/use-cases/lock-agenda';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import type { CouncilSettings, CouncilSettingsView } from '../../../bot/src/domain/council-settings';
import type { Meeting } from '../../../bot/src/domain/meeting';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import { useSecretaryApi } from '../../support/secretary-api';

// The demo's two past meetings (about three months and six weeks back) and the upcoming one all fall in 2026.
const NOW = new Date('2026-06-10T09:00:00Z');
const SETTINGS = `/api/councils/${DEMO_COUNCIL_ID}/settings`;

describe('council settings API over HTTP, against Azurite', () => {
  const api = useSecretaryApi({ clock: () => NOW });
  const read = async (as?: string) => {
    const response = await api.get<CouncilSettingsView>(SETTINGS, as);
    expect(response.status).toBe(200);
    return response.body;
  };
  const save = (settings: unknown, ifMatch?: string, as?: string) =>
    api.call<{ settings: CouncilSettings; etag: string }>('PUT', SETTINGS, { as, body: settings, ifMatch });

  it('shows the settings, their ETag and the case numbers already taken (the demo locked 23/26–32/26)', async () => {
    const view = await read();
    expect(view.settings).toEqual({
      language: 'nb',
      timeZone: 'Europe/Oslo',
      quorumRule: { type: 'moreThanHalf' },
      caseNumberStart: { year: 2026, next: 23 },
      inputVisibility: 'secretaryUntilMeeting',
    });
    expect(view.currentYear).toBe(2026);
    expect(view.nextFree).toEqual([{ year: 2026, next: 33 }]);
    expect(view.votingMembers).toBe(7);
    expect(view.etag).toBeTruthy();
  });

  it('saves with If-Match, returns the new ETag, and a stale ETag is then refused (412)', async () => {
    const view = await read();
    const changed = { ...view.settings, inputVisibility: 'allMembers', quorumRule: { type: 'atLeast', count: 5 } };
    const saved = await save(changed, view.etag);
    expect(saved.status).toBe(200);
    expect(saved.body.settings).toMatchObject({ inputVisibility: 'allMembers', quorumRule: { type: 'atLeast', count: 5 } });
    expect(saved.body.etag).not.toBe(view.etag);
    const stale = await save({ ...view.settings, language: 'en' }, view.etag);
    expect([stale.status, stale.error?.code]).toEqual([412, 'concurrentEdit']);
    expect((await read()).settings.language).toBe('nb');
    const roster = await api.get<{ quorum: { required: number } }>(`/api/councils/${DEMO_COUNCIL_ID}/roster`);
    expect(roster.body.quorum.required).toBe(5);
  });

  it('refuses bad settings with 400 naming the field, and changes nothing', async () => {
    const view = await read();
    const cases: [unknown, string][] = [
      [{ ...view.settings, caseNumberStart: { year: 2026, next: 27 } }, 'caseNumberStart.next'],
      [{ ...view.settings, caseNumberStart: { year: 2025, next: 50 } }, 'caseNumberStart.year'],
      [{ ...view.settings, timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      [{ ...view.settings, quorumRule: { type: 'atLeast', count: 8 } }, 'quorumRule.count'],
      [{ ...view.settings, inputVisibility: 'everyone' }, 'inputVisibility'],
      [{ ...view.settings, language: 'sv' }, 'language'],
      [{ ...view.settings, colour: 'blue' }, 'colour'],
    ];
    for (const [body, field] of cases) {
      const response = await save(body, view.etag);
      expect([field, response.status, response.error?.field]).toEqual([field, 400, field]);
    }
    expect(await read()).toEqual(view);
  });

  it('lets members read but not change (403); needs If-Match (400); 404 for an unknown council', async () => {
    const view = await read(DEMO_MEMBERS.adele);
    const forbidden = await save({ ...view.settings, language: 'nn' }, view.etag, DEMO_MEMBERS.adele);
    expect([forbidden.status, forbidden.error?.code]).toEqual([403, 'forbidden']);
    const noEtag = await save(view.settings);
    expect([noEtag.status, noEtag.error?.field]).toEqual([400, 'If-Match']);
    expect((await api.get('/api/councils/no-such-council/settings')).status).toBe(404);
    expect(await read()).toEqual(view);
  });

  it('moves the series forward: the next locked agenda is numbered from the new start', async () => {
    const view = await read();
    const saved = await save({ ...view.settings, caseNumberStart: { year: 2026, next: 40 } }, view.etag);
    expect(saved.status).toBe(200);
    const meetings = (await api.get<{ meetings: Meeting[] }>(`/api/councils/${DEMO_COUNCIL_ID}/meetings`)).body.meetings;
    const upcoming = meetings.find((m) => m.status === 'collecting')!;
    await lockAgenda(api.running().app.deps, {
      principal: { tenantId: DEMO_TENANT_ID, aadObjectId: DEMO_SECRETARY },
      councilId: DEMO_COUNCIL_ID,
      meetingId: upcoming.id,
    });
    const pkg = await api.get<MeetingPackage>(`/api/councils/${DEMO_COUNCIL_ID}/meetings/${upcoming.id}/package`);
    expect(pkg.body.agenda.map((i) => i.caseNumber?.sequence)).toEqual([40, 41, 42, 43, 44, 45]);
    expect((await read()).nextFree).toEqual([{ year: 2026, next: 46 }]);
  });
});
