import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import { makeSigningKey, serveJwks, TEST_CLIENT_ID } from '../../support/sso-tokens';
import { startSsoTestApp, startTestApp, type RunningTestApp } from '../../support/test-app';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/**
 * Raw HTTP, as a browser on a slow link sees it: fetch() would decompress and
 * hide Content-Encoding, so the bytes on the wire are read with node:http.
 */
function call(baseUrl: string, method: 'GET' | 'HEAD', path: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    const req = request(`${baseUrl}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The tab on the wire: compressed, cached by hashed name, index.html always fresh, HEAD answered. */
describe('the built tab over HTTP', () => {
  let running: RunningTestApp;
  let script: string;

  beforeAll(async () => {
    running = await startTestApp({ seed: false });
    const index = await call(running.baseUrl, 'GET', '/tab/');
    // What the browser does: load index.html and follow its script tag.
    script = /<script src="([^"]+)"/.exec(index.body.toString('utf8'))?.[1] ?? '';
  });
  afterAll(() => running?.close());

  it('names a hashed script in index.html, which is never cached', async () => {
    expect(script).toMatch(/^app-[0-9A-F]{8}\.js$/);
    for (const path of ['/tab/', '/tab/index.html']) {
      const index = await call(running.baseUrl, 'GET', path, 'br, gzip');
      expect(index.status).toBe(200);
      expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(index.headers['cache-control']).toBe('no-cache');
      // The config page is the same document with ?page=config.
      const config = await call(running.baseUrl, 'GET', `${path}?page=config`);
      expect([config.status, config.headers['cache-control']]).toEqual([200, 'no-cache']);
    }
  });

  it('sends brotli before gzip before identity, by Accept-Encoding, always with Vary and a year of immutable caching', async () => {
    const identity = await call(running.baseUrl, 'GET', `/tab/${script}`);
    expect(identity.status).toBe(200);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.toString('utf8')).toContain('createRoot');

    const cases: [string | undefined, string | undefined][] = [
      ['gzip, deflate, br', 'br'],
      ['br;q=1.0, gzip;q=0.8, *;q=0.1', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['deflate', undefined],
      ['identity', undefined],
      [undefined, undefined],
    ];
    for (const [accept, expected] of cases) {
      const answer = await call(running.baseUrl, 'GET', `/tab/${script}`, accept);
      expect({ accept, status: answer.status, encoding: answer.headers['content-encoding'] }).toEqual({
        accept,
        status: 200,
        encoding: expected,
      });
      expect(answer.headers['vary']).toBe('Accept-Encoding');
      expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      const decoded =
        expected === 'br' ? brotliDecompressSync(answer.body) : expected === 'gzip' ? gunzipSync(answer.body) : answer.body;
      expect(decoded.equals(identity.body)).toBe(true);
      if (expected !== undefined) expect(answer.body.length).toBeLessThan(identity.body.length / 3);
    }
  });

  it('answers HEAD with the headers of GET and no body (was 405)', async () => {
    for (const [path, accept] of [
      [`/tab/${script}`, 'br'],
      [`/tab/${script}`, 'gzip'],
      ['/tab/', 'br, gzip'],
    ] as const) {
      const get = await call(running.baseUrl, 'GET', path, accept);
      const head = await call(running.baseUrl, 'HEAD', path, accept);
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      for (const name of ['content-type', 'content-encoding', 'content-length', 'cache-control', 'vary']) {
        expect([path, name, head.headers[name]]).toEqual([path, name, get.headers[name]]);
      }
    }
  });

  it('refuses to leave the tab folder or to hand out a compressed copy as a file of its own', async () => {
    for (const path of [`/tab/${script}.gz`, `/tab/${script}.br`, '/tab/..%2Fpackage.json', '/tab/nothing-here.js']) {
      const answer = await call(running.baseUrl, 'GET', path);
      expect([path, answer.status]).toEqual([path, 404]);
    }
  });
});

describe('the source map', () => {
  it('is served in dev mode, for the browser tools, and answers 404 in production', async () => {
    const dev = await startTestApp({ seed: false });
    const jwks = await serveJwks([(await makeSigningKey('tab-assets')).publicJwk]);
    const production = await startSsoTestApp({ jwksUrl: jwks.url, sso: { clientId: TEST_CLIENT_ID, tenantId: DEMO_TENANT_ID } });
    try {
      expect((await call(dev.baseUrl, 'GET', '/tab/app.js.map')).status).toBe(200);
      for (const method of ['GET', 'HEAD'] as const) {
        const answer = await call(production.baseUrl, method, '/tab/app.js.map', 'br, gzip');
        expect([method, answer.status]).toEqual([method, 404]);
      }
      expect((await call(production.baseUrl, 'GET', '/tab/')).status).toBe(200);
    } finally {
      await production.close();
      await jwks.close();
      await dev.close();
    }
  });
});

describe('who may frame the tab', () => {
  it('lets Teams, Microsoft 365 and Outlook (office.com and office365.com) frame it, and no one else', async () => {
    const running = await startTestApp({ seed: false });
    try {
      const index = await call(running.baseUrl, 'GET', '/tab/');
      const policy = String(index.headers['content-security-policy']);
      const ancestors = /frame-ancestors ([^;]+)/.exec(policy)?.[1]?.split(' ') ?? [];
      // The hosts Microsoft lists for tabs (learn.microsoft.com, "Tab requirements").
      expect(ancestors).toEqual(
        expect.arrayContaining([
          'https://*.cloud.microsoft',
          'https://teams.microsoft.com',
          'https://*.teams.microsoft.com',
          'https://*.microsoft365.com',
          'https://*.office.com',
          'https://outlook.office365.com',
          'https://outlook-sdf.office365.com',
        ]),
      );
      expect(ancestors).not.toContain('*');
      expect(ancestors.every((source) => source === "'self'" || source.startsWith('https://'))).toBe(true);
    } finally {
      await running.close();
    }
  });
});
