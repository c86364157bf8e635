import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { bicepOutputs, bicepParams, bicepResource, objectKeys } from '../../support/bicep-text';

const resourceBody = (text: string, symbol: string): string => bicepResource(text, symbol).body;
import { settingsTheServerReads } from '../../support/settings-names';

/**
 * The deployment files read as text and checked against each other: teamsapp.yml and
 * teamsapp.local.yml (Teams Toolkit / Microsoft 365 Agents Toolkit), env/, the manifest,
 * aad.manifest.json, infra/azure.bicep (no Bicep compiler here: textual checks only) and
 * azure.parameters.json, and the settings bot/src/config/settings.ts reads.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const placeholdersIn = (text: string): string[] => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];

interface ActionSpec {
  required: string[];
  optional?: string[];
  /** writeToEnvironmentFile keys: true = required. */
  writes?: Record<string, boolean>;
  /** Variables the action writes without being told (its documented outputs). */
  implicitWrites?: string[];
}

/**
 * The Toolkit actions this project may use, with their parameters, as the yaml schema v1.5
 * (https://aka.ms/teams-toolkit/v1.5/yaml.schema.json, packages/fx-core/resource/yaml-schema in
 * OfficeDev/teams-toolkit) defines them; the schema is not bundled in any npm package, so the part
 * we use is written down here. `arm/deploy` writes the Bicep outputs (read from azure.bicep below).
 */
const KNOWN_ACTIONS: Record<string, ActionSpec> = {
  'teamsApp/create': { required: ['name'], writes: { teamsAppId: true } },
  'aadApp/create': {
    required: ['name', 'generateClientSecret', 'signInAudience'],
    optional: ['serviceManagementReference', 'clientSecretExpireDays', 'clientSecretDescription'],
    writes: { clientId: true, objectId: true, clientSecret: false, tenantId: false, authority: false, authorityHost: false },
  },
  'aadApp/update': { required: ['manifestPath', 'outputFilePath'], implicitWrites: ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'] },
  'botAadApp/create': { required: ['name'], writes: { botId: true, botPassword: true } },
  'botFramework/create': { required: ['botId', 'name', 'messagingEndpoint'], optional: ['description', 'iconUrl', 'channels'] },
  'arm/deploy': { required: ['subscriptionId', 'resourceGroupName', 'templates'], optional: ['bicepCliVersion'] },
  'teamsApp/validateManifest': { required: ['manifestPath'] },
  'teamsApp/zipAppPackage': { required: ['manifestPath', 'outputZipPath', 'outputFolder'] },
  'teamsApp/validateAppPackage': { required: ['appPackagePath'] },
  'teamsApp/update': { required: ['appPackagePath'] },
  'teamsApp/publishAppPackage': { required: ['appPackagePath'], writes: { publishedAppId: true } },
  'cli/runNpmCommand': { required: ['args'], optional: ['workingDirectory'] },
  'azureAppService/zipDeploy': { required: ['artifactFolder', 'resourceId'], optional: ['workingDirectory', 'ignoreFile'] },
  'file/createOrUpdateEnvironmentFile': { required: ['target', 'envs'] },
};
const SECRET_OUTPUTS = new Set(['clientSecret', 'botPassword']);
const STAGES = ['provision', 'deploy', 'publish'] as const;

interface Step {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface Lifecycle {
  version: string;
  environmentFolderPath: string;
  provision?: Step[];
  deploy?: Step[];
  publish?: Step[];
}

const LIFECYCLES = [
  { file: 'teamsapp.yml', envFile: 'env/.env.dev' },
  { file: 'teamsapp.local.yml', envFile: 'env/.env.local' },
] as const;

function lifecycle(file: string): Lifecycle {
  return parse(read(file)) as Lifecycle;
}

function envKeys(file: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const line of read(file).split('\n')) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (match) keys.set(match[1]!, match[2]!);
  }
  return keys;
}

const bicep = read('infra/azure.bicep');

/** Files a step reads and renders with the environment: the manifest (and its languages), aad and ARM parameters. */
function filesConsumedBy(step: Step): string[] {
  const w = step.with ?? {};
  if (step.uses === 'teamsApp/validateManifest' || step.uses === 'teamsApp/zipAppPackage') {
    const manifestPath = String(w['manifestPath']);
    const manifest = JSON.parse(read(manifestPath)) as { localizationInfo?: { additionalLanguages?: { file: string }[] } };
    const dir = path.dirname(manifestPath);
    return [manifestPath, ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => path.join(dir, l.file))];
  }
  if (step.uses === 'aadApp/update') return [String(w['manifestPath'])];
  if (step.uses === 'arm/deploy') {
    return (w['templates'] as { parameters?: string }[]).flatMap((t) => (t.parameters ? [t.parameters] : []));
  }
  return [];
}

/** What a step writes to the environment file. */
function writesOf(step: Step): string[] {
  const spec = KNOWN_ACTIONS[step.uses];
  const written = [...Object.values(step.writeToEnvironmentFile ?? {}), ...(spec?.implicitWrites ?? [])];
  if (step.uses === 'arm/deploy') written.push(...bicepOutputs(bicep));
  return written;
}

describe.each(LIFECYCLES)('$file', ({ file, envFile }) => {
  const yml = lifecycle(file);
  const steps = STAGES.flatMap((stage) => (yml[stage] ?? []).map((step, index) => ({ stage, index, step })));

  it('is Toolkit yaml v1.5 or later, with the matching schema comment', () => {
    const minor = /^v1\.(\d+)$/.exec(yml.version)?.[1];
    expect(Number(minor)).toBeGreaterThanOrEqual(5);
    expect(read(file).split('\n')[0]).toBe(
      `# yaml-language-server: $schema=https://aka.ms/teams-toolkit/${yml.version}/yaml.schema.json`,
    );
    expect(yml.environmentFolderPath).toBe('./env');
    expect(Object.keys(yml).filter((k) => !['version', 'environmentFolderPath', ...STAGES].includes(k))).toEqual([]);
  });

  it('uses only known Toolkit actions, each with its required parameters and no unknown ones', () => {
    for (const { stage, index, step } of steps) {
      const where = `${stage}[${index}] ${step.uses}`;
      const spec = KNOWN_ACTIONS[step.uses];
      expect({ where, known: spec !== undefined }).toEqual({ where, known: true });
      if (!spec) continue;
      const given = Object.keys(step.with ?? {});
      expect({ where, missing: spec.required.filter((p) => !given.includes(p)) }).toEqual({ where, missing: [] });
      const allowed = [...spec.required, ...(spec.optional ?? [])];
      expect({ where, unknown: given.filter((p) => !allowed.includes(p)) }).toEqual({ where, unknown: [] });
      const writes = step.writeToEnvironmentFile ?? {};
      const requiredWrites = Object.entries(spec.writes ?? {}).filter(([, required]) => required);
      expect({ where, missing: requiredWrites.map(([k]) => k).filter((k) => !(k in writes)) }).toEqual({ where, missing: [] });
      for (const [key, variable] of Object.entries(writes)) {
        expect({ where, key, known: key in (spec.writes ?? {}) }).toEqual({ where, key, known: true });
        expect(variable).toMatch(SECRET_OUTPUTS.has(key) ? /^SECRET_[A-Z0-9_]+$/ : /^[A-Z][A-Z0-9_]*$/);
      }
      expect(Object.keys(step).filter((k) => !['uses', 'name', 'with', 'writeToEnvironmentFile'].includes(k))).toEqual([]);
    }
  });

  it('defines every ${{VAR}} it uses, in its env file or by an earlier step', () => {
    const env = envKeys(envFile);
    const writtenBySomeStep = new Set(steps.flatMap(({ step }) => writesOf(step)));
    const written = new Set<string>();
    const problems: string[] = [];
    for (const { stage, index, step } of steps) {
      const where = `${stage}[${index}] ${step.uses}`;
      const ownOutputs = KNOWN_ACTIONS[step.uses]?.implicitWrites ?? [];
      const uses = [
        ...placeholdersIn(JSON.stringify(step.with ?? {})).map((name) => ({ name, source: 'its parameters' })),
        ...filesConsumedBy(step).flatMap((consumed) =>
          placeholdersIn(read(consumed)).map((name) => ({ name, source: consumed })),
        ),
      ];
      for (const { name, source } of uses) {
        if (written.has(name) || ownOutputs.includes(name)) continue;
        // A key the user (or the Toolkit's prompt) fills in; a key some step writes must be written first.
        if (env.has(name) && !writtenBySomeStep.has(name)) continue;
        problems.push(
          `${where}: \${{${name}}} in ${source} is ${writtenBySomeStep.has(name) ? 'written only by a later step' : `not in ${envFile}`}`,
        );
      }
      for (const name of writesOf(step)) written.add(name);
    }
    expect(problems).toEqual([]);
  });

  it('keeps no key in its env file that nothing uses or writes', () => {
    const used = new Set<string>(['TEAMSFX_ENV']);
    for (const { step } of steps) {
      for (const name of placeholdersIn(JSON.stringify(step.with ?? {}))) used.add(name);
      for (const consumed of filesConsumedBy(step)) for (const name of placeholdersIn(read(consumed))) used.add(name);
      for (const name of writesOf(step)) used.add(name);
    }
    expect([...envKeys(envFile).keys()].filter((k) => !used.has(k))).toEqual([]);
  });

  it('keeps secrets out of the committed env file', () => {
    expect([...envKeys(envFile).keys()].filter((k) => k.startsWith('SECRET_'))).toEqual([]);
    expect(read('.gitignore')).toMatch(/^env\/\.env\.\*\.user$/m);
  });
});

describe('infra/azure.bicep and azure.parameters.json', () => {
  const params = bicepParams(bicep);
  const parameterFile = JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, { value: unknown }> };

  it('pass every parameter the template needs, and none it does not declare', () => {
    const given = Object.keys(parameterFile.parameters);
    expect(given.filter((name) => !params.some((p) => p.name === name))).toEqual([]);
    expect(params.filter((p) => !p.hasDefault && !given.includes(p.name)).map((p) => p.name)).toEqual([]);
  });

  it('names its outputs as the env keys the Toolkit writes them to, and lists each in env/.env.dev', () => {
    const outputs = bicepOutputs(bicep);
    expect(outputs).toEqual(expect.arrayContaining(['BOT_ID', 'TAB_DOMAIN', 'AZURE_APP_SERVICE_RESOURCE_ID']));
    for (const output of outputs) expect(output).toMatch(/^[A-Z][A-Z0-9_]*$/);
    const env = envKeys('env/.env.dev');
    expect(outputs.filter((o) => !env.has(o))).toEqual([]);
  });

  it('runs the server on Linux App Service with Node 24 LTS under a user-assigned identity', () => {
    const site = resourceBody(bicep, 'webApp');
    expect(bicepResource(bicep, 'webApp').type).toMatch(/^Microsoft\.Web\/sites@/);
    expect(site).toMatch(/linuxFxVersion:\s*'NODE\|24-lts'/);
    expect(site).toMatch(/appCommandLine:\s*'node dist\/bot\/src\/main\.js'/);
    expect(site).toMatch(/type:\s*'UserAssigned'/);
    // The command line starts what `npm run build:bot` emits.
    expect(existsSync(path.join(ROOT, 'bot', 'src', 'main.ts'))).toBe(true);
    expect((JSON.parse(read('tsconfig.json')) as { compilerOptions: { outDir: string } }).compilerOptions.outDir).toBe('dist');
    expect(resourceBody(bicep, 'plan')).toMatch(/reserved:\s*true/);
  });

  it('registers the bot with the managed identity and the Teams channel', () => {
    const bot = resourceBody(bicep, 'bot');
    expect(bot).toMatch(/msaAppType:\s*'UserAssignedMSI'/);
    expect(bot).toMatch(/msaAppId:\s*identity\.properties\.clientId/);
    expect(bot).toMatch(/msaAppMSIResourceId:\s*identity\.id/);
    expect(bot).toContain("endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'");
    expect(resourceBody(bicep, 'teamsChannel')).toMatch(/channelName:\s*'MsTeamsChannel'/);
  });

  it('keeps data in Table storage without account keys, readable by the identity only through its role', () => {
    const storage = resourceBody(bicep, 'storage');
    expect(storage).toMatch(/allowSharedKeyAccess:\s*false/);
    expect(bicepResource(bicep, 'tableService').type).toMatch(/^Microsoft\.Storage\/storageAccounts\/tableServices@/);
    expect(bicepResource(bicep, 'tableDataContributor').type).toMatch(/^Microsoft\.Authorization\/roleAssignments@/);
    const role = resourceBody(bicep, 'tableDataContributor');
    expect(bicep).toContain("var tableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'");
    expect(role).toContain('roleDefinitionId: subscriptionResourceId(');
    expect(role).toMatch(/principalId:\s*identity\.properties\.principalId/);
  });
});

describe('app settings in azure.bicep and .localConfigs', () => {
  const { names: read_, files } = settingsTheServerReads();
  const appSettings = objectKeys(resourceBody(bicep, 'appSettings'), 'properties');

  /** Read by the server but deliberately not set in Azure, each for a reason. */
  const NOT_IN_AZURE: Record<string, string> = {
    UTVALG_DEV: 'dev mode; production refuses it',
    AZURE_STORAGE_CONNECTION_STRING: 'account keys; in Azure the managed identity uses AZURE_STORAGE_TABLE_URL',
    MicrosoftAppPassword: 'SingleTenant bots only; in Azure the bot is a UserAssignedMSI',
    UTVALG_TAB_DIR: 'the default (tab/dist beside dist/) is the deployed layout (scripts/stage-deploy.mjs)',
    UTVALG_CLOCK_START: 'the dev clock; production refuses it',
    UTVALG_CLOCK_SPEED: 'the dev clock; production refuses it',
  };

  it('finds the settings by reading bot/src/config/settings.ts and what it imports', () => {
    expect(files).toContain(path.join('bot', 'src', 'config', 'settings.ts'));
    for (const name of ['NODE_ENV', 'PORT', 'MicrosoftAppId', 'AAD_APP_CLIENT_ID', 'AZURE_STORAGE_TABLE_URL'])
      expect(read_).toContain(name);
  });

  it('sets in Azure every setting the server reads in production', () => {
    const missing = [...read_].filter((name) => !(name in NOT_IN_AZURE) && !appSettings.includes(name));
    expect(missing).toEqual([]);
    expect(Object.keys(NOT_IN_AZURE).filter((name) => !read_.has(name))).toEqual([]);
  });

  it('sets the download link key from a secure parameter, made at deployment unless passed in, and never outputs it', () => {
    expect(bicep).toMatch(
      /@secure\(\)\s*\n@minLength\(32\)\s*\nparam downloadLinkKey string = '\$\{newGuid\(\)\}\$\{newGuid\(\)\}'/,
    );
    expect(resourceBody(bicep, 'appSettings')).toMatch(/UTVALG_DOWNLOAD_LINK_KEY:\s*downloadLinkKey\s*$/m);
    expect(bicep).not.toMatch(/^output .*downloadLinkKey/m);
  });

  it('never sets dev mode, account keys or a bot password in Azure', () => {
    for (const name of ['UTVALG_DEV', 'AZURE_STORAGE_CONNECTION_STRING', 'MicrosoftAppPassword'])
      expect(appSettings).not.toContain(name);
    expect(bicep).toMatch(/NODE_ENV:\s*'production'/);
    expect(bicep).toMatch(/MicrosoftAppType:\s*'UserAssignedMSI'/);
  });

  it('writes every setting the server reads into .localConfigs for a local run in Teams', () => {
    const step = (lifecycle('teamsapp.local.yml').deploy ?? []).find((s) => s.uses === 'file/createOrUpdateEnvironmentFile');
    expect(step?.with?.['target']).toBe('./.localConfigs');
    const envs = Object.keys(step?.with?.['envs'] ?? {});
    // npm run start:teams starts Azurite and sets the connection string; the identity and tab folder are Azure's concern.
    const notLocal = new Set([
      'UTVALG_DEV',
      'AZURE_STORAGE_CONNECTION_STRING',
      'AZURE_STORAGE_TABLE_URL',
      'AZURE_CLIENT_ID',
      'UTVALG_TAB_DIR',
      // The dev clock is for npm start and the playground only (a Teams run is not dev mode's clock).
      'UTVALG_CLOCK_START',
      'UTVALG_CLOCK_SPEED',
      // Outside production the server makes a key at each start (its links live five minutes).
      'UTVALG_DOWNLOAD_LINK_KEY',
    ]);
    expect([...read_].filter((name) => !notLocal.has(name) && !envs.includes(name))).toEqual([]);
    expect(envs).not.toContain('UTVALG_DEV');
    expect(read('.gitignore')).toMatch(/^\.localConfigs$/m);
  });
});
