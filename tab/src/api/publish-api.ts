import type { ApiClient } from './api-client';
import type { ChannelPostResponse, NoticeResponse, PublicationStatus } from '../../../bot/src/contracts/publishing';

const meetingPath = (councilId: string, meetingId: string) =>
  `/api/councils/${encodeURIComponent(councilId)}/meetings/${encodeURIComponent(meetingId)}`;

/** Publishing a meeting: every action sends the meeting's ETag (If-Match) from the status it was decided on. */
export function publishApi(client: ApiClient) {
  return {
    status: async (councilId: string, meetingId: string) =>
      (await client.request<PublicationStatus>('GET', `${meetingPath(councilId, meetingId)}/publication`)).body,
    publishNotice: async (councilId: string, meetingId: string, etag: string) =>
      (await client.request<NoticeResponse>('POST', `${meetingPath(councilId, meetingId)}/notice`, { etag })).body,
    publishChanges: async (councilId: string, meetingId: string, etag: string) =>
      (await client.request<ChannelPostResponse>('POST', `${meetingPath(councilId, meetingId)}/agenda-changes`, { etag })).body,
    retryChannelPost: async (councilId: string, meetingId: string, etag: string) =>
      (await client.request<ChannelPostResponse>('POST', `${meetingPath(councilId, meetingId)}/channel-post`, { etag })).body,
  };
}
export type PublishApi = ReturnType<typeof publishApi>;
