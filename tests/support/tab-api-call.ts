/** One call of the tab's JSON API in dev mode, as a given demo member (X-Utvalg-Dev-User). */
export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

export async function tabApiCall<T = unknown>(
  baseUrl: string,
  method: string,
  path: string,
  options: { as?: string; body?: unknown; etag?: string } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.as) headers['X-Utvalg-Dev-User'] = options.as;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.etag !== undefined) headers['If-Match'] = options.etag;
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers,
    ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}
