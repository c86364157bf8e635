import { SsoSignInFailed } from '../teams/sso-token';
import { readProblem, type Problem } from '../../../bot/src/domain/problem';
import type { MeResponse, MeetingsResponse } from '../../../bot/src/contracts/me';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';

/** The headers the dev-mode server reads to act as a demo member (in their tenant); ignored outside dev mode. */
export const DEV_USER_HEADER = 'X-Utvalg-Dev-User';
export const DEV_TENANT_HEADER = 'X-Utvalg-Dev-Tenant';

/** A failed API call. `status` 0 means the server could not be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** For `invalidValue`: what is wrong with `field`; translate it with tab/src/texts/problem-text.ts. */
    readonly problem?: Problem,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClientOptions {
  /** Origin prefix; empty for the same origin. */
  baseUrl?: string;
  /** Inside Teams: the SSO token sent as a bearer token; a failure (SsoSignInFailed) becomes a 401 ApiError with its code. */
  getAuthToken?: () => Promise<string>;
  /** Outside Teams in dev mode: the demo member to act as. */
  devUserId?: string;
  /** Their tenant; absent: the demo tenant. */
  devTenantId?: string;
  /** Inside Teams: opens a web address through Teams (teams-js `app.openLink`), which hands it to a browser. */
  openLink?: (url: string) => Promise<void>;
}

/** A JSON response with the ETag the server sent (for the next update's If-Match). */
export interface Tagged<T> {
  body: T;
  etag?: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiClient {
  /**
   * Any call of the tab API; area clients (tab/src/api/*-api.ts) build on it.
   * `etag` is sent as If-Match: the server refuses updates without one, and a
   * 412 (someone else changed it) arrives as ApiError code "concurrentEdit".
   */
  request<T>(method: HttpMethod, path: string, options?: { body?: unknown; etag?: string }): Promise<Tagged<T>>;
  me(): Promise<MeResponse>;
  meetings(councilId: string): Promise<MeetingsResponse>;
  meetingPackage(councilId: string, meetingId: string): Promise<MeetingPackage>;
  /**
   * Inside Teams: how to open a web address (teams-js `app.openLink`: a browser on desktop and mobile, a
   * new browser tab on the web). Absent outside Teams, where the tab is a page of its own.
   */
  openLink?: (url: string) => Promise<void>;
}

/** A refusal as it may arrive: for `invalidValue`, `field` + `problem` + `params` (bot/src/domain/problem.ts); `message` is English for logs. Read, not trusted: `problem` goes through readProblem. */
interface ApiErrorBody {
  error: { code: string; message: string; field?: string; problem?: unknown; params?: unknown };
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
        // Teams gave no token (no consent, cancelled, misconfigured app): a 401 whose code says which.
        const code = error instanceof SsoSignInFailed ? error.code : 'ssoFailed';
        throw new ApiError(401, code, `Teams SSO failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      result.Authorization = `Bearer ${token}`;
    } else if (options.devUserId) {
      result[DEV_USER_HEADER] = options.devUserId;
      if (options.devTenantId) result[DEV_TENANT_HEADER] = options.devTenantId;
    }
    return result;
  }

  // The server parses its inputs; the tab trusts the documented response shapes.
  async function request<T>(
    method: HttpMethod,
    path: string,
    { body, etag }: { body?: unknown; etag?: string } = {},
  ): Promise<Tagged<T>> {
    const requestHeaders = await headers();
    if (body !== undefined) requestHeaders['Content-Type'] = 'application/json';
    if (etag !== undefined) requestHeaders['If-Match'] = etag;
    const init: RequestInit = {
      method,
      headers: requestHeaders,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    };
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${path}`, init);
    } catch (error) {
      throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
    }
    const parsed = await readJson(response);
    if (!response.ok) {
      if (isErrorBody(parsed)) {
        const { code, message, field, problem, params } = parsed.error;
        throw new ApiError(response.status, code, message, field, readProblem(problem, params));
      }
      throw new ApiError(response.status, `http${response.status}`, response.statusText || `HTTP ${response.status}`);
    }
    if (parsed === undefined) throw new ApiError(response.status, 'badResponse', `Expected JSON from ${path}`);
    return { body: parsed as T, etag: response.headers.get('ETag') ?? undefined };
  }
  const get = async <T>(path: string): Promise<T> => (await request<T>('GET', path)).body;

  const id = encodeURIComponent;
  return {
    request,
    me: () => get<MeResponse>('/api/me'),
    meetings: (councilId) => get<MeetingsResponse>(`/api/councils/${id(councilId)}/meetings`),
    meetingPackage: (councilId, meetingId) =>
      get<MeetingPackage>(`/api/councils/${id(councilId)}/meetings/${id(meetingId)}/package`),
    ...(options.openLink ? { openLink: options.openLink } : {}),
  };
}
