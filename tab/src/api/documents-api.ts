import type { ApiClient } from './api-client';

/** A meeting's documents, the notice and the minutes (bot/src/http/routes/document-routes.ts). */
export type MeetingDocument = 'notice' | 'minutes';
export type DocumentFormat = 'docx' | 'pdf' | 'html';

export function meetingDocumentPath(
  councilId: string,
  meetingId: string,
  document: MeetingDocument,
  format: DocumentFormat,
  publicVersion: boolean,
): string {
  const id = encodeURIComponent;
  return `/api/councils/${id(councilId)}/meetings/${id(meetingId)}/${document}.${format}${publicVersion ? '?version=public' : ''}`;
}

/** Saves a document (Word, PDF) under the name the server gave it. */
export async function downloadDocument(client: ApiClient, path: string): Promise<void> {
  const { blob, fileName } = await client.file(path);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the address is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Opens the printable HTML in a new window. The window is opened at once, in
 * the click (a window opened after an await is blocked as a pop-up), and
 * shown the document when it has arrived; it is closed again if that fails.
 */
export async function openDocument(client: ApiClient, path: string): Promise<void> {
  const win = window.open('', '_blank');
  try {
    const { blob } = await client.file(path);
    const url = URL.createObjectURL(blob);
    if (win) win.location.href = url;
    else window.location.href = url;
  } catch (error) {
    win?.close();
    throw error;
  }
}
