import { DEMO_CHAIR, DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY } from '../../../bot/src/dev/demo-ids';
import type { Member } from '../../../bot/src/domain/member';
import type { ManagerRosterView, ReaderRosterView, RosterView } from '../../../bot/src/domain/roster-view';
import { useSecretaryApi } from '../../support/secretary-api';

const NOW = new Date('2026-03-10T09:00:00Z');
const TODAY = '2026-03-10';
const ROSTER = `/api/councils/${DEMO_COUNCIL_ID}/roster`;
const MEMBERS = `/api/councils/${DEMO_COUNCIL_ID}/members`;
const OLA = 'demo-ola-berg';
const ANITA = 'demo-anita-williams';

describe('roster API over HTTP, against Azurite', () => {
  const api = useSecretaryApi({ clock: () => NOW });

  const managerRoster = async (as = DEMO_SECRETARY) => {
    const response = await api.get<RosterView>(ROSTER, as);
    expect(response.status).toBe(200);
    if (response.body.access !== 'manage') throw new Error('expected the manager roster');
    return response.body;
  };
  const entry = (roster: ManagerRosterView, id: string) => {
    const found = roster.members.find((m) => m.member.aadObjectId === id);
    if (!found) throw new Error(`no member ${id}`);
    return found;
  };
  const draftOf = (m: Member) => ({
    name: m.name,
    role: m.role,
    organisation: m.organisation,
    title: m.title,
    votingMember: m.votingMember,
    deputyOf: m.deputyOf,
    inDeputyPool: m.inDeputyPool,
    editorialBoard: m.editorialBoard,
    language: m.language,
    activeFrom: m.activeFrom,
  });

  describe('GET /roster', () => {
    it('gives the secretary everyone, former members included, with an ETag each, and the quorum threshold', async () => {
      const roster = await managerRoster();
      expect(roster.today).toBe(TODAY);
      expect(roster.members.map((m) => m.member.name)).toEqual(expect.arrayContaining(['Anita Williams', 'Ola Berg']));
      expect(roster.members.every((m) => m.etag.length > 0)).toBe(true);
      expect(entry(roster, DEMO_MEMBERS.lynne).member.language).toBe('nn');
      // Voting today: Megan, Patti, Adele, Isaiah, Lynne, Ingrid, Tor (the secretary does not vote, Ola is a deputy).
      expect(roster.quorum).toEqual({ rule: { type: 'moreThanHalf' }, votingMembers: 7, required: 4 });
    });

    it('gives a member today’s members with names, roles and organisations, but no personal settings or history', async () => {
      const response = await api.get<ReaderRosterView>(ROSTER, DEMO_MEMBERS.adele);
      expect(response.status).toBe(200);
      expect(response.body.access).toBe('read');
      const names = response.body.members.map((m) => m.name);
      expect(names).toContain('Lynne Robbins');
      expect(names).not.toContain('Anita Williams');
      expect(response.body.members.find((m) => m.name === 'Isaiah Langer')).toMatchObject({
        role: 'member',
        organisation: 'NAV Vestfold og Telemark',
      });
      const text = JSON.stringify(response.body);
      expect(text).not.toContain('"language":"nn"');
      expect(text).not.toContain('etag');
    });

    it('refuses someone outside the council (403) and an unknown council (404)', async () => {
      expect((await api.get(ROSTER, 'not-a-member')).status).toBe(403);
      expect((await api.get('/api/councils/no-such-council/roster')).status).toBe(404);
    });
  });

  describe('POST /members (add by Entra object id)', () => {
    const newcomer = {
      aadObjectId: 'entra-kari-nordmann',
      name: 'Kari Nordmann',
      role: 'member',
      organisation: 'SAFO',
      inDeputyPool: true,
      editorialBoard: false,
      activeFrom: TODAY,
    };

    it('adds a person, who then belongs to the council', async () => {
      const response = await api.call<{ member: Member; etag: string }>('POST', MEMBERS, { body: newcomer });
      expect(response.status).toBe(201);
      expect(response.body.member).toMatchObject({ name: 'Kari Nordmann', inDeputyPool: true, votingMember: false });
      expect(response.body.etag).toBeTruthy();
      const me = await api.get<{ councils: { id: string; role: string }[] }>('/api/me', newcomer.aadObjectId);
      expect(me.body.councils).toEqual([expect.objectContaining({ id: DEMO_COUNCIL_ID, role: 'member' })]);
    });

    it('refuses someone already on the roster, naming aadObjectId', async () => {
      const response = await api.call('POST', MEMBERS, { body: { ...newcomer, aadObjectId: ANITA } });
      expect(response.status).toBe(400);
      expect(response.error).toMatchObject({ code: 'invalidValue', field: 'aadObjectId' });
    });

    it('refuses a bad field with 400 naming it, and writes nothing', async () => {
      const before = (await managerRoster()).members.length;
      const cases: [unknown, string][] = [
        [{ ...newcomer, aadObjectId: 'has/slash' }, 'aadObjectId'],
        [{ ...newcomer, aadObjectId: 'x1', name: 'x'.repeat(121) }, 'name'],
        [{ ...newcomer, aadObjectId: 'x2', role: 'king' }, 'role'],
        [{ ...newcomer, aadObjectId: 'x3', activeFrom: '2026-13-01' }, 'activeFrom'],
        [{ ...newcomer, aadObjectId: 'x4', inDeputyPool: false, deputyOf: 'demo-sigrid-lunde' }, 'deputyOf'],
        [{ ...newcomer, aadObjectId: 'x5', role: 'chair' }, 'inDeputyPool'],
        [{ ...newcomer, aadObjectId: 'x6', surprise: true }, 'surprise'],
      ];
      for (const [body, field] of cases) {
        const response = await api.call('POST', MEMBERS, { body });
        expect([field, response.status, response.error?.field]).toEqual([field, 400, field]);
      }
      expect((await managerRoster()).members.length).toBe(before);
    });

    it('refuses a member (403) and an unknown council (404), writing nothing', async () => {
      const body = { ...newcomer, aadObjectId: 'entra-sneaky' };
      const forbidden = await api.call('POST', MEMBERS, { as: DEMO_MEMBERS.adele, body });
      expect(forbidden.status).toBe(403);
      expect(forbidden.error?.code).toBe('forbidden');
      expect((await api.call('POST', '/api/councils/no-such-council/members', { body })).status).toBe(404);
      expect((await managerRoster()).members.some((m) => m.member.aadObjectId === 'entra-sneaky')).toBe(false);
    });
  });

  describe('PUT /members/:id (edit)', () => {
    it('saves with the ETag read and returns a new one; the old one is then stale (412)', async () => {
      const isaiah = entry(await managerRoster(), DEMO_MEMBERS.isaiah);
      const path = `${MEMBERS}/${DEMO_MEMBERS.isaiah}`;
      const body = { ...draftOf(isaiah.member), title: 'fungerende direktør', editorialBoard: true };
      const saved = await api.call<{ member: Member; etag: string }>('PUT', path, { body, ifMatch: isaiah.etag });
      expect(saved.status).toBe(200);
      expect(saved.body.member).toMatchObject({ title: 'fungerende direktør', editorialBoard: true });
      expect(saved.body.etag).not.toBe(isaiah.etag);

      const stale = await api.call('PUT', path, { body: { ...body, title: 'direktør' }, ifMatch: isaiah.etag });
      expect(stale.status).toBe(412);
      expect(stale.error?.code).toBe('concurrentEdit');
      expect(entry(await managerRoster(), DEMO_MEMBERS.isaiah).member.title).toBe('fungerende direktør');
    });

    it('lets the chair edit too', async () => {
      const lynne = entry(await managerRoster(DEMO_CHAIR), DEMO_MEMBERS.lynne);
      const body = { ...draftOf(lynne.member), organisation: 'NAV Midt-Telemark og Seljord' };
      const saved = await api.call('PUT', `${MEMBERS}/${DEMO_MEMBERS.lynne}`, { as: DEMO_CHAIR, body, ifMatch: lynne.etag });
      expect(saved.status).toBe(200);
    });

    it('refuses a change that strands a personal deputy, naming role, and changes nothing', async () => {
      const patti = entry(await managerRoster(), DEMO_MEMBERS.patti);
      const response = await api.call('PUT', `${MEMBERS}/${DEMO_MEMBERS.patti}`, {
        body: { ...draftOf(patti.member), role: 'observer' },
        ifMatch: patti.etag,
      });
      expect(response.status).toBe(400);
      expect(response.error?.field).toBe('role');
      expect(response.error?.message).toMatch(/Ola Berg/);
      expect(entry(await managerRoster(), DEMO_MEMBERS.patti)).toEqual(patti);
    });

    it('refuses to demote the only secretary', async () => {
      const alex = entry(await managerRoster(), DEMO_SECRETARY);
      const response = await api.call('PUT', `${MEMBERS}/${DEMO_SECRETARY}`, {
        body: { ...draftOf(alex.member), role: 'member' },
        ifMatch: alex.etag,
      });
      expect([response.status, response.error?.field]).toEqual([400, 'role']);
    });

    it('needs If-Match (400 naming it), refuses a member (403) and an unknown member (404)', async () => {
      const ola = entry(await managerRoster(), OLA);
      const path = `${MEMBERS}/${OLA}`;
      const body = { ...draftOf(ola.member), name: 'Ola Berg-Hansen' };
      const noEtag = await api.call('PUT', path, { body });
      expect([noEtag.status, noEtag.error?.field]).toEqual([400, 'If-Match']);
      const forbidden = await api.call('PUT', path, { as: DEMO_MEMBERS.adele, body, ifMatch: ola.etag });
      expect(forbidden.status).toBe(403);
      const missing = await api.call('PUT', `${MEMBERS}/nobody-here`, { body, ifMatch: ola.etag });
      expect(missing.status).toBe(404);
      expect(entry(await managerRoster(), OLA)).toEqual(ola);
    });
  });

  describe('POST /members/:id/end and /reactivate', () => {
    it('ends a membership on a last day: history kept, access gone the day after', async () => {
      const tor = entry(await managerRoster(), 'demo-tor-haugen');
      const response = await api.call<{ member: Member; etag: string }>('POST', `${MEMBERS}/demo-tor-haugen/end`, {
        body: { activeTo: '2026-03-09' },
        ifMatch: tor.etag,
      });
      expect(response.status).toBe(200);
      expect(response.body.member.activeTo).toBe('2026-03-09');
      expect(entry(await managerRoster(), 'demo-tor-haugen').member.name).toBe('Tor Haugen');
      expect((await api.get(ROSTER, 'demo-tor-haugen')).status).toBe(403);
      const reader = await api.get<ReaderRosterView>(ROSTER, DEMO_MEMBERS.adele);
      expect(reader.body.members.map((m) => m.name)).not.toContain('Tor Haugen');
    });

    it('refuses an end before the start, the last secretary, and a stranded deputy, each naming activeTo', async () => {
      const roster = await managerRoster();
      const cases: [string, string][] = [
        ['demo-ingrid-solberg', '2019-01-01'],
        [DEMO_SECRETARY, TODAY],
        [DEMO_MEMBERS.patti, '2026-06-30'],
      ];
      for (const [id, activeTo] of cases) {
        const response = await api.call('POST', `${MEMBERS}/${id}/end`, { body: { activeTo }, ifMatch: entry(roster, id).etag });
        expect([id, response.status, response.error?.field]).toEqual([id, 400, 'activeTo']);
      }
      expect(await managerRoster()).toEqual(roster);
    });

    it('refuses a stale ETag (412), no If-Match (400) and a member (403)', async () => {
      const ingrid = entry(await managerRoster(), 'demo-ingrid-solberg');
      const path = `${MEMBERS}/demo-ingrid-solberg/end`;
      const edited = await api.call<{ etag: string }>('PUT', `${MEMBERS}/demo-ingrid-solberg`, {
        body: { ...draftOf(ingrid.member), title: 'leder i RIO' },
        ifMatch: ingrid.etag,
      });
      expect(edited.status).toBe(200);
      expect((await api.call('POST', path, { body: { activeTo: TODAY }, ifMatch: ingrid.etag })).status).toBe(412);
      expect((await api.call('POST', path, { body: { activeTo: TODAY } })).status).toBe(400);
      const forbidden = await api.call('POST', path, {
        as: DEMO_MEMBERS.adele,
        body: { activeTo: TODAY },
        ifMatch: edited.body.etag,
      });
      expect(forbidden.status).toBe(403);
      expect(entry(await managerRoster(), 'demo-ingrid-solberg').member.activeTo).toBeUndefined();
    });

    it('reactivates a former member with the details in the form, and refuses one who is still active', async () => {
      const anita = entry(await managerRoster(), ANITA);
      const response = await api.call<{ member: Member }>('POST', `${MEMBERS}/${ANITA}/reactivate`, {
        body: { ...draftOf(anita.member), role: 'observer' },
        ifMatch: anita.etag,
      });
      expect(response.status).toBe(200);
      expect(response.body.member).toMatchObject({ role: 'observer', votingMember: false });
      expect(response.body.member.activeTo).toBeUndefined();
      expect((await api.get(ROSTER, ANITA)).status).toBe(200);

      const adele = entry(await managerRoster(), DEMO_MEMBERS.adele);
      const active = await api.call('POST', `${MEMBERS}/${DEMO_MEMBERS.adele}/reactivate`, {
        body: draftOf(adele.member),
        ifMatch: adele.etag,
      });
      expect([active.status, active.error?.field]).toEqual([400, 'activeTo']);
    });
  });
});
