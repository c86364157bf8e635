import type { Meeting } from '../../../bot/src/domain/meeting';
import type { LocalSchedule } from '../../../bot/src/domain/meeting-schedule';
import type { ApiClient } from './api-client';
import type { SavedMeeting } from '../../../bot/src/contracts/meetings';

export type { SavedMeeting };

/** What the meeting form sends: wall-clock times in the council's zone, and where. */
export interface MeetingFormValues extends Required<LocalSchedule> {
  place?: string;
  onlineLink?: string;
}

const id = encodeURIComponent;

/** Planning meetings (bot/src/http/routes/meeting-routes.ts); the list itself is ApiClient.meetings. */
export function meetingsApi(client: ApiClient) {
  const base = (councilId: string) => `/api/councils/${id(councilId)}/meetings`;
  return {
    list: async (councilId: string): Promise<Meeting[]> => (await client.meetings(councilId)).meetings,
    get: async (councilId: string, meetingId: string): Promise<SavedMeeting> =>
      (await client.request<SavedMeeting>('GET', `${base(councilId)}/${id(meetingId)}`)).body,
    /** `requestId` is made once per form, so a repeated send creates one meeting. */
    create: async (councilId: string, values: MeetingFormValues, requestId: string): Promise<SavedMeeting> =>
      (await client.request<SavedMeeting>('POST', base(councilId), { body: { ...values, requestId } })).body,
    update: async (councilId: string, meetingId: string, values: MeetingFormValues, etag: string): Promise<SavedMeeting> =>
      (await client.request<SavedMeeting>('PUT', `${base(councilId)}/${id(meetingId)}`, { body: values, etag })).body,
    cancel: async (councilId: string, meetingId: string, reason: string, etag: string): Promise<SavedMeeting> =>
      (await client.request<SavedMeeting>('POST', `${base(councilId)}/${id(meetingId)}/cancel`, { body: { reason }, etag })).body,
  };
}
