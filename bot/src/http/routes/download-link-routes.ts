import { z } from 'zod';
import type { DownloadLink } from '../../contracts/download-links';
import { handle, parseBody, type RouteContext } from '../route-kit';

/** A document's address with its query; longer than any of ours is not one. */
const linkRequest = z.object({ path: z.string().min(1).max(1000) }).strict();

/**
 * Signed download links: for a signed-in person (or the dev identity), a short-lived link to a
 * document they may read now. The document route's own work decides that (document-routes-kit.ts).
 */
export function registerDownloadLinkRoutes(ctx: RouteContext): void {
  ctx.server.post(
    '/api/download-links',
    handle(ctx, async (req, principal) => {
      const { path } = parseBody(linkRequest, req);
      const link = await ctx.documents.link(path, principal);
      return { path: link.path, expiresAt: link.expiresAt.toISOString() } satisfies DownloadLink;
    }),
  );
}
