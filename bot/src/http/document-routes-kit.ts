import type { Request } from 'restify';
import type { Principal } from '../app/deps';
import type { Logger } from '../config/logger';
import { InvalidValue, Unauthenticated } from '../domain/errors';
import type { Authenticator } from './authenticator';
import { DownloadLinkSigner, SIGNED_LINK_PARAMS, type SignedLink } from './download-link-signer';
import type { FileAnswer, RequestParts } from './route-kit';

/** A document route's work: from its path parameters and query, for a principal, a file (its bytes made lazily). */
export type DocumentWork = (req: RequestParts, principal: Principal) => Promise<FileAnswer>;

interface DocumentRoute {
  template: string;
  pattern: RegExp;
  names: string[];
  work: DocumentWork;
}

/** What every refused link answers: one reason for all, so a refusal tells a guesser nothing (the log says which). */
const LINK_REFUSED = 'the download link is not valid (it may have expired)';

/**
 * The routes that answer with a document (the notice and minutes as Word, PDF
 * and HTML; the .ics calendars), and the signed links to them. Inside Teams a
 * plain link carries no token, so the tab asks for a short-lived link made for
 * the person (`link`), and a GET of a document route with a link's parameters
 * acts as that person (`authenticate`). The link only says who is asking: the
 * route authorizes them at GET time as for any call.
 */
export class DocumentRoutes {
  private readonly routes: DocumentRoute[] = [];

  constructor(
    private readonly signer: DownloadLinkSigner,
    private readonly auth: Authenticator,
    private readonly log: Logger,
  ) {}

  /** Registers a document route's path (restify style, `:name` parameters) so links to it can be made. */
  add(template: string, work: DocumentWork): void {
    const names: string[] = [];
    const source = template
      .split(/(:[A-Za-z]\w*)/)
      .map((part) => {
        if (!part.startsWith(':')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(part.slice(1));
        return '([^/]+)';
      })
      .join('');
    this.routes.push({ template, pattern: new RegExp(`^${source}$`), names, work });
  }

  /** The person a document request is for: a signed link's, when it carries one, else the sign-in's. */
  authenticate(req: Request): Promise<Principal> {
    const address = req.url ?? '';
    if (!DownloadLinkSigner.isSigned(address)) return this.auth.authenticate(req);
    const check = this.signer.verify(req.method ?? 'GET', address);
    if (check.ok) return Promise.resolve(check.principal);
    this.log.warn('download link refused', { reason: check.reason, path: req.path() });
    return Promise.reject(new Unauthenticated(LINK_REFUSED));
  }

  /**
   * A link to `address` (a document route's path and query) for `principal`,
   * made only if they may read that document now: the route's own work runs
   * for them (authorization and input checks, not the rendering), and its
   * refusal (400, 403, 404) is the answer.
   */
  async link(address: string, principal: Principal): Promise<SignedLink> {
    const target = this.match(address);
    if (target === undefined) {
      throw new InvalidValue('path', { problem: 'invalid' }, 'not the address of a document on this server');
    }
    await target.route.work(target.parts, principal);
    return this.signer.sign('GET', address, principal);
  }

  private match(address: string): { route: DocumentRoute; parts: RequestParts } | undefined {
    if (!address.startsWith('/') || address.startsWith('//') || DownloadLinkSigner.isSigned(address)) return undefined;
    let url: URL;
    try {
      url = new URL(address, 'http://document.invalid');
    } catch {
      return undefined;
    }
    if (url.origin !== 'http://document.invalid' || url.hash !== '') return undefined;
    for (const route of this.routes) {
      const found = route.pattern.exec(url.pathname);
      if (!found) continue;
      const params = decodedParams(route.names, found.slice(1));
      if (params === undefined) return undefined;
      return { route, parts: { params, query: queryObject(url.searchParams) } };
    }
    return undefined;
  }
}

/** Path parameters decoded as restify decodes them; a malformed escape is no address of ours. */
function decodedParams(names: string[], values: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  try {
    names.forEach((name, i) => (params[name] = decodeURIComponent(values[i] ?? '')));
  } catch {
    return undefined;
  }
  return params;
}

/** The query as restify's parser gives it to a route: a repeated name becomes a list (which the schemas refuse). */
function queryObject(search: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(search.keys())) {
    if ((SIGNED_LINK_PARAMS as readonly string[]).includes(name)) continue;
    const all = search.getAll(name);
    query[name] = all.length === 1 ? all[0]! : all;
  }
  return query;
}
