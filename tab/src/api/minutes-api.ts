import type { ApiClient } from './api-client';
import type { SavedMeeting } from '../../../bot/src/contracts/meetings';
import type { MinutesReply } from '../../../bot/src/contracts/minutes';
import type { FollowUpInput, FollowUpReply } from '../../../bot/src/contracts/follow-ups';
import type { ActualAttendance, AmendableField, MinutesItem } from '../../../bot/src/domain/minutes';

const meetingPath = (councilId: string, meetingId: string) =>
  `/api/councils/${encodeURIComponent(councilId)}/meetings/${encodeURIComponent(meetingId)}`;

export type MinutesItemFields = Pick<MinutesItem, 'notes' | 'qa' | 'decision' | 'notReached'>;
/** One person's actual attendance as the secretary corrects it (what they had answered is the server's). */
export type AttendanceCorrection = Omit<ActualAttendance, 'answered'>;
export interface AmendmentFields {
  field: AmendableField;
  after: string;
  reason: string;
}

/** Holding the meeting and writing its minutes; every change sends the ETag it was read with. */
export function minutesApi(client: ApiClient, councilId: string) {
  const at = (meetingId: string, rest = '') => `${meetingPath(councilId, meetingId)}${rest}`;
  return {
    load: async (meetingId: string) => (await client.request<MinutesReply>('GET', at(meetingId, '/minutes'))).body,
    hold: async (meetingId: string, etag: string, noticeSentElsewhere: boolean) =>
      (await client.request<SavedMeeting>('POST', at(meetingId, '/hold'), { etag, body: { noticeSentElsewhere } })).body,
    correctAttendance: async (meetingId: string, etag: string, corrections: AttendanceCorrection[]) =>
      (await client.request<MinutesReply>('PUT', at(meetingId, '/minutes/attendance'), { etag, body: { corrections } })).body,
    nameMinuteTaker: async (meetingId: string, etag: string, minuteTakerId: string | null) =>
      (await client.request<MinutesReply>('PUT', at(meetingId, '/minutes/minute-taker'), { etag, body: { minuteTakerId } })).body,
    saveItem: async (meetingId: string, itemId: string, etag: string, fields: MinutesItemFields) =>
      (
        await client.request<MinutesReply>('PUT', at(meetingId, `/minutes/items/${encodeURIComponent(itemId)}`), {
          etag,
          body: fields,
        })
      ).body,
    sendForApproval: async (meetingId: string, etag: string) =>
      (await client.request<MinutesReply>('POST', at(meetingId, '/minutes/send-for-approval'), { etag, body: {} })).body,
    approve: async (meetingId: string, etag: string, corrections: string) =>
      (
        await client.request<MinutesReply>('POST', at(meetingId, '/minutes/approve'), {
          etag,
          body: corrections.trim() === '' ? {} : { corrections },
        })
      ).body,
    amend: async (meetingId: string, itemId: string, etag: string, fields: AmendmentFields) =>
      (
        await client.request<MinutesReply>('POST', at(meetingId, `/minutes/items/${encodeURIComponent(itemId)}/amend`), {
          etag,
          body: fields,
        })
      ).body,
    addFollowUp: async (meetingId: string, input: FollowUpInput) =>
      (await client.request<FollowUpReply>('POST', at(meetingId, '/follow-ups'), { body: input })).body,
    markFollowUpDone: async (followUpId: string, etag: string, note: string) =>
      (
        await client.request<FollowUpReply>(
          'POST',
          `/api/councils/${encodeURIComponent(councilId)}/follow-ups/${encodeURIComponent(followUpId)}/done`,
          { etag, body: { note } },
        )
      ).body,
  };
}
export type MinutesApi = ReturnType<typeof minutesApi>;
