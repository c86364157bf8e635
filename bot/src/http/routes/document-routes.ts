import { z } from 'zod';
import type { AppDeps, Principal } from '../../app/deps';
import { loadMinutesDocument } from '../../app/use-cases/load-minutes-document';
import { loadNoticeDocument } from '../../app/use-cases/load-notice-document';
import type { DocumentModel, DocumentVersion } from '../../documents/model/document-model';
import { CONTENT_TYPES, DOCUMENT_FORMATS, renderDocument, type DocumentFormat } from '../../documents/render/render-document';
import { LANGUAGES, type Language } from '../../domain/language';
import { file, getDocument, meetingParams, parseParams, parseQuery, type RequestParts, type RouteContext } from '../route-kit';

/** Other query parameters (the dev identity's ?devUser=, a signed link's) pass; these two are checked. */
const documentQuery = z.object({
  version: z.enum(['full', 'public']).default('full'),
  lang: z.enum(LANGUAGES).optional(),
});

/** The printable HTML runs nothing and loads nothing: its styles are inline, it has no script. */
const HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

type DocumentLoader = (
  deps: AppDeps,
  input: { principal: Principal; councilId: string; meetingId: string; version: DocumentVersion; language?: Language },
) => Promise<DocumentModel>;

/** A meeting's documents by the name in their address; each use case decides who may read it. */
const MEETING_DOCUMENTS: Record<'notice' | 'minutes', DocumentLoader> = {
  notice: loadNoticeDocument,
  minutes: loadMinutesDocument,
};

/**
 * The notice and the minutes as Word, PDF or printable HTML, full or
 * `?version=public`: `…/meetings/:meetingId/notice.pdf`, `…/minutes.docx`.
 * The notice for active members of the council (as the package view), the
 * minutes as the minutes view lets the reader see them. The HTML opens in
 * the browser (the tab's "Skriv ut"); Word and PDF download. As document
 * routes (getDocument) they are also reachable by a signed download link.
 */
export function registerDocumentRoutes(ctx: RouteContext): void {
  for (const [name, load] of Object.entries(MEETING_DOCUMENTS)) {
    for (const format of DOCUMENT_FORMATS) {
      getDocument(ctx, `/api/councils/:councilId/meetings/:meetingId/${name}.${format}`, (req, principal) =>
        documentFile(ctx, load, format, req, principal),
      );
    }
  }
}

async function documentFile(
  ctx: RouteContext,
  load: DocumentLoader,
  format: DocumentFormat,
  req: RequestParts,
  principal: Principal,
) {
  const { councilId, meetingId } = parseParams(meetingParams, req);
  const { version, lang } = parseQuery(documentQuery, req);
  const doc = await load(ctx.deps, { principal, councilId, meetingId, version, ...(lang !== undefined && { language: lang }) });
  return file({
    contentType: CONTENT_TYPES[format],
    fileName: `${doc.fileName}.${format}`,
    // Rendered only when the file is sent: making a signed link runs the checks above, not the renderer.
    body: () => renderDocument(doc, format),
    inline: format === 'html',
    ...(format === 'html' && { headers: { 'Content-Security-Policy': HTML_POLICY } }),
  });
}
