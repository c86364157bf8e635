// Council settings (bot/src/http/routes/council-settings-routes.ts).
import type { CouncilSettings, CouncilSettingsView } from '../domain/council-settings';

export type { CouncilSettingsView };

/** The settings as saved, with the ETag the next save must send. */
export interface SavedSettings {
  settings: CouncilSettings;
  etag: string;
}
