import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import type { Language } from '../../../bot/src/domain/language';
import { COMMAND_ROUTES } from '../../../bot/src/teams/command-routes';
import { COMMANDS, matchCommand, normaliseCommandText, type CommandScope } from '../../../bot/src/teams/command-table';

/**
 * `npm run package` end to end: the manifest rendered with a test environment, the zip it writes, and an
 * offline validation of what is inside against the official schemas bundled in @microsoft/app-manifest
 * (through scripts/app-package/validate-cli.mjs: the package is ESM-only, Jest here is CommonJS).
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const run = promisify(execFile);

const TEST_ENV: Record<string, string> = {
  TEAMSFX_ENV: 'test',
  APP_NAME_SUFFIX: '-test',
  TEAMS_APP_ID: '0d0c7a6e-2f55-4f3e-9d43-6a1c2b3d4e5f',
  BOT_ID: '7e1b2c3d-4a5b-4c6d-8e7f-901a2b3c4d5e',
  AAD_APP_CLIENT_ID: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
  TAB_DOMAIN: 'utvalg-test.azurewebsites.net',
  PUBLISHER_NAME: 'Brukerutvalget i "Testfylket"',
  PRIVACY_URL: 'https://example.org/personvern',
  TERMS_OF_USE_URL: 'https://example.org/vilkar',
};

interface Command {
  title: string;
  description: string;
}
interface Manifest {
  icons: { color: string; outline: string };
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  developer: { name: string };
  bots: { botId: string; scopes: string[]; commandLists: { scopes: string[]; commands: Command[] }[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[]; context: string[] }[];
  staticTabs: { entityId: string; contentUrl?: string; scopes: string[] }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
}

let work: string;

beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'utvalg-package-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function envFile(name: string, vars: Record<string, string>): string {
  const file = path.join(work, name);
  writeFileSync(
    file,
    Object.entries(vars)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
  );
  return file;
}

async function packageApp(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'scripts', 'package-app.mjs'), ...args], {
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** Offline schema errors per file, from the official schemas. */
async function schemaErrors(files: string[]): Promise<Record<string, string[]>> {
  const cli = path.join(ROOT, 'scripts', 'app-package', 'validate-cli.mjs');
  const result = await run(process.execPath, [cli, ...files]).catch((error: { stdout?: string }) => ({
    stdout: error.stdout ?? '',
  }));
  return JSON.parse(result.stdout) as Record<string, string[]>;
}

describe('npm run package with a test environment', () => {
  let zip: JSZip;
  let zipSize: number;
  let manifest: Manifest;
  let extracted: string;

  beforeAll(async () => {
    const out = path.join(work, 'out');
    const result = await packageApp(['--env-file', envFile('.env.test', TEST_ENV), '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const buffer = readFileSync(path.join(out, 'appPackage.test.zip'));
    zipSize = buffer.length;
    zip = await JSZip.loadAsync(buffer);
    manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Manifest;
    extracted = path.join(work, 'extracted');
    cpSync(path.join(ROOT, 'manifest'), extracted, { recursive: true });
    for (const name of Object.keys(zip.files))
      writeFileSync(path.join(extracted, name), await zip.file(name)!.async('nodebuffer'));
  });

  it('writes a zip with the manifest, both icons and the localization files, and nothing else', () => {
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en-US.json', 'manifest.json', 'nn-NO.json', 'outline.png']);
    expect(zipSize).toBeLessThan(100_000);
  });

  it('fills in every placeholder from the environment file', async () => {
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.json'))) {
      expect(await zip.file(name)!.async('string')).not.toContain('${{');
    }
    expect(manifest.developer.name).toBe('Brukerutvalget i "Testfylket"');
    expect(manifest.bots[0]?.botId).toBe(TEST_ENV['BOT_ID']);
    expect(manifest.webApplicationInfo).toEqual({
      id: TEST_ENV['AAD_APP_CLIENT_ID'],
      resource: `api://utvalg-test.azurewebsites.net/${TEST_ENV['AAD_APP_CLIENT_ID']}`,
    });
    expect(manifest.validDomains).toEqual(['utvalg-test.azurewebsites.net']);
  });

  it('validates against the official manifest and localization schemas, offline', async () => {
    const files = ['manifest.json', 'nn-NO.json', 'en-US.json'].map((f) => path.join(extracted, f));
    const errors = await schemaErrors(files);
    expect(Object.keys(errors)).toHaveLength(3);
    expect(errors).toEqual(Object.fromEntries(files.map((f) => [f, []])));
  });

  it('puts the bot in personal chat and teams, a configurable tab in the council channel and a personal tab', () => {
    expect(manifest.bots[0]?.scopes).toEqual(['personal', 'team']);
    expect(manifest.configurableTabs).toEqual([
      {
        configurationUrl: 'https://utvalg-test.azurewebsites.net/tab/?page=config',
        canUpdateConfiguration: true,
        scopes: ['team'],
        context: ['channelTab'],
      },
    ]);
    expect(manifest.staticTabs[0]).toMatchObject({
      contentUrl: 'https://utvalg-test.azurewebsites.net/tab/',
      scopes: ['personal'],
    });
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'nb-NO',
      additionalLanguages: [
        { languageTag: 'nn-NO', file: 'nn-NO.json' },
        { languageTag: 'en-US', file: 'en-US.json' },
      ],
    });
  });

  it('has a 192×192 colour icon and a 32×32 outline icon that is white on transparent', async () => {
    const color = PNG.sync.read(await zip.file(manifest.icons.color)!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = PNG.sync.read(await zip.file(manifest.icons.outline)!.async('nodebuffer'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    const notWhite: number[] = [];
    for (let i = 0; i < outline.data.length; i += 4) {
      if (outline.data[i + 3] === 0) transparent++;
      else if (outline.data[i] !== 255 || outline.data[i + 1] !== 255 || outline.data[i + 2] !== 255) notWhite.push(i / 4);
    }
    expect(notWhite).toEqual([]);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
  });

  it('lists, in each language, only commands the bot handles, with the words and descriptions of its command table', async () => {
    const localized: Record<Language, (key: string, fallback: string) => string> = {
      nb: (_key, fallback) => fallback,
      nn: () => '',
      en: () => '',
    };
    for (const [lang, file] of [
      ['nn', 'nn-NO.json'],
      ['en', 'en-US.json'],
    ] as const) {
      const strings = JSON.parse(await zip.file(file)!.async('string')) as Record<string, string>;
      localized[lang] = (key) => strings[key] ?? `(missing ${key} in ${file})`;
    }
    const bot = manifest.bots[0]!;
    bot.commandLists.forEach((list, i) => {
      list.commands.forEach((command, j) => {
        const ids = (['nb', 'nn', 'en'] as const).map((lang) => {
          const key = `bots[0].commandLists[${i}].commands[${j}]`;
          const title = localized[lang](`${key}.title`, command.title);
          const description = localized[lang](`${key}.description`, command.description);
          const match = matchCommand(title);
          expect({ title, known: match.known }).toEqual({ title, known: true });
          expect(typeof COMMAND_ROUTES[match.id]).toBe('function');
          const spec = COMMANDS.find((c) => c.id === match.id)!;
          // What Teams inserts is what members of that language type; the text is the table's.
          expect(spec.words[lang]).toContain(normaliseCommandText(title));
          expect(description).toBe(spec.description[lang]);
          for (const scope of list.scopes) expect(spec.scopes).toContain(scope);
          return match.id;
        });
        expect(new Set(ids).size).toBe(1);
      });
    });
  });

  it('offers every command of the table in every scope where the bot understands it', () => {
    for (const scope of manifest.bots[0]!.scopes as CommandScope[]) {
      const listed = manifest.bots[0]!.commandLists.filter((l) => l.scopes.includes(scope)).flatMap((l) => l.commands);
      const listedIds = listed.map((c) => matchCommand(c.title).id).sort();
      const expected = COMMANDS.filter((c) => c.scopes.includes(scope))
        .map((c) => c.id)
        .sort();
      expect({ scope, commands: listedIds }).toEqual({ scope, commands: expected });
    }
  });
});

describe('npm run package refuses what Teams would refuse', () => {
  it('names every placeholder the environment does not define or leaves empty', async () => {
    const { BOT_ID: _omitted, ...withoutBot } = TEST_ENV;
    const result = await packageApp([
      '--env-file',
      envFile('.env.nobot', { ...withoutBot, TAB_DOMAIN: '' }),
      '--out',
      path.join(work, 'x'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('${{BOT_ID}} is not defined');
    expect(result.stderr).toContain('${{TAB_DOMAIN}} is empty');
  });

  it('fails on a manifest that breaks the schema, naming the problem', async () => {
    const broken = path.join(work, 'broken-manifest');
    cpSync(path.join(ROOT, 'manifest'), broken, { recursive: true });
    const file = path.join(broken, 'manifest.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as Manifest & Record<string, unknown>;
    json.bots[0]!.scopes = ['everyone'];
    writeFileSync(file, JSON.stringify(json));
    const result = await packageApp([
      '--env-file',
      envFile('.env.test', TEST_ENV),
      '--manifest-dir',
      broken,
      '--out',
      path.join(work, 'y'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/manifest\.json \/bots\/0\/scopes\/0 must be equal to one of the allowed values/);
  });

  it('reports schema errors for a broken manifest or localization file, and refuses a schema that is not bundled', async () => {
    const manifestFile = path.join(work, 'bad-manifest.json');
    writeFileSync(
      manifestFile,
      JSON.stringify({
        $schema: 'https://developer.microsoft.com/en-us/json-schemas/teams/v1.22/MicrosoftTeams.schema.json',
        manifestVersion: '1.22',
        id: 'not-a-guid',
      }),
    );
    const localizationFile = path.join(work, 'bad-nn-NO.json');
    writeFileSync(
      localizationFile,
      JSON.stringify({
        $schema: 'https://developer.microsoft.com/en-us/json-schemas/teams/v1.22/MicrosoftTeams.Localization.schema.json',
        'name.short': 'Utvalg',
        'bots[0].commandLists[7].commands[0].title': 'for mange lister',
      }),
    );
    const unbundled = path.join(work, 'v118.json');
    writeFileSync(
      unbundled,
      JSON.stringify({ $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.18/MicrosoftTeams.schema.json' }),
    );
    const errors = await schemaErrors([manifestFile, localizationFile, unbundled]);
    expect(errors[manifestFile]).toEqual(
      expect.arrayContaining([expect.stringContaining("must have required property 'developer'")]),
    );
    expect(errors[manifestFile]!.join('\n')).toMatch(/\/id must match pattern/);
    expect(errors[localizationFile]!.join('\n')).toMatch(/description\.short/);
    expect(errors[localizationFile]!.join('\n')).toMatch(/commandLists\[7\]/);
    expect(errors[unbundled]).toEqual([expect.stringContaining('not a Teams schema bundled')]);
  });
});
