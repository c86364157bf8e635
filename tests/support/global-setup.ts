import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startAzurite, type RunningAzurite } from '../../bot/src/dev/azurite';

export const AZURITE_INFO_FILE = path.join(__dirname, '..', '..', '.data', 'test-azurite.json');

declare global {
  var __UTVALG_AZURITE__: RunningAzurite | undefined;
}

/**
 * Starts one real Azurite Table service (in memory) for the run. Only the
 * projects that use storage (integration, e2e) name this set-up, so a unit run
 * starts none; when both run, the second finds the first one's.
 */
export default async function globalSetup(): Promise<void> {
  if (globalThis.__UTVALG_AZURITE__) return;
  const azurite = await startAzurite();
  globalThis.__UTVALG_AZURITE__ = azurite;
  mkdirSync(path.dirname(AZURITE_INFO_FILE), { recursive: true });
  writeFileSync(AZURITE_INFO_FILE, JSON.stringify({ connectionString: azurite.connectionString, port: azurite.port }));
}
