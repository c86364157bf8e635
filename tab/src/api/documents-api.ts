import type { DownloadLink } from '../../../bot/src/contracts/download-links';
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

/**
 * A short-lived address of a document that needs no sign-in (POST /api/download-links): inside Teams
 * the browser that opens a link carries no token. The server makes it only for a document the
 * person may read, and checks them again when it is opened.
 */
export async function signedLink(client: ApiClient, path: string): Promise<string> {
  const { body } = await client.request<DownloadLink>('POST', '/api/download-links', { body: { path } });
  return new URL(body.path, window.location.href).href;
}

/**
 * Saves a document (Word, PDF, an .ics) under the name the server gives it, through a signed link:
 * inside Teams opened by Teams (a browser on desktop and mobile downloads it), in a browser as a
 * link to download.
 */
export async function downloadDocument(client: ApiClient, path: string): Promise<void> {
  const url = await signedLink(client, path);
  if (client.openLink) {
    await client.openLink(url);
    return;
  }
  const link = document.createElement('a');
  link.href = url;
  // Empty: the name the server gives in Content-Disposition.
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * Opens the printable HTML through a signed link: inside Teams by Teams, in a
 * browser in a new window. That window is opened at once, in the click (a
 * window opened after an await is blocked as a pop-up), and shown the
 * document when the link has arrived; it is closed again if that fails.
 */
export async function openDocument(client: ApiClient, path: string): Promise<void> {
  if (client.openLink) {
    await client.openLink(await signedLink(client, path));
    return;
  }
  const win = window.open('', '_blank');
  try {
    const url = await signedLink(client, path);
    if (win) win.location.href = url;
    else window.location.href = url;
  } catch (error) {
    win?.close();
    throw error;
  }
}
