import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response, Server } from 'restify';
import type { ErrorBody } from './error-response';

/**
 * GET and HEAD /tab/*: the built tab (scripts/build-tab.mjs). Hashed assets
 * (`app-1A2B3C4D.js`) never change under their name, so browsers keep them a
 * year; index.html names them and is asked for again every time, so a new
 * build reaches everyone at once. The build wrote a brotli and a gzip copy
 * beside each asset; the client's Accept-Encoding picks one.
 */
export function registerTabAssets(
  server: Server,
  directory: string,
  headers: Record<string, string>,
  options: { sourceMaps: boolean },
): void {
  const serve = async (req: Request, res: Response) => {
    const file = servable(assetPath(req.path()), options.sourceMaps);
    const found = file === undefined ? undefined : await pickEncoding(directory, file, req.header('accept-encoding') ?? '');
    if (file === undefined || found === undefined) {
      res.send(404, { error: { code: 'notFound', message: 'There is nothing at this address' } } satisfies ErrorBody);
      return;
    }
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    res.setHeader('Content-Type', contentType(file));
    res.setHeader('Cache-Control', HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (found.compressible) res.setHeader('Vary', 'Accept-Encoding');
    if (found.encoding !== 'identity') res.setHeader('Content-Encoding', found.encoding);
    res.setHeader('Content-Length', found.body.length);
    // Node sends no body for HEAD by itself; the headers are those of the GET.
    res.writeHead(200);
    res.end(found.body);
  };
  server.get('/tab/*', serve);
  server.head('/tab/*', serve);
}

/** The build writes the source map for dev tools; in production it would publish the sources, so it is not there. */
function servable(file: string | undefined, sourceMaps: boolean): string | undefined {
  if (file !== undefined && !sourceMaps && file.endsWith('.map')) return undefined;
  return file;
}

/** A name with a content hash, as the build writes them: `app-1A2B3C4D.js`. */
const HASHED = /-[0-9A-F]{8}\.[a-z]+$/;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function contentType(file: string): string {
  return TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/**
 * The file under the tab folder that an address names, or undefined for one
 * that leaves the folder or asks for a compressed copy by name (those are
 * only sent as an encoding of their asset, with its type).
 */
function assetPath(urlPath: string): string | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath.replace(/^\/tab\/?/, ''));
  } catch {
    return undefined;
  }
  if (relative === '') relative = 'index.html';
  const normal = path.posix.normalize(relative);
  if (normal.startsWith('..') || path.posix.isAbsolute(normal) || normal.includes('\0')) return undefined;
  if (normal.endsWith('.br') || normal.endsWith('.gz')) return undefined;
  return normal;
}

type Encoding = 'br' | 'gzip' | 'identity';

interface Found {
  body: Buffer;
  encoding: Encoding;
  /** The build wrote compressed copies of it, so the answer depends on Accept-Encoding. */
  compressible: boolean;
}

/** Brotli before gzip before the file itself, as far as the client accepts them and the build wrote them. */
async function pickEncoding(directory: string, file: string, acceptEncoding: string): Promise<Found | undefined> {
  const full = path.join(directory, file);
  const body = await readOrUndefined(full);
  if (body === undefined) return undefined;
  const accepted = acceptedEncodings(acceptEncoding);
  let compressible = false;
  for (const [encoding, suffix] of [
    ['br', '.br'],
    ['gzip', '.gz'],
  ] as const) {
    const copy = await readOrUndefined(full + suffix);
    if (copy === undefined) continue;
    compressible = true;
    if (accepted.has(encoding)) return { body: copy, encoding, compressible };
  }
  return { body, encoding: 'identity', compressible };
}

/** The codings a client takes (`q=0` refuses one; `*` takes any not named). */
export function acceptedEncodings(header: string): ReadonlySet<'br' | 'gzip'> {
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    q.set(name, weight === undefined ? 1 : Number(weight));
  }
  const takes = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  return new Set((['br', 'gzip'] as const).filter(takes));
}

async function readOrUndefined(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}
