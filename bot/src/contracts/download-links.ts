// Signed download links (bot/src/http/routes/download-link-routes.ts, bot/src/http/document-routes-kit.ts).

/** POST /api/download-links with `{ path }` (a document's address and query): a link that works without a token, briefly. */
export interface DownloadLink {
  /** Path on this server with the document's query and the link's own (tid, oid, exp, sig); the tab makes it absolute. */
  path: string;
  /** When the link stops working (UTC ISO). */
  expiresAt: string;
}
