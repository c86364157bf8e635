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
