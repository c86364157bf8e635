import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { BUILT_MAIN as MAIN, ensureBuiltBot } from '../../support/built-bot';

/**
 * The server as `npm run build:bot` emits it and App Service runs it (`node dist/bot/src/main.js`).
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
// Loading botbuilder and friends takes seconds on a busy machine; each start is a fresh process.
jest.setTimeout(90_000);

interface Exit {
  code: number | null;
  output: string;
}

/** Starts the server with exactly `env` (nothing inherited) and waits for it to end; kills it if it serves instead. */
function startServer(env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, output });
    });
  });
}

const COMPLETE = {
  NODE_ENV: 'production',
  AZURE_STORAGE_TABLE_URL: 'https://utvalgtest.table.core.windows.net',
  MicrosoftAppType: 'UserAssignedMSI',
  MicrosoftAppId: '7e1b2c3d-4a5b-4c6d-8e7f-901a2b3c4d5e',
  MicrosoftAppTenantId: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  AAD_APP_CLIENT_ID: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
  AAD_APP_TENANT_ID: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  UTVALG_DOWNLOAD_LINK_KEY: 'a-download-link-key-of-at-least-32-characters',
};

beforeAll(ensureBuiltBot, 180_000);

/**
 * It must refuse to start without bot credentials and SSO settings, naming each missing one: with an
 * empty app id botbuilder accepts anonymous requests, which must never happen outside local development.
 */
describe('node dist/bot/src/main.js', () => {
  it('with NODE_ENV=production and nothing else, exits non-zero naming every missing setting', async () => {
    const { code, output } = await startServer({ NODE_ENV: 'production' });
    expect(code).not.toBe(0);
    expect(output).toContain('Utvalg cannot start');
    for (const name of [
      'AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_TABLE_URL',
      'MicrosoftAppType',
      'MicrosoftAppId',
      'MicrosoftAppTenantId',
      'AAD_APP_CLIENT_ID',
      'AAD_APP_TENANT_ID',
      'UTVALG_DOWNLOAD_LINK_KEY',
    ]) {
      expect(output).toContain(name);
    }
  });

  it.each([
    ['in production', { ...COMPLETE }],
    ['outside production without the dev flag', { ...COMPLETE, NODE_ENV: 'development' }],
    ['as a SingleTenant bot', { ...COMPLETE, MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 'secret' }],
  ])('never accepts an empty MicrosoftAppId %s', async (_case, env) => {
    const { code, output } = await startServer({ ...env, MicrosoftAppId: '' });
    expect(code).not.toBe(0);
    expect(output).toMatch(/MicrosoftAppId \(the bot's app id\) is required/);
    expect(output).not.toContain('listening');
  });

  it('refuses dev mode in production even with every other setting in place', async () => {
    const { code, output } = await startServer({ ...COMPLETE, UTVALG_DEV: '1' });
    expect(code).not.toBe(0);
    expect(output).toContain('UTVALG_DEV=1 is refused when NODE_ENV=production');
  });
});

describe('npm run stage:deploy (what `teamsapp deploy` uploads)', () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'utvalg-stage-'));
    // Without `npm ci --omit=dev` (a download); the layout is what is checked here.
    await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, 'scripts', 'stage-deploy.mjs'), '--out', out, '--skip-install'],
      {
        cwd: ROOT,
      },
    );
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('lays out the built server and tab where the App Service command line and main.js expect them', () => {
    const bicep = readFileSync(path.join(ROOT, 'infra', 'azure.bicep'), 'utf8');
    const command = /appCommandLine:\s*'node ([^']+)'/.exec(bicep)?.[1];
    expect(command).toBe('dist/bot/src/main.js');
    expect(existsSync(path.join(out, command!))).toBe(true);
    // main.js serves the tab from ../../../tab/dist relative to itself.
    expect(existsSync(path.join(out, 'tab', 'dist', 'index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'dist', 'bot', 'src', 'cards', 'help-card.json'))).toBe(true);
  });

  it('ships no source maps and installs neither the bundled tab libraries nor Azurite on the server', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [e.name]));
    expect(files(out).filter((f) => f.endsWith('.map'))).toEqual([]);
    const pkg = JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of ['@fluentui/react-components', 'react', 'react-dom', '@microsoft/teams-js', 'azurite']) {
      expect(Object.keys(pkg.dependencies)).not.toContain(name);
    }
    expect(Object.keys(pkg.dependencies)).toEqual(
      expect.arrayContaining(['botbuilder', 'restify', '@azure/data-tables', '@azure/identity']),
    );
  });
});
