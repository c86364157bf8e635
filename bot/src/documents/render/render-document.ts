import type { DocumentModel } from '../model/document-model';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { renderPdf } from './render-pdf';

export const DOCUMENT_FORMATS = ['docx', 'pdf', 'html'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
};

/** One model, three renderers: the only place that chooses between them. */
export async function renderDocument(doc: DocumentModel, format: DocumentFormat): Promise<Buffer | string> {
  switch (format) {
    case 'docx':
      return renderDocx(doc);
    case 'pdf':
      return renderPdf(doc);
    case 'html':
      return renderHtml(doc);
  }
}
