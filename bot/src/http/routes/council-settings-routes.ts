import { getCouncilSettings } from '../../app/use-cases/get-council-settings';
import { updateCouncilSettings } from '../../app/use-cases/update-council-settings';
import { settingsOf } from '../../domain/council-settings';
import { councilSettingsSchema } from '../../schemas/council-settings-bodies';
import { councilParams, handle, parseBody, parseParams, requireIfMatch, type RouteContext } from '../route-kit';
import type { CouncilSettingsView, SavedSettings } from '../../contracts/settings';

/** Council settings: members read them; secretary and chair change them (If-Match). */
export function registerCouncilSettingsRoutes(ctx: RouteContext): void {
  const path = '/api/councils/:councilId/settings';

  ctx.server.get(
    path,
    handle(ctx, async (req, principal) => {
      const { councilId } = parseParams(councilParams, req);
      return getCouncilSettings(ctx.deps, { principal, councilId }) satisfies Promise<CouncilSettingsView>;
    }),
  );

  ctx.server.put(
    path,
    handle(ctx, async (req, principal) => {
      const { councilId } = parseParams(councilParams, req);
      const etag = requireIfMatch(req);
      const body = parseBody(councilSettingsSchema, req);
      const council = await updateCouncilSettings(ctx.deps, { principal, councilId, settings: body, etag });
      return { settings: settingsOf(council.value), etag: council.etag } satisfies SavedSettings;
    }),
  );
}
