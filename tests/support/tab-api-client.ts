import { DEV_USER_HEADER } from '../../tab/src/api/api-client';

export interface ApiReply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  /** The demo member to act as (dev mode). */
  as?: string;
  body?: unknown;
  /** Sent as If-Match. */
  etag?: string;
}

/** Calls the tab API over real HTTP as a dev-mode demo member and returns status and JSON. */
export function tabApi(baseUrl: () => string) {
  return async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<ApiReply<T>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.as) headers[DEV_USER_HEADER] = options.as;
    if (options.etag !== undefined) headers['If-Match'] = options.etag;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      headers,
      ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T, headers: response.headers };
  };
}
