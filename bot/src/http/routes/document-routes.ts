import { z } from 'zod';
import { loadNoticeDocument } from '../../app/use-cases/load-notice-document';
import { CONTENT_TYPES, DOCUMENT_FORMATS, renderDocument } from '../../documents/render/render-document';
import { LANGUAGES } from '../../domain/language';
import { file, getDocument, meetingParams, parseParams, parseQuery, type RouteContext } from '../route-kit';

/** Other query parameters (the dev identity's ?devUser=, a signed link's) pass; these two are checked. */
const documentQuery = z.object({
  version: z.enum(['full', 'public']).default('full'),
  lang: z.enum(LANGUAGES).optional(),
});

/** The printable HTML runs nothing and loads nothing: its styles are inline, it has no script. */
const HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The notice as Word, PDF or printable HTML, full or `?version=public`, for
 * active members of the council (as the package view). The HTML opens in the
 * browser (the tab's "Skriv ut"); Word and PDF download. As document routes
 * (getDocument) they are also reachable by a signed download link.
 */
export function registerDocumentRoutes(ctx: RouteContext): void {
  for (const format of DOCUMENT_FORMATS) {
    getDocument(ctx, `/api/councils/:councilId/meetings/:meetingId/notice.${format}`, async (req, principal) => {
      const { councilId, meetingId } = parseParams(meetingParams, req);
      const { version, lang } = parseQuery(documentQuery, req);
      const doc = await loadNoticeDocument(ctx.deps, { principal, councilId, meetingId, version, language: lang });
      return file({
        contentType: CONTENT_TYPES[format],
        fileName: `${doc.fileName}.${format}`,
        body: () => renderDocument(doc, format),
        inline: format === 'html',
        ...(format === 'html' && { headers: { 'Content-Security-Policy': HTML_POLICY } }),
      });
    });
  }
}
