import type { ApiClient } from './api-client';
import type {
  AttendanceOverviewResponse,
  ClosedInputRequestResponse,
  InputRequestBody,
  InputRequestsResponse,
  SavedInputRequestResponse,
} from '../../../bot/src/contracts/inputs';

const id = encodeURIComponent;
const meetingPath = (councilId: string, meetingId: string) => `/api/councils/${id(councilId)}/meetings/${id(meetingId)}`;

/** The attendance overview and the input requests of one meeting. */
export function inputsApi(client: ApiClient) {
  return {
    attendance: async (councilId: string, meetingId: string) =>
      (await client.request<AttendanceOverviewResponse>('GET', `${meetingPath(councilId, meetingId)}/attendance`)).body,

    inputRequests: async (councilId: string, meetingId: string) =>
      (await client.request<InputRequestsResponse>('GET', `${meetingPath(councilId, meetingId)}/input-requests`)).body,

    /** `requestId` is made once per form, so a retried send stores one request and tells nobody twice. */
    create: async (councilId: string, meetingId: string, requestId: string, body: InputRequestBody) =>
      (
        await client.request<SavedInputRequestResponse>('POST', `${meetingPath(councilId, meetingId)}/input-requests`, {
          body: { id: requestId, ...body },
        })
      ).body,

    update: async (councilId: string, meetingId: string, requestId: string, body: InputRequestBody, etag: string) =>
      (
        await client.request<SavedInputRequestResponse>(
          'PUT',
          `${meetingPath(councilId, meetingId)}/input-requests/${id(requestId)}`,
          { body, etag },
        )
      ).body,

    close: async (councilId: string, meetingId: string, requestId: string, etag: string) =>
      (
        await client.request<ClosedInputRequestResponse>(
          'POST',
          `${meetingPath(councilId, meetingId)}/input-requests/${id(requestId)}/close`,
          { body: {}, etag },
        )
      ).body,
  };
}
export type InputsApi = ReturnType<typeof inputsApi>;
