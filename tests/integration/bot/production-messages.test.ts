import type { Logger } from '../../../bot/src/config/logger';
import { DEMO_SECRETARY } from '../../../bot/src/dev/demo-ids';
import { startSignedSsoTestApp, type SignedSsoTestApp } from '../../support/sso-test-app';
import { makeSigningKey, signToken } from '../../support/sso-tokens';

/**
 * The production bot endpoint is reachable by anyone on the internet: what it
 * answers a malformed activity or a forged token must say nothing about the
 * server, and the log must stay one JSON line per event (App Service reads stdout line by line).
 */

let app: SignedSsoTestApp;
let logged: string[] = [];
let consoleLines: string[] = [];
const now = new Date();
const log: Logger = {
  info: (message, fields) => logged.push(JSON.stringify({ level: 'info', message, ...fields })),
  warn: (message, fields) => logged.push(JSON.stringify({ level: 'warn', message, ...fields })),
  error: (message, fields) => logged.push(JSON.stringify({ level: 'error', message, ...fields })),
};

beforeAll(async () => {
  app = await startSignedSsoTestApp({ keyId: 'production-messages', clock: () => now, log });
});
afterAll(() => app?.close());
beforeEach(() => {
  logged = [];
  consoleLines = [];
  for (const method of ['log', 'warn', 'error'] as const)
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map((a) => (a instanceof Error ? String(a.stack) : String(a))).join(' '));
    });
});
afterEach(() => jest.restoreAllMocks());

async function post(body: string, authorization?: string): Promise<{ status: number; text: string }> {
  const reply = await fetch(`${app.baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(authorization && { Authorization: authorization }) },
    body,
  });
  return { status: reply.status, text: await reply.text() };
}

const internals = /validateAndFixActivity|ENOTFOUND|getaddrinfo|\bat \S+ \(|Error:/;

function expectOneJsonLineEach(): void {
  for (const line of [...logged, ...consoleLines]) {
    expect(line).not.toContain('\n');
    expect(() => JSON.parse(line) as unknown).not.toThrow();
  }
}

const aMessage = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: 'message',
    id: 'a1',
    text: 'hjelp',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    from: { id: '29:x', aadObjectId: DEMO_SECRETARY },
    conversation: { id: 'a:1', conversationType: 'personal' },
    recipient: { id: '28:bot' },
    ...extra,
  });

it.each([
  ['no activity type', JSON.stringify({ text: 'hjelp' })],
  ['a type that is no text', JSON.stringify({ type: 42, text: 'hjelp' })],
  ['an array', JSON.stringify([{ type: 'message' }])],
])('answers 400 with no detail to an activity with %s', async (_name, body) => {
  const reply = await post(body, 'Bearer abc');
  expect(reply.status).toBe(400);
  expect(reply.text).not.toMatch(internals);
  expectOneJsonLineEach();
});

it('answers 401 with no detail to a forged Bot Framework token, and logs one JSON line', async () => {
  const forger = await makeSigningKey('forger');
  const token = await signToken(forger, {
    now,
    claims: {
      iss: 'https://api.botframework.com',
      aud: 'bot-app-id-for-tests',
      serviceurl: 'https://smba.trafficmanager.net/emea/',
    },
  });
  const reply = await post(aMessage(), `Bearer ${token}`);
  expect(reply.status).toBe(401);
  expect(reply.text).not.toMatch(internals);
  expect(logged.length + consoleLines.length).toBeGreaterThan(0);
  expectOneJsonLineEach();
});

it('answers 401 with no detail to a message with no token at all', async () => {
  const reply = await post(aMessage());
  expect(reply.status).toBe(401);
  expect(reply.text).not.toMatch(internals);
  expectOneJsonLineEach();
});
