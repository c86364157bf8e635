import { loadSettings, SettingsError } from '../../../bot/src/config/settings';
import { credentialOptions } from '../../../bot/src/storage/table-storage';

const defaults = { tabDirectory: '/tab' };
const storage = { AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadSettings(env, defaults);
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadSettings', () => {
  it('accepts dev mode without bot credentials or SSO', () => {
    const settings = loadSettings({ ...storage, UTVALG_DEV: '1' }, defaults);
    expect(settings.devMode).toBe(true);
    expect(settings.bot).toBeUndefined();
  });

  it('refuses the dev flag when NODE_ENV=production', () => {
    expect(problemsOf({ ...storage, UTVALG_DEV: '1', NODE_ENV: 'production' }).join('\n')).toMatch(/UTVALG_DEV=1 is refused/);
  });

  it('without the dev flag, names every missing bot and SSO setting at once', () => {
    const problems = problemsOf({ ...storage }).join('\n');
    for (const name of ['MicrosoftAppType', 'MicrosoftAppId', 'MicrosoftAppTenantId', 'AAD_APP_CLIENT_ID', 'AAD_APP_TENANT_ID']) {
      expect(problems).toContain(name);
    }
  });

  it('never lets an empty app id through outside dev mode (botbuilder would accept anyone)', () => {
    const problems = problemsOf({
      ...storage,
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppId: '  ',
      MicrosoftAppPassword: 'x',
      MicrosoftAppTenantId: 't',
      AAD_APP_CLIENT_ID: 'c',
      AAD_APP_TENANT_ID: 't',
    });
    expect(problems).toEqual([expect.stringContaining('MicrosoftAppId')]);
  });

  it('needs a password for SingleTenant but not for a user-assigned managed identity', () => {
    const base = { ...storage, MicrosoftAppId: 'app', MicrosoftAppTenantId: 't', AAD_APP_CLIENT_ID: 'c', AAD_APP_TENANT_ID: 't' };
    expect(problemsOf({ ...base, MicrosoftAppType: 'SingleTenant' })).toEqual([expect.stringContaining('MicrosoftAppPassword')]);
    const msi = loadSettings({ ...base, MicrosoftAppType: 'UserAssignedMSI' }, defaults);
    expect(msi.bot).toEqual({ appType: 'UserAssignedMSI', appId: 'app', tenantId: 't' });
    expect(msi.sso?.allowedTenants).toEqual(['t']);
  });

  it('refuses MultiTenant and unknown app types', () => {
    expect(problemsOf({ ...storage, MicrosoftAppType: 'MultiTenant' }).join('\n')).toMatch(/SingleTenant or UserAssignedMSI/);
  });

  it('needs storage by connection string or account URL', () => {
    expect(problemsOf({ UTVALG_DEV: '1' })).toEqual([expect.stringContaining('AZURE_STORAGE_CONNECTION_STRING')]);
    const byUrl = loadSettings({ UTVALG_DEV: '1', AZURE_STORAGE_TABLE_URL: 'https://acct.table.core.windows.net' }, defaults);
    expect(byUrl.storage).toEqual({
      kind: 'accountUrl',
      accountUrl: 'https://acct.table.core.windows.net',
      tablePrefix: 'utvalg',
    });
  });

  it('hands the user-assigned managed identity to DefaultAzureCredential (the bot identity, unless AZURE_CLIENT_ID says otherwise)', () => {
    const production = {
      AZURE_STORAGE_TABLE_URL: 'https://acct.table.core.windows.net',
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppId: 'msi-client-id',
      MicrosoftAppTenantId: 't',
      AAD_APP_CLIENT_ID: 'c',
      AAD_APP_TENANT_ID: 't',
    };
    const viaBot = loadSettings(production, defaults);
    expect(credentialOptions(viaBot.storage)).toEqual({ managedIdentityClientId: 'msi-client-id' });
    const explicit = loadSettings({ ...production, AZURE_CLIENT_ID: 'storage-identity' }, defaults);
    expect(credentialOptions(explicit.storage)).toEqual({ managedIdentityClientId: 'storage-identity' });
    // A connection string (Azurite, keys) needs no identity.
    const local = loadSettings({ ...storage, UTVALG_DEV: '1' }, defaults);
    expect(credentialOptions(local.storage)).toEqual({});
  });

  describe('tab SSO', () => {
    const production = {
      ...storage,
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppId: 'app',
      MicrosoftAppTenantId: 't',
      AAD_APP_CLIENT_ID: 'client',
      AAD_APP_TENANT_ID: 'host',
    };

    it('reads the client id, host tenant and extra allowed tenants; the Application ID URI is optional', () => {
      expect(loadSettings({ ...production, UTVALG_ALLOWED_TENANTS: ' partner , host,' }, defaults).sso).toEqual({
        clientId: 'client',
        tenantId: 'host',
        allowedTenants: ['host', 'partner'],
      });
      const withUri = loadSettings({ ...production, AAD_APP_ID_URI: 'api://utvalg.example.org/client' }, defaults);
      expect(withUri.sso?.appIdUri).toBe('api://utvalg.example.org/client');
    });

    it('refuses an Application ID URI that is not api://…', () => {
      for (const uri of ['https://utvalg.example.org/client', 'client', 'api://', 'api://has space']) {
        expect(problemsOf({ ...production, AAD_APP_ID_URI: uri })).toEqual([expect.stringContaining('AAD_APP_ID_URI')]);
      }
    });

    it('names a bad Application ID URI together with every missing setting', () => {
      const problems = problemsOf({ ...storage, AAD_APP_ID_URI: 'https://wrong' }).join('\n');
      for (const name of ['MicrosoftAppType', 'MicrosoftAppId', 'AAD_APP_CLIENT_ID', 'AAD_APP_TENANT_ID', 'AAD_APP_ID_URI']) {
        expect(problems).toContain(name);
      }
    });

    it('reads no SSO settings in dev mode (the dev identity is used instead)', () => {
      const dev = loadSettings(
        { ...storage, UTVALG_DEV: '1', AAD_APP_CLIENT_ID: 'client', AAD_APP_ID_URI: 'nonsense' },
        defaults,
      );
      expect(dev.sso).toBeUndefined();
    });
  });
});

describe('links to the tab in channel posts: UTVALG_PUBLIC_URL and TEAMS_APP_ID', () => {
  const production = {
    ...storage,
    MicrosoftAppType: 'UserAssignedMSI',
    MicrosoftAppId: 'app',
    MicrosoftAppTenantId: 't',
    AAD_APP_CLIENT_ID: 'c',
    AAD_APP_TENANT_ID: 't',
  };

  it('defaults to http://localhost:<port> in dev mode', () => {
    expect(loadSettings({ ...storage, UTVALG_DEV: '1', PORT: '4000' }, defaults).publicUrl).toBe('http://localhost:4000');
    expect(loadSettings({ ...storage, UTVALG_DEV: '1' }, defaults).publicUrl).toBe('http://localhost:3978');
  });

  it('takes an https origin in production, and none when unset (posts then carry no web link)', () => {
    expect(loadSettings({ ...production, UTVALG_PUBLIC_URL: 'https://utvalg.example.no/' }, defaults).publicUrl).toBe(
      'https://utvalg.example.no',
    );
    expect(loadSettings(production, defaults).publicUrl).toBeUndefined();
  });

  it('refuses plain http outside dev mode, paths, and things that are not addresses', () => {
    expect(problemsOf({ ...production, UTVALG_PUBLIC_URL: 'http://utvalg.example.no' })).toEqual([
      expect.stringContaining('UTVALG_PUBLIC_URL must use https'),
    ]);
    expect(problemsOf({ ...production, UTVALG_PUBLIC_URL: 'https://utvalg.example.no/tab/' })).toEqual([
      expect.stringContaining('origin only'),
    ]);
    expect(problemsOf({ ...production, UTVALG_PUBLIC_URL: 'utvalg.example.no' })).toEqual([
      expect.stringContaining('not a web address'),
    ]);
    expect(loadSettings({ ...storage, UTVALG_DEV: '1', UTVALG_PUBLIC_URL: 'http://192.168.1.5:3978' }, defaults).publicUrl).toBe(
      'http://192.168.1.5:3978',
    );
  });

  it('takes the Teams app id when set, and refuses one that cannot be a manifest id', () => {
    expect(loadSettings(production, defaults).teamsAppId).toBeUndefined();
    const id = '0e4b7c9a-1f2d-4c3b-9a8e-7d6c5b4a3f21';
    expect(loadSettings({ ...production, TEAMS_APP_ID: id }, defaults).teamsAppId).toBe(id);
    expect(problemsOf({ ...production, TEAMS_APP_ID: 'x/y' })).toEqual([expect.stringContaining('TEAMS_APP_ID')]);
  });
});

describe('loadSettings: the dev clock', () => {
  const dev = { ...storage, UTVALG_DEV: '1' };
  const production = {
    ...storage,
    NODE_ENV: 'production',
    MicrosoftAppType: 'SingleTenant',
    MicrosoftAppId: 'app',
    MicrosoftAppPassword: 'x',
    MicrosoftAppTenantId: 't',
    AAD_APP_CLIENT_ID: 'c',
    AAD_APP_TENANT_ID: 't',
    UTVALG_DOWNLOAD_LINK_KEY: 'a-download-link-key-of-32-characters',
  };

  it('runs on the real time unless a clock is asked for', () => {
    expect(loadSettings(dev, defaults).devClock).toBeUndefined();
    expect(loadSettings(production, defaults).devClock).toBeUndefined();
  });

  it('takes a start with an offset and a speed in dev mode (speed 1 when only a start is given)', () => {
    expect(
      loadSettings({ ...dev, UTVALG_CLOCK_START: '2027-03-10T09:55:00+01:00', UTVALG_CLOCK_SPEED: '60' }, defaults).devClock,
    ).toEqual({
      start: '2027-03-10T09:55:00+01:00',
      speed: 60,
    });
    expect(loadSettings({ ...dev, UTVALG_CLOCK_START: '2027-03-10T08:55Z' }, defaults).devClock).toEqual({
      start: '2027-03-10T08:55Z',
      speed: 1,
    });
    expect(loadSettings({ ...dev, UTVALG_CLOCK_SPEED: '0.5' }, defaults).devClock).toEqual({ speed: 0.5 });
  });

  it('refuses a dev clock outside dev mode, and in production even with the dev flag', () => {
    expect(problemsOf({ ...production, UTVALG_CLOCK_SPEED: '60' })).toEqual([
      expect.stringMatching(/--clock-start and --clock-speed .* are refused outside dev mode/),
    ]);
    const both = problemsOf({ ...production, UTVALG_DEV: '1', UTVALG_CLOCK_START: '2027-03-10T09:55:00+01:00' }).join('\n');
    expect(both).toMatch(/UTVALG_DEV=1 is refused/);
    expect(both).toMatch(/refused outside dev mode/);
  });

  it.each(['tomorrow', '2027-03-10T09:55:00', '2027-03-10', '2027-02-30T09:00:00+01:00', '2027-03-10T25:00:00Z'])(
    'refuses the start "%s" and says what it expects',
    (start) => {
      expect(problemsOf({ ...dev, UTVALG_CLOCK_START: start })).toEqual([
        `--clock-start (UTVALG_CLOCK_START) "${start}" is not an ISO time with an offset, e.g. 2027-03-10T09:55:00+01:00 or 2027-03-10T08:55:00Z`,
      ]);
    },
  );

  it.each(['0', '-2', 'fast', 'Infinity', '100001'])('refuses the speed "%s" and says what it expects', (speed) => {
    expect(problemsOf({ ...dev, UTVALG_CLOCK_SPEED: speed })).toEqual([
      expect.stringContaining(`--clock-speed (UTVALG_CLOCK_SPEED) "${speed}" must be a number above 0 and at most 100000`),
    ]);
  });
});

describe('loadSettings: the download link key', () => {
  const production = {
    ...storage,
    NODE_ENV: 'production',
    MicrosoftAppType: 'UserAssignedMSI',
    MicrosoftAppId: 'app',
    MicrosoftAppTenantId: 't',
    AAD_APP_CLIENT_ID: 'c',
    AAD_APP_TENANT_ID: 't',
  };
  const key = 'k'.repeat(32);

  it('is required in production, and named when missing', () => {
    expect(problemsOf(production)).toEqual([
      expect.stringMatching(/^UTVALG_DOWNLOAD_LINK_KEY \(the key that signs download links.*is required$/),
    ]);
    expect(loadSettings({ ...production, UTVALG_DOWNLOAD_LINK_KEY: key }, defaults).downloadLinkKey).toBe(key);
  });

  it('is optional in dev mode and a local run outside production (the server makes one at start)', () => {
    expect(loadSettings({ ...storage, UTVALG_DEV: '1' }, defaults).downloadLinkKey).toBeUndefined();
    expect(loadSettings({ ...production, NODE_ENV: 'development' }, defaults).downloadLinkKey).toBeUndefined();
  });

  it('refuses a key shorter than 32 characters, also in dev mode', () => {
    for (const env of [production, { ...storage, UTVALG_DEV: '1' }]) {
      expect(problemsOf({ ...env, UTVALG_DOWNLOAD_LINK_KEY: 'k'.repeat(31) })).toEqual([
        'UTVALG_DOWNLOAD_LINK_KEY must be at least 32 characters',
      ]);
    }
  });
});
