import { startTestApp, type RunningTestApp } from './test-app';

export interface JsonResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
  /** The body's `error`, when the call failed. */
  error?: { code: string; message: string; field?: string };
}

/**
 * Calls the tab API as a dev user (X-Utvalg-Dev-User) with JSON bodies and an
 * optional If-Match, the way the tab does.
 */
export function secretaryApi(running: () => RunningTestApp) {
  async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: { as?: string; body?: unknown; ifMatch?: string } = {},
  ): Promise<JsonResponse<T>> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (options.as !== undefined) headers['X-Utvalg-Dev-User'] = options.as;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.ifMatch !== undefined) headers['If-Match'] = options.ifMatch;
    const response = await fetch(`${running().baseUrl}${path}`, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    const body = (text === '' ? {} : JSON.parse(text)) as T & { error?: JsonResponse['error'] };
    return { status: response.status, body, error: body.error };
  }
  return {
    call,
    get: <T = Record<string, unknown>>(path: string, as?: string) => call<T>('GET', path, { as }),
  };
}

/**
 * Registers beforeAll/afterAll in the calling describe: the server
 * (startTestApp with `options`, the demo council seeded) for the whole
 * describe, and the API client for it. `running()` is the server once started.
 */
export function useSecretaryApi(options: Parameters<typeof startTestApp>[0] = {}) {
  let started: RunningTestApp | undefined;
  beforeAll(async () => {
    started = await startTestApp(options);
  });
  afterAll(() => started?.close());
  const running = (): RunningTestApp => {
    if (!started) throw new Error('the test server is not started yet (use it inside a test)');
    return started;
  };
  return { ...secretaryApi(running), running };
}
