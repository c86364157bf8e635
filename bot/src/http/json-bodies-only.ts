import type { Next, Request, Response } from 'restify';

/**
 * Every body the server takes is JSON (the tab's API and Bot Framework
 * activities). Any other media type, including the form encodings a plain HTML
 * form on another site can send without a CORS preflight, is refused with 415
 * (shaped in restify-errors.ts) before restify's body parser would read it.
 */
export function jsonBodiesOnly(req: Request, _res: Response, next: Next): void {
  const hasBody = req.isChunked() || req.contentLength() > 0;
  if (hasBody && req.getContentType() !== 'application/json') return next(unsupportedMediaType());
  return next();
}

/** What restify's own parser raises for a media type it cannot read (restify-errors is not a direct dependency). */
function unsupportedMediaType(): Error {
  return Object.assign(new Error('Unsupported Media Type'), { statusCode: 415, restCode: 'UnsupportedMediaType' });
}
