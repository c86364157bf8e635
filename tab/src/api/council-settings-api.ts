import type { CouncilSettings, CouncilSettingsView } from '../../../bot/src/domain/council-settings';
import type { ApiClient } from './api-client';
import type { SavedSettings } from '../../../bot/src/contracts/settings';

export type { SavedSettings };

/** Council settings (bot/src/http/routes/council-settings-routes.ts). */
export function councilSettingsApi(client: ApiClient) {
  const path = (councilId: string) => `/api/councils/${encodeURIComponent(councilId)}/settings`;
  return {
    get: async (councilId: string): Promise<CouncilSettingsView> =>
      (await client.request<CouncilSettingsView>('GET', path(councilId))).body,
    save: async (councilId: string, settings: CouncilSettings, etag: string): Promise<SavedSettings> =>
      (await client.request<SavedSettings>('PUT', path(councilId), { body: settings, etag })).body,
  };
}
