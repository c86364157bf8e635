import type { ApiClient } from './api-client';
import type { AgendaItemInput, AgendaReply } from '../../../bot/src/contracts/agenda';

const id = encodeURIComponent;

/** The agenda builder's calls. Every change answers with the whole agenda and its new ETags. */
export function agendaApi(client: ApiClient, councilId: string, meetingId: string) {
  const base = `/api/councils/${id(councilId)}/meetings/${id(meetingId)}/agenda`;
  const body = async (call: Promise<{ body: AgendaReply }>) => (await call).body;
  return {
    load: () => body(client.request<AgendaReply>('GET', base)),
    add: (itemId: string, fields: AgendaItemInput) =>
      body(client.request<AgendaReply>('POST', `${base}/items`, { body: { id: itemId, ...fields } })),
    update: (itemId: string, etag: string, fields: AgendaItemInput) =>
      body(client.request<AgendaReply>('PUT', `${base}/items/${id(itemId)}`, { body: fields, etag })),
    remove: (itemId: string, etag: string) =>
      body(client.request<AgendaReply>('POST', `${base}/items/${id(itemId)}/remove`, { body: {}, etag })),
    reorder: (items: { id: string; etag: string }[]) =>
      body(client.request<AgendaReply>('PUT', `${base}/order`, { body: { items } })),
    addStandardItems: () => body(client.request<AgendaReply>('POST', `${base}/standard-items`, { body: {} })),
    addPostponed: (itemId: string, fromItemId: string, fromMeetingId: string) =>
      body(client.request<AgendaReply>('POST', `${base}/postponed-items`, { body: { id: itemId, fromItemId, fromMeetingId } })),
    /** Drops an offered postponed item (with its ETag at its own meeting), so no agenda offers it again. */
    dropPostponed: (fromMeetingId: string, fromItemId: string, etag: string, reason: string) =>
      body(
        client.request<AgendaReply>('POST', `${base}/postponed-items/${id(fromMeetingId)}/${id(fromItemId)}/dropped`, {
          body: { reason },
          etag,
        }),
      ),
    markPostponed: (itemId: string, etag: string, postponed: boolean) =>
      body(client.request<AgendaReply>('PUT', `${base}/items/${id(itemId)}/postponed`, { body: { postponed }, etag })),
  };
}
export type AgendaApi = ReturnType<typeof agendaApi>;
