import { TableClient, TableServiceClient, type TableServiceClientOptions } from '@azure/data-tables';
import { DefaultAzureCredential, type DefaultAzureCredentialClientIdOptions } from '@azure/identity';
import { STORAGE_TIMING } from '../config/settings';
import { TABLE_KINDS, tableName, type TableKind } from './table-names';
import { storageTimeoutPolicy } from './storage-timeout-policy';

/** Where the tables are: a connection string (Azurite, or keys) or an account URL with Entra credentials. */
export type StorageSettings =
  | { kind: 'connectionString'; connectionString: string; tablePrefix: string }
  | {
      kind: 'accountUrl';
      accountUrl: string;
      tablePrefix: string;
      /** Client id of the user-assigned managed identity; without it only a system-assigned one is found. */
      managedIdentityClientId?: string;
    };

/** Hands out a client per logical table. Tests wrap it to count calls. */
export type TableClientFactory = (kind: TableKind) => TableClient;

function isLocalHttp(connectionString: string): boolean {
  return (
    /TableEndpoint=http:\/\/(127\.0\.0\.1|localhost)[:/]/i.test(connectionString) ||
    connectionString.includes('UseDevelopmentStorage=true')
  );
}

function clientOptions(settings: StorageSettings): TableServiceClientOptions {
  // Azurite speaks plain HTTP on loopback; real accounts must use HTTPS.
  const local = settings.kind === 'connectionString' && isLocalHttp(settings.connectionString);
  return {
    allowInsecureConnection: local,
    // Retries run inside the call's timeout (the policy is per call, outside the retry loop): short
    // pauses, so a hiccup is retried and an outage gives up within STORAGE_TIMING.callTimeoutMs.
    retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 },
    additionalPolicies: [{ policy: storageTimeoutPolicy(STORAGE_TIMING.callTimeoutMs), position: 'perCall' }],
  };
}

/** Options for DefaultAzureCredential: which user-assigned managed identity to use, if any. */
export function credentialOptions(settings: StorageSettings): DefaultAzureCredentialClientIdOptions {
  return settings.kind === 'accountUrl' && settings.managedIdentityClientId
    ? { managedIdentityClientId: settings.managedIdentityClientId }
    : {};
}

export function createTableClientFactory(settings: StorageSettings): TableClientFactory {
  const options = clientOptions(settings);
  const cache = new Map<TableKind, TableClient>();
  const credential = settings.kind === 'accountUrl' ? new DefaultAzureCredential(credentialOptions(settings)) : undefined;
  return (kind) => {
    let client = cache.get(kind);
    if (!client) {
      const name = tableName(settings.tablePrefix, kind);
      client =
        settings.kind === 'connectionString'
          ? TableClient.fromConnectionString(settings.connectionString, name, options)
          : new TableClient(settings.accountUrl, name, credential!, options);
      cache.set(kind, client);
    }
    return client;
  };
}

function serviceClient(settings: StorageSettings): TableServiceClient {
  const options = clientOptions(settings);
  return settings.kind === 'connectionString'
    ? TableServiceClient.fromConnectionString(settings.connectionString, options)
    : new TableServiceClient(settings.accountUrl, new DefaultAzureCredential(credentialOptions(settings)), options);
}

/** Creates every table that does not exist yet (idempotent). */
export async function ensureTables(settings: StorageSettings): Promise<void> {
  const service = serviceClient(settings);
  for (const kind of TABLE_KINDS) {
    await service.createTable(tableName(settings.tablePrefix, kind));
  }
}

/** Deletes every table of this prefix (demo reset, tests). */
export async function dropTables(settings: StorageSettings): Promise<void> {
  const service = serviceClient(settings);
  for (const kind of TABLE_KINDS) {
    await service.deleteTable(tableName(settings.tablePrefix, kind));
  }
}

/** A cheap round trip that proves the Table service answers (for /api/health). */
export async function pingStorage(factory: TableClientFactory, timeoutMs = 3000): Promise<void> {
  const pages = factory('councils')
    .listEntities({ queryOptions: { select: ['RowKey'] }, abortSignal: AbortSignal.timeout(timeoutMs) })
    .byPage({ maxPageSize: 1 });
  await pages.next();
}
