import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { AppDeps, Principal } from '../app/deps';
import type { Logger } from '../config/logger';
import { STORAGE_TIMING } from '../config/settings';
import { withStorageBudget } from '../config/storage-budget';
import { InvalidValue } from '../domain/errors';
import { idSchema } from '../schemas/domain-schemas';
import { etagSchema } from '../schemas/etag';
import { invalidValueOf } from '../schemas/field-problems';
import type { Authenticator } from './authenticator';
import type { DocumentRoutes, DocumentWork } from './document-routes-kit';
import { sendError } from './error-response';

/** What every route file gets: the server to register on and the app's parts. */
export interface RouteContext {
  server: Server;
  deps: AppDeps;
  auth: Authenticator;
  log: Logger;
  /** The document routes and their signed download links (document-routes-kit.ts). */
  documents: DocumentRoutes;
}

/** What a route reads of a request besides its headers: path parameters and query (a signed link's check makes them too). */
export interface RequestParts {
  params?: unknown;
  query?: unknown;
}

/** A route's answer: a body (200), or a status and a body; an `etag` is also sent as the ETag header. */
export type RouteResult = unknown;
export interface RouteAnswer {
  status: number;
  body: unknown;
}

/** Wraps route work: no caching, domain errors mapped once, nothing internal leaked. */
export function handle(ctx: RouteContext, work: (req: Request, principal: Principal) => Promise<RouteResult>) {
  return respond(ctx, async (req) => work(req, await ctx.auth.authenticate(req)));
}

/**
 * As `handle`, for the one kind of route no sign-in reaches: what the path
 * holds (a feed's secret) is the whole authorization, checked by the work.
 */
export function handleWithoutSignIn(ctx: RouteContext, work: (req: Request) => Promise<RouteResult>) {
  return respond(ctx, work);
}

/**
 * A route that answers with a document (a notice, minutes, an .ics): as
 * `handle`, and also reachable by a signed download link (document-routes-kit.ts),
 * so the same authorization decides whether a link to it may be made.
 */
export function getDocument(ctx: RouteContext, template: string, work: DocumentWork): void {
  ctx.documents.add(template, work);
  ctx.server.get(
    template,
    respond(ctx, async (req) => work(req, await ctx.documents.authenticate(req))),
  );
}

function respond(ctx: RouteContext, work: (req: Request) => Promise<RouteResult>) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      res.header('Cache-Control', 'no-store');
      // Everything the route does waits on storage for at most this long in all (settings.ts says why).
      const result = await withStorageBudget(STORAGE_TIMING.requestBudgetMs, () => work(req));
      if (isFile(result)) sendFile(res, result, typeof result.body === 'function' ? await result.body() : result.body);
      else if (isAnswer(result)) res.send(result.status, result.body);
      else res.send(200, result);
    } catch (error) {
      sendError(res, error, ctx.log);
    }
  };
}

/** An .ics file, sent as text/calendar to download. */
export function calendarFile(ics: { fileName: string; text: string }): FileAnswer & { [FILE]: true } {
  return file({ contentType: 'text/calendar; charset=utf-8', fileName: ics.fileName, body: ics.text });
}

/** Marks a result with a status other than 200 (e.g. 201 for a create). */
export function answer(status: number, body: unknown): RouteAnswer & { [ANSWER]: true } {
  return { status, body, [ANSWER]: true };
}
const ANSWER = Symbol('route answer');
function isAnswer(value: unknown): value is RouteAnswer {
  return typeof value === 'object' && value !== null && ANSWER in value;
}

/** A document to download (or, `inline`, to open in the browser), with its file name. */
export interface FileAnswer {
  contentType: string;
  fileName: string;
  /** The bytes, or how to make them: a signed link's check runs the route's work without making them. */
  body: Buffer | string | (() => Promise<Buffer | string>);
  inline?: boolean;
  /** Extra headers, e.g. a Content-Security-Policy for an HTML document. */
  headers?: Record<string, string>;
}
const FILE = Symbol('file answer');

/** Marks a result as a file: sent as its bytes with Content-Type and Content-Disposition, not as JSON. */
export function file(answer: FileAnswer): FileAnswer & { [FILE]: true } {
  return { ...answer, [FILE]: true };
}
function isFile(value: unknown): value is FileAnswer {
  return typeof value === 'object' && value !== null && FILE in value;
}

function sendFile(res: Response, answer: FileAnswer, content: Buffer | string): void {
  const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  // The names are ASCII (innkalling-2027-01-13.pdf); filename* says so in UTF-8 for any later name that is not.
  const ascii = answer.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  res.writeHead(200, {
    'Content-Type': answer.contentType,
    'Content-Length': String(body.length),
    'Content-Disposition': `${answer.inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(answer.fileName)}`,
    'X-Content-Type-Options': 'nosniff',
    ...answer.headers,
  });
  res.end(body);
}

const firstProblem = invalidValueOf;

/** Path parameters, parsed; a bad one is an InvalidValue naming it (400). */
export function parseParams<T extends z.ZodRawShape>(shape: T, req: RequestParts): z.infer<z.ZodObject<T>> {
  const parsed = z.object(shape).safeParse(req.params);
  if (!parsed.success) throw firstProblem(parsed.error, 'path');
  return parsed.data;
}

/** The common `:councilId` and `:meetingId` parameters. */
export const councilParams = { councilId: idSchema };
export const meetingParams = { councilId: idSchema, meetingId: idSchema };

/** The JSON body, parsed with a schema; unknown or missing fields are an InvalidValue naming the field (400). */
export function parseBody<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  const parsed = schema.safeParse(req.body ?? {});
  if (!parsed.success) throw firstProblem(parsed.error, 'body');
  return parsed.data;
}

/** The query string, parsed with a schema. */
export function parseQuery<S extends z.ZodType>(schema: S, req: RequestParts): z.infer<S> {
  const parsed = schema.safeParse(req.query ?? {});
  if (!parsed.success) throw firstProblem(parsed.error, 'query');
  return parsed.data;
}

/**
 * The ETag the client read, from `If-Match`. Every update requires one: an
 * update without it could silently overwrite someone else's change. It must
 * be one the server gave out (schemas/etag.ts): `*`, lists and junk are
 * refused here (400) for every route alike; a well-formed one that is no
 * longer current is refused by the update itself (412).
 */
export function requireIfMatch(req: Request): string {
  const header = req.header('if-match');
  if (header === undefined || header.trim() === '')
    throw new InvalidValue('If-Match', { problem: 'ifMatchRequired' }, 'send the ETag you read; updates without it are refused');
  const parsed = etagSchema.safeParse(header);
  if (!parsed.success)
    throw new InvalidValue('If-Match', { problem: 'ifMatchMalformed' }, 'send the ETag exactly as you read it; `*` is refused');
  return parsed.data;
}
