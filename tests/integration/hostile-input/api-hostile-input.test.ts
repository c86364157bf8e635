import fc from 'fast-check';
import { DEMO_SECRETARY } from '../../../bot/src/dev/demo-ids';
import { applyPlan, hostilePlan, hostileValue, literalText } from '../../support/hostile-values';
import { rowsWrittenSince } from '../../support/storage-snapshot';
import { tabApiCall } from '../../support/tab-api-call';
import { startTestApp, type RunningTestApp } from '../../support/test-app';
import { API_ROUTES, demoCallContext, type CallContext, type PreparedCall } from '../authorization/api-route-table';

/**
 * Property-based fuzzing of every tab API body (and path), as the secretary,
 * who gets furthest: valid requests from the authorization table, spoilt by
 * fast-check. Whatever arrives, the answer is never a 5xx; a refusal is in the
 * wire format and writes nothing. On failure fast-check prints the seed and
 * path: rerun with `fc.configureGlobal({ seed, path })` to replay it.
 */

const RUNS = 6;
let running: RunningTestApp;
let ctx: CallContext;

async function send(method: string, path: string, options: { body?: unknown; etag?: string; raw?: string } = {}) {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Utvalg-Dev-User': DEMO_SECRETARY };
  if (options.etag !== undefined) headers['If-Match'] = options.etag;
  const payload = options.raw ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined);
  if (payload !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${running.baseUrl}${path}`, { method, headers, ...(payload !== undefined && { body: payload }) });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, text, body };
}

/** A moment after everything so far was stored: rows stamped from now on were written by what follows. */
async function mark(): Promise<Date> {
  const since = new Date(Date.now() + 1);
  while (Date.now() <= since.getTime()) await new Promise((resolve) => setImmediate(resolve));
  return since;
}
const writtenSince = (since: Date) => rowsWrittenSince(running.settings.storage, since);

/** Why an answer breaks the rules, or undefined when it keeps them. */
function brokenRule(reply: { status: number; body: unknown }): string | undefined {
  if (reply.status >= 500) return `answered ${reply.status}`;
  if (reply.status < 400) return undefined;
  const error = (reply.body as { error?: Record<string, unknown> } | undefined)?.error;
  if (!error || typeof error['code'] !== 'string' || typeof error['message'] !== 'string')
    return 'a refusal without {error:{code,message}}';
  if (error['code'] === 'invalidValue') {
    if (typeof error['field'] !== 'string' || typeof error['problem'] !== 'string' || typeof error['params'] !== 'object')
      return 'an invalidValue without field, problem and params';
    if (error['field'] === 'value') return 'a problem that names "value" instead of the field';
  }
  return undefined;
}

beforeAll(async () => {
  running = await startTestApp();
  const deps = running.app.deps;
  ctx = await demoCallContext(deps, {
    now: new Date(),
    laterMeetingId: 'm-hostile-later',
    asSecretary: async <T>(method: string, path: string, options: { body?: unknown; etag?: string } = {}) =>
      (await tabApiCall<T>(running.baseUrl, method, path, { as: DEMO_SECRETARY, ...options })) as { status: number; body: T },
  });
}, 30_000);
afterAll(() => running?.close());

const withBody = Object.entries(API_ROUTES).filter(([route]) => !route.startsWith('GET '));

describe.each(withBody)('%s with a hostile body', (route, entry) => {
  const method = route.split(' ')[0]!;
  let keys: string[] = [];

  beforeAll(async () => {
    const sample = await entry.prepare(ctx);
    keys = sample.body && typeof sample.body === 'object' ? Object.keys(sample.body) : [];
  });

  it('never answers 5xx, refuses in the wire format, and a refusal writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constant(null).chain(() => hostilePlan(keys)),
        async (plan) => {
          const prepared: PreparedCall = await entry.prepare(ctx);
          const body = applyPlan(plan, keys, (prepared.body ?? {}) as Record<string, unknown>);
          const since = await mark();
          const reply = await send(method, prepared.path, { body, etag: prepared.etag });
          const broken = brokenRule(reply);
          if (broken) throw new Error(`${broken}: ${reply.text.slice(0, 300)}`);
          if (reply.status >= 400) expect(await writtenSince(since)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('malformed JSON and odd content', () => {
  it.each([
    ['truncated JSON', '{"title": "Sak'],
    ['a bare string', '"just text"'],
    ['a number', '42'],
    ['null', 'null'],
    ['an array', '[1,2,3]'],
    ['deep nesting', '['.repeat(5000) + ']'.repeat(5000)],
    ['a __proto__ body', '{"__proto__":{"title":"x","kind":"discussion"},"id":"p1"}'],
  ])('answers 4xx in the wire format for %s and writes nothing', async (_label, raw) => {
    const path = `/api/councils/${ctx.councilId}/meetings/${ctx.meetingId}/agenda/items`;
    const since = await mark();
    const reply = await send('POST', path, { raw });
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect(brokenRule(reply)).toBeUndefined();
    expect(await writtenSince(since)).toEqual([]);
  });
});

describe('hostile path segments and query strings', () => {
  const routes = Object.keys(API_ROUTES).filter((route) => route.includes(':'));

  it('never answers 5xx for any id in the path or any query', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(hostileValue.map(String), fc.constantFrom('..', '%2e%2e', 'a#b', 'a~b', "a'b", 'x'.repeat(2000))),
        fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
        async (route, segment, query) => {
          const [method, template] = route.split(' ') as [string, string];
          const params = template.match(/:\w+/g) ?? [];
          const target = params[Math.floor(segment.length % params.length)]!;
          const path = template
            .replace(target, encodeURIComponent(segment) || '%20')
            .replace(':councilId', ctx.councilId)
            .replace(':meetingId', ctx.meetingId)
            .replace(/:\w+/g, 'x');
          const search = new URLSearchParams(query).toString();
          const since = await mark();
          const reply = await send(method, `${path}${search ? `?${search}` : ''}`, {
            ...(method !== 'GET' && { body: {}, etag: 'W/"datetime\'2026-01-01T00%3A00%3A00.0000000Z\'"' }),
          });
          // A request line beyond Node's header limit is refused by its HTTP parser (431, no body) before the app sees it.
          if (reply.status === 431) return;
          const broken = brokenRule(reply);
          if (broken)
            throw new Error(`${method} ${path.slice(0, 120)}: ${broken} (${reply.status}): ${reply.text.slice(0, 200)}`);
          if (reply.status >= 400) expect(await writtenSince(since)).toEqual([]);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('download links for hostile addresses', () => {
  const DOCUMENT = /^\/api\/councils\/[^/]+\/(meetings\/[^/]+\/(notice\.(docx|pdf|html)|meeting\.ics)|calendar\/\d{4}\.ics)$/;

  it('signs only a document route of this server, whatever the path holds, and never answers 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('', '/', '//', '/..', '/%2e%2e', '/%2F', '\\', '?sig=x', '?exp=1', '#x', '@evil.example', ':80'),
        fc.oneof(hostileValue.map(String), fc.constantFrom('..', '%2e%2e', 'a/b', '%00', 'x'.repeat(300))),
        fc.constantFrom('notice.pdf', 'notice.html?version=public', 'meeting.ics', 'package', 'agenda/items', ''),
        async (joint, segment, tail) => {
          const path = `/api/councils/${ctx.councilId}${joint}/meetings/${encodeURIComponent(segment)}${joint}/${tail}`;
          const since = await mark();
          const reply = await send('POST', '/api/download-links', { body: { path } });
          const broken = brokenRule(reply);
          if (broken) throw new Error(`${path.slice(0, 120)}: ${broken} (${reply.status}): ${reply.text.slice(0, 200)}`);
          if (reply.status === 200) {
            const signed = new URL((reply.body as { path: string }).path, 'http://x');
            expect(signed.pathname).toMatch(DOCUMENT);
          }
          expect(await writtenSince(since)).toEqual([]);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('If-Match headers the server never gave out', () => {
  const withEtag = Object.entries(API_ROUTES).filter(([route]) => !route.startsWith('GET ') && !route.endsWith('/order'));
  const FOREIGN = ['*', 'garbage', '"x"', 'a,b', 'W/"x"', '""'];

  it(`answers ${FOREIGN.join(' ')} with 400 (malformed) or 412 (not current) on every route, and writes nothing`, async () => {
    const wrong: string[] = [];
    for (const [route, entry] of withEtag) {
      const prepared = await entry.prepare(ctx);
      if (prepared.etag === undefined) continue;
      const since = await mark();
      for (const etag of FOREIGN) {
        const reply = await send(route.split(' ')[0]!, prepared.path, { body: prepared.body, etag });
        // Routes whose fresh request is refused for its state (nothing to send) may say so first.
        const stateFirst = entry.alsoAllowed?.statuses.includes(reply.status) ?? false;
        if (reply.status !== 400 && reply.status !== 412 && !stateFirst) wrong.push(`${route} If-Match ${etag}: ${reply.status}`);
      }
      const written = await writtenSince(since);
      if (written.length > 0) wrong.push(`${route}: wrote ${written.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('accepted text comes back as typed', () => {
  it('keeps markup, templates, right-to-left text and emoji literal in an agenda item, a member and a meeting', async () => {
    await fc.assert(
      fc.asyncProperty(literalText, literalText, literalText, async (title, name, place) => {
        const item = await send('POST', `/api/councils/${ctx.councilId}/meetings/${ctx.meetingId}/agenda/items`, {
          body: { id: `lit-${Math.random().toString(36).slice(2, 10)}`, title, kind: 'discussion', description: place },
        });
        expect(item.status).toBe(201);
        expect((item.body as { item: { title: string; description?: string } }).item).toMatchObject({
          title: title.trim(),
          description: place.trim(),
        });

        const member = await send('POST', `/api/councils/${ctx.councilId}/members`, {
          body: {
            aadObjectId: `lit-${Math.random().toString(36).slice(2, 10)}`,
            name,
            role: 'member',
            organisation: title,
            inDeputyPool: false,
            editorialBoard: false,
            activeFrom: '2024-01-01',
          },
        });
        expect(member.status).toBe(201);
        expect((member.body as { member: { name: string; organisation: string } }).member).toMatchObject({
          name: name.trim(),
          organisation: title.trim(),
        });

        const meeting = await send('POST', `/api/councils/${ctx.councilId}/meetings`, {
          body: {
            date: '2031-10-15',
            startTime: '10:00',
            endTime: '12:00',
            place,
            requestId: `lit-${Math.random().toString(36).slice(2, 10)}`,
          },
        });
        expect(meeting.status).toBe(201);
        const saved = meeting.body as { meeting: { id: string; place: string } };
        expect(saved.meeting.place).toBe(place.trim());
        // And read back, as the tab shows it.
        const read = await send('GET', `/api/councils/${ctx.councilId}/meetings/${saved.meeting.id}`);
        expect((read.body as { meeting: { place: string } }).meeting.place).toBe(place.trim());
      }),
      { numRuns: 6 },
    );
  });
});
