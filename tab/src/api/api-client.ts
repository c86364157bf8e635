import type { ApiErrorBody, MeResponse, MeetingPackage, MeetingsResponse } from './api-types';

/** The header the dev-mode server reads to act as a demo member; ignored outside dev mode. */
export const DEV_USER_HEADER = 'X-Utvalg-Dev-User';

/** A failed API call. `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClientOptions {
  /** Origin prefix; empty for the same origin. */
  baseUrl?: string;
  /** Inside Teams: the SSO token sent as a bearer token. */
  getAuthToken?: () => Promise<string>;
  /** Outside Teams in dev mode: the demo member to act as. */
  devUserId?: string;
}

export interface ApiClient {
  me(): Promise<MeResponse>;
  meetings(councilId: string): Promise<MeetingsResponse>;
  meetingPackage(councilId: string, meetingId: string): Promise<MeetingPackage>;
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error: unknown = body.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';

  async function headers(): Promise<Record<string, string>> {
    const result: Record<string, string> = { Accept: 'application/json' };
    if (options.getAuthToken) {
      let token: string;
      try {
        token = await options.getAuthToken();
      } catch (error) {
        throw new ApiError(401, 'unauthenticated', `Teams SSO failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      result.Authorization = `Bearer ${token}`;
    } else if (options.devUserId) {
      result[DEV_USER_HEADER] = options.devUserId;
    }
    return result;
  }

  // The server parses its inputs; the tab trusts the documented response shapes.
  async function get<T>(path: string): Promise<T> {
    const init: RequestInit = { headers: await headers(), credentials: 'same-origin' };
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, init);
    } catch (error) {
      throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
    }
    const body = await readJson(response);
    if (!response.ok) {
      if (isErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message, body.error.field);
      throw new ApiError(response.status, `http${response.status}`, response.statusText || `HTTP ${response.status}`);
    }
    if (body === undefined) throw new ApiError(response.status, 'badResponse', `Expected JSON from ${path}`);
    return body as T;
  }

  const id = encodeURIComponent;
  return {
    me: () => get<MeResponse>('/api/me'),
    meetings: (councilId) => get<MeetingsResponse>(`/api/councils/${id(councilId)}/meetings`),
    meetingPackage: (councilId, meetingId) =>
      get<MeetingPackage>(`/api/councils/${id(councilId)}/meetings/${id(meetingId)}/package`),
  };
}
