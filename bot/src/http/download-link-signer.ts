import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Principal } from '../app/deps';
import type { Clock } from '../config/clock';
import { MIN_DOWNLOAD_LINK_KEY_LENGTH } from '../config/settings';

/**
 * The query parameters a signed link adds to a document's address. A document
 * route never reads them, and a path to sign may not already carry them.
 */
export const SIGNED_LINK_PARAMS = ['tid', 'oid', 'exp', 'sig'] as const;

/** How long a signed link works: long enough to open it, short enough that a copied link soon dies. */
export const SIGNED_LINK_TTL_SECONDS = 5 * 60;

/** A signed address: path and query (the document's own query, then tid, oid, exp, sig). */
export interface SignedLink {
  path: string;
  expiresAt: Date;
}

/** Why a link was refused: for the log only; the caller learns only "not valid". */
export type LinkRejection = 'malformed' | 'badSignature' | 'expired';

export type LinkCheck = { ok: true; principal: Principal } | { ok: false; reason: LinkRejection };

/**
 * Short-lived links to a document that carry their own authorization: an
 * HMAC-SHA256 over the method, the path, the document's query (sorted, without
 * the link's own parameters), the expiry and the identity (tenant and
 * aadObjectId) it was made for. Whoever holds the link acts as that identity
 * until it expires; the route still authorizes that identity when it is used.
 */
export class DownloadLinkSigner {
  constructor(
    private readonly key: Buffer,
    private readonly clock: Clock,
    private readonly ttlSeconds: number = SIGNED_LINK_TTL_SECONDS,
  ) {
    if (key.length < MIN_DOWNLOAD_LINK_KEY_LENGTH)
      throw new Error(`a download link key must have at least ${MIN_DOWNLOAD_LINK_KEY_LENGTH} bytes`);
  }

  /** `address` is a path with its query (`/api/…/notice.pdf?version=public`); it must not carry tid/oid/exp/sig. */
  sign(method: string, address: string, principal: Principal): SignedLink {
    const url = relativeUrl(address);
    if (url === undefined || hasLinkParams(url.searchParams)) throw new Error('not an address that can be signed');
    const exp = Math.floor(this.clock().getTime() / 1000) + this.ttlSeconds;
    const query = documentQuery(url.searchParams);
    const sig = this.mac(method, url.pathname, query, exp, principal);
    const signed = new URLSearchParams(url.searchParams);
    signed.set('tid', principal.tenantId);
    signed.set('oid', principal.aadObjectId);
    signed.set('exp', String(exp));
    signed.set('sig', sig.toString('base64url'));
    return { path: `${url.pathname}?${signed.toString()}`, expiresAt: new Date(exp * 1000) };
  }

  /** Whether a link carries any of the link parameters (then it is checked as a link, and nothing else decides). */
  static isSigned(address: string): boolean {
    const url = relativeUrl(address);
    return url !== undefined && hasLinkParams(url.searchParams);
  }

  /** Checks a request's method and address (path and query as sent). */
  verify(method: string, address: string): LinkCheck {
    const url = relativeUrl(address);
    if (url === undefined) return { ok: false, reason: 'malformed' };
    const params = url.searchParams;
    // Each exactly once: a repeated parameter could be read differently here and by the route.
    if (SIGNED_LINK_PARAMS.some((name) => params.getAll(name).length !== 1)) return { ok: false, reason: 'malformed' };
    const tenantId = params.get('tid') ?? '';
    const aadObjectId = params.get('oid') ?? '';
    const expText = params.get('exp') ?? '';
    const sigText = params.get('sig') ?? '';
    if (tenantId === '' || aadObjectId === '' || !/^\d{1,12}$/.test(expText) || !/^[A-Za-z0-9_-]{43}$/.test(sigText)) {
      return { ok: false, reason: 'malformed' };
    }
    const exp = Number(expText);
    const principal = { tenantId, aadObjectId };
    const expected = this.mac(method, url.pathname, documentQuery(params), exp, principal);
    const given = Buffer.from(sigText, 'base64url');
    // Constant time: how much of a guess matched must not show in how long the refusal takes.
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'badSignature' };
    // Checked after the signature, so an expired link is told apart (in the log) only when it was genuine.
    if (this.clock().getTime() >= exp * 1000) return { ok: false, reason: 'expired' };
    return { ok: true, principal };
  }

  private mac(method: string, pathname: string, query: string, exp: number, principal: Principal): Buffer {
    // A JSON array: no field can run into the next, whatever characters it holds.
    const message = JSON.stringify([method.toUpperCase(), pathname, query, exp, principal.tenantId, principal.aadObjectId]);
    return createHmac('sha256', this.key).update(message, 'utf8').digest();
  }
}

/** The document's own query in one order, without the link's parameters. */
function documentQuery(params: URLSearchParams): string {
  const own = new URLSearchParams([...params].filter(([name]) => !(SIGNED_LINK_PARAMS as readonly string[]).includes(name)));
  own.sort();
  return own.toString();
}

function hasLinkParams(params: URLSearchParams): boolean {
  return SIGNED_LINK_PARAMS.some((name) => params.has(name));
}

const BASE = 'http://signed.invalid';

/** A path on this server with its query; anything with another origin, or not starting with one slash, is not. */
function relativeUrl(address: string): URL | undefined {
  if (!address.startsWith('/') || address.startsWith('//') || address.includes('\\')) return undefined;
  try {
    const url = new URL(address, BASE);
    return url.origin === BASE && url.hash === '' ? url : undefined;
  } catch {
    return undefined;
  }
}
