import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ensureTables, type StorageSettings } from '../../bot/src/storage/table-storage';
import { AZURITE_INFO_FILE } from './global-setup';

/**
 * Storage settings for one test file: the run's Azurite, with a fresh table
 * prefix so test files never see each other's rows.
 */
export async function freshTestStorage(): Promise<StorageSettings> {
  const info = JSON.parse(readFileSync(AZURITE_INFO_FILE, 'utf8')) as { connectionString: string };
  const settings: StorageSettings = {
    kind: 'connectionString',
    connectionString: info.connectionString,
    tablePrefix: `t${randomBytes(5).toString('hex')}`,
  };
  await ensureTables(settings);
  return settings;
}
