import { calendarDate } from '../../../bot/src/domain/calendar-date';
import { OTHER_TENANT } from '../../support/other-tenant-council';
import { startSignedSsoTestApp, type SignedSsoTestApp } from '../../support/sso-test-app';
import { snapshotStorage, storageChanges } from '../../support/storage-snapshot';
import {
  API_ROUTES,
  demoCallContext,
  expectationFor,
  type CallContext,
  type Expected,
  type PreparedCall,
} from './api-route-table';
import { assertDemoRoles, IDENTITIES, seedNeighbours, tokenFor, type Identity } from './identities';

/**
 * Every tab API route × every identity, from the one table in
 * api-route-table.ts, on the production server (Teams SSO tokens signed by a
 * local key). Refused calls carry a valid body and a fresh ETag, so nothing
 * but authorization can refuse them, and storage must be unchanged after them.
 */

const NOW = new Date();
let running: SignedSsoTestApp;
const tokens = new Map<Identity, string | undefined>();
let ctx: CallContext;

async function call(identity: Identity, method: string, prepared: PreparedCall): Promise<{ status: number; body: unknown }> {
  const token = tokens.get(identity);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (token) headers['Authorization'] = `Bearer ${token}`;
  if (prepared.etag !== undefined) headers['If-Match'] = prepared.etag;
  if (prepared.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${running.baseUrl}${prepared.path}`, {
    method,
    headers,
    ...(prepared.body !== undefined && { body: JSON.stringify(prepared.body) }),
  });
  const text = await response.text();
  // Documents (notice.pdf, …) and calendars (.ics) answer with their bytes; only JSON is parsed.
  const json = response.headers.get('content-type')?.includes('json') ?? false;
  return { status: response.status, body: text && json ? (JSON.parse(text) as unknown) : text };
}

/** The tab API routes the server registered, as "METHOD /path" (the bot's endpoint has its own matrix). */
function registeredApiRoutes(): string[] {
  // restify's typings say an array; at runtime it is an object keyed by route name. Both have the same values.
  const routes: unknown = running.app.server.router.getRoutes();
  return Object.values(routes as Record<string, { method: string; path: string }>)
    .filter((r) => r.path.startsWith('/api/') && r.path !== '/api/messages')
    .map((r) => `${r.method.toUpperCase()} ${r.path}`)
    .sort();
}

beforeAll(async () => {
  running = await startSignedSsoTestApp({ keyId: 'matrix-key', allowedTenants: [OTHER_TENANT.tenantId], clock: () => NOW });
  const deps = running.app.deps;
  await seedNeighbours(deps);
  await assertDemoRoles(deps, calendarDate(NOW, 'Europe/Oslo'));
  for (const identity of IDENTITIES) tokens.set(identity, await tokenFor(identity, running.key, NOW));
  ctx = await demoCallContext(deps, {
    now: NOW,
    laterMeetingId: 'm-matrix-later',
    asSecretary: async <T>(method: string, path: string, options: { body?: unknown; etag?: string } = {}) =>
      (await call('secretary', method, { path, ...options })) as { status: number; body: T },
  });
}, 30_000);

afterAll(() => running?.close());

it('has an entry for exactly the routes the server registers', () => {
  expect(Object.keys(API_ROUTES).sort()).toEqual(registeredApiRoutes());
});

const statusOf = (expected: Expected): string => (expected === 'allowed' ? 'allowed' : String(expected));

describe.each(Object.entries(API_ROUTES))('%s', (route, entry) => {
  const method = route.split(' ')[0]!;
  const refused = IDENTITIES.filter((identity) => expectationFor(entry.who, identity) !== 'allowed');
  const allowed = IDENTITIES.filter((identity) => expectationFor(entry.who, identity) === 'allowed');

  if (refused.length > 0) {
    it(`refuses ${refused.join(', ')} as the table says, and writes nothing`, async () => {
      const prepared = await entry.prepare(ctx);
      const before = await snapshotStorage(running.settings.storage);
      const answers: Record<string, string> = {};
      const wanted: Record<string, string> = {};
      for (const identity of refused) {
        const reply = await call(identity, method, prepared);
        answers[identity] = String(reply.status);
        wanted[identity] = statusOf(expectationFor(entry.who, identity));
      }
      expect(answers).toEqual(wanted);
      expect(storageChanges(before, await snapshotStorage(running.settings.storage))).toEqual([]);
    });
  }

  it.each(allowed)(`lets %s through`, async (identity) => {
    const reply = await call(identity, method, await entry.prepare(ctx));
    const passed = (reply.status >= 200 && reply.status < 300) || (entry.alsoAllowed?.statuses.includes(reply.status) ?? false);
    if (!passed) throw new Error(`${identity} got ${reply.status}: ${JSON.stringify(reply.body)}`);
  });
});

describe('the personal feed without its secret', () => {
  it('answers 404 to everyone, signed in or not, for an unknown or malformed secret', async () => {
    const answers: Record<string, number> = {};
    for (const identity of IDENTITIES) {
      for (const file of [`${'Q'.repeat(43)}.ics`, 'guess.ics', 'x']) {
        answers[`${identity} ${file}`] = (await call(identity, 'GET', { path: `/api/calendar-feeds/${file}` })).status;
      }
    }
    expect(new Set(Object.values(answers))).toEqual(new Set([404]));
  });
});
