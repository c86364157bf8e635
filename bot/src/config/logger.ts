/** Structured one-line JSON logs (App Service collects stdout). */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export function consoleLogger(base: Record<string, unknown> = {}): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>): void => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...base, ...fields });
    if (level === 'error') console.error(line);
    else console.log(line);
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}

/** An error for a log field: its stack where it has one. */
export function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** For tests that assert on nothing logged, or don't care. */
export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
