import { holdMeeting } from '../../../bot/src/app/use-cases/hold-meeting';
import { loadMinutes } from '../../../bot/src/app/use-cases/load-minutes';
import { publishAgendaChanges } from '../../../bot/src/app/use-cases/publish-agenda-changes';
import { publishNotice } from '../../../bot/src/app/use-cases/publish-notice';
import { sendMinutesForApproval } from '../../../bot/src/app/use-cases/send-minutes-for-approval';
import { DEMO_COUNCIL_ID, DEMO_SECRETARY, DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import { seedDemoCouncil } from '../../../bot/src/dev/seed-demo';
import { TAB_ENTITY_ID } from '../../../bot/src/domain/tab-links';
import { parseHashRoute } from '../../../tab/src/state/use-hash-route';
import { VIEW_IDS } from '../../../tab/src/views/view-context';
import { cardNodes } from '../../support/card-tree';
import { fakeDeps } from '../../support/fakes/fake-deps';
import { anItem } from '../../support/storage-builders';

const NOW = new Date('2026-03-10T09:00:00Z');
const APP_ID = '0e4b7c9a-1f2d-4c3b-9a8e-7d6c5b4a3f21';
const SECRETARY = { tenantId: DEMO_TENANT_ID, aadObjectId: DEMO_SECRETARY };

/**
 * The posts in the council's channel (the notice, the agenda changes, the minutes for approval) open the
 * tab at that meeting's view: a Teams deep link whose subEntityId the tab turns into its route (App.tsx:
 * `#/<subPageId>`), and a web link to the same route. Built by the use cases from the settings, as posted.
 */
describe('channel posts deep-link into the tab view of their meeting', () => {
  let now = NOW;
  const deps = { ...fakeDeps({ clock: () => now }), tabLinks: () => ({ publicUrl: 'https://utvalg.test', teamsAppId: APP_ID }) };
  let upcomingId: string;

  beforeAll(async () => {
    await seedDemoCouncil(deps);
    const meetings = (await deps.meetings.list(DEMO_COUNCIL_ID)).map((m) => m.value);
    upcomingId = meetings.find((m) => m.status === 'collecting')!.id;
  });

  /** The card's open buttons, as [Teams link's tab route, web link's tab route]. */
  function openRoutes(): { teams: string; web: string } {
    const post = deps.messenger.sent.at(-1)!;
    expect(post.to).toBe('channel');
    const urls = cardNodes(post.message.card?.['actions'])
      .filter((n) => n['type'] === 'Action.OpenUrl')
      .map((n) => new URL(String(n['url'])));
    const teams = urls.find((u) => u.hostname === 'teams.microsoft.com' && u.pathname.startsWith('/l/entity/'))!;
    const web = urls.find((u) => u.origin === 'https://utvalg.test')!;
    expect(teams.pathname).toBe(`/l/entity/${APP_ID}/${TAB_ENTITY_ID}`);
    expect(teams.searchParams.get('webUrl')).toBe(web.href);
    expect(web.pathname).toBe('/tab/');
    const context = JSON.parse(teams.searchParams.get('context') ?? '{}') as { subEntityId: string };
    return { teams: context.subEntityId, web: web.hash };
  }

  /** Where the tab goes for a route: App.tsx sets `#/<subPageId>`, and the hash picks the view and its meeting. */
  const tabView = (route: string) => parseHashRoute(route.startsWith('#') ? route : `#/${route}`);

  /** Both buttons of the last post open `viewId` at the upcoming meeting. */
  function expectLastPostOpens(viewId: string): void {
    const { teams, web } = openRoutes();
    expect(tabView(teams)).toEqual({ viewId, param: upcomingId });
    expect(tabView(web)).toEqual({ viewId, param: upcomingId });
  }

  const target = () => ({ principal: SECRETARY, councilId: DEMO_COUNCIL_ID, meetingId: upcomingId });
  const meetingEtag = async () => (await deps.meetings.get(DEMO_COUNCIL_ID, upcomingId))!.etag;

  it('the notice opens the package of its meeting', async () => {
    const result = await publishNotice(deps, { ...target(), ifMatch: await meetingEtag() });
    expect(result.channel).toBe('sent');
    expectLastPostOpens(VIEW_IDS.package);
  });

  it('the agenda changes open the package of their meeting', async () => {
    await deps.work.create(DEMO_COUNCIL_ID, 'item', anItem(upcomingId, 'late-item', 15, { title: 'Sak etter innkallingen' }));
    const result = await publishAgendaChanges(deps, { ...target(), ifMatch: await meetingEtag() });
    expect(result.channel).toBe('sent');
    expectLastPostOpens(VIEW_IDS.package);
  });

  it('the minutes for approval open the minutes of their meeting', async () => {
    const meeting = (await deps.meetings.get(DEMO_COUNCIL_ID, upcomingId))!;
    now = new Date(Date.parse(meeting.value.startsAt) + 5 * 60_000);
    await holdMeeting(deps, { ...target(), ifMatch: meeting.etag, noticeSentElsewhere: false });
    const minutes = await loadMinutes(deps, target());
    const result = await sendMinutesForApproval(deps, { ...target(), ifMatch: minutes.minutes!.etag });
    expect(result.channel).toBe('sent');
    expectLastPostOpens(VIEW_IDS.minutes);
  });
});
