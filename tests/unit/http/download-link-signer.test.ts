import { createHmac } from 'node:crypto';
import { DownloadLinkSigner, SIGNED_LINK_TTL_SECONDS } from '../../../bot/src/http/download-link-signer';

const KEY = Buffer.from('k'.repeat(40), 'utf8');
const PERSON = { tenantId: 'tenant-1', aadObjectId: 'person-1' };
const PDF = '/api/councils/c-1/meetings/m-1/notice.pdf';

describe('signed download links', () => {
  let now = new Date('2027-03-10T09:00:00Z');
  const clock = () => now;
  const signer = new DownloadLinkSigner(KEY, clock);
  beforeEach(() => {
    now = new Date('2027-03-10T09:00:00Z');
  });

  const replace = (path: string, name: string, value: string): string => {
    const url = new URL(path, 'http://x');
    url.searchParams.set(name, value);
    return `${url.pathname}${url.search}`;
  };

  it('keeps the document query, adds who and until when, and checks as that person', () => {
    const link = signer.sign('GET', `${PDF}?version=public`, PERSON);
    const url = new URL(link.path, 'http://x');
    expect(url.pathname).toBe(PDF);
    expect(url.searchParams.get('version')).toBe('public');
    expect(url.searchParams.get('tid')).toBe('tenant-1');
    expect(url.searchParams.get('oid')).toBe('person-1');
    expect(link.expiresAt.toISOString()).toBe('2027-03-10T09:05:00.000Z');
    expect(signer.verify('GET', link.path)).toEqual({ ok: true, principal: PERSON });
  });

  it('is an HMAC-SHA256 over method, path, sorted query, expiry, tenant and object id', () => {
    const link = signer.sign('GET', `${PDF}?version=public&lang=nn`, PERSON);
    const exp = Math.floor(now.getTime() / 1000) + SIGNED_LINK_TTL_SECONDS;
    const expected = createHmac('sha256', KEY)
      .update(JSON.stringify(['GET', PDF, 'lang=nn&version=public', exp, 'tenant-1', 'person-1']))
      .digest('base64url');
    expect(new URL(link.path, 'http://x').searchParams.get('sig')).toBe(expected);
    // The query's order does not matter; its content does.
    const reordered = `${PDF}?lang=nn&version=public&tid=tenant-1&oid=person-1&exp=${exp}&sig=${expected}`;
    expect(signer.verify('GET', reordered).ok).toBe(true);
  });

  it('works until five minutes have passed, and not from then on', () => {
    const link = signer.sign('GET', PDF, PERSON);
    now = new Date('2027-03-10T09:04:59.999Z');
    expect(signer.verify('GET', link.path).ok).toBe(true);
    now = new Date('2027-03-10T09:05:00Z');
    expect(signer.verify('GET', link.path)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a link whose path, query, identity, expiry or method was changed', () => {
    const link = signer.sign('GET', `${PDF}?version=public`, PERSON);
    const exp = new URL(link.path, 'http://x').searchParams.get('exp')!;
    const tampered = {
      path: link.path.replace('notice.pdf', 'minutes.pdf'),
      meeting: link.path.replace('m-1', 'm-2'),
      fullVersion: replace(link.path, 'version', 'full'),
      extraQuery: `${link.path}&lang=en`,
      droppedQuery: link.path.replace('version=public&', ''),
      tenant: replace(link.path, 'tid', 'tenant-2'),
      person: replace(link.path, 'oid', 'person-2'),
      later: replace(link.path, 'exp', String(Number(exp) + 3600)),
    };
    for (const [what, path] of Object.entries(tampered)) {
      expect({ what, check: signer.verify('GET', path) }).toEqual({ what, check: { ok: false, reason: 'badSignature' } });
    }
    expect(signer.verify('POST', link.path)).toEqual({ ok: false, reason: 'badSignature' });
  });

  it('refuses a link signed with another key', () => {
    const other = new DownloadLinkSigner(Buffer.from('o'.repeat(40)), clock);
    expect(signer.verify('GET', other.sign('GET', PDF, PERSON).path)).toEqual({ ok: false, reason: 'badSignature' });
  });

  it('refuses a missing, repeated or malformed link parameter', () => {
    const link = signer.sign('GET', PDF, PERSON);
    const url = new URL(link.path, 'http://x');
    const without = (name: string) => {
      const copy = new URL(url);
      copy.searchParams.delete(name);
      return `${copy.pathname}${copy.search}`;
    };
    const cases = [
      without('sig'),
      without('exp'),
      without('tid'),
      without('oid'),
      `${link.path}&sig=${url.searchParams.get('sig')!}`,
      `${link.path}&oid=person-2`,
      replace(link.path, 'sig', 'short'),
      replace(link.path, 'exp', 'soon'),
      replace(link.path, 'exp', '-1'),
      replace(link.path, 'tid', ''),
      `https://elsewhere.example${link.path}`,
      `//elsewhere.example${link.path}`,
    ];
    for (const path of cases)
      expect({ path, check: signer.verify('GET', path) }).toEqual({ path, check: { ok: false, reason: 'malformed' } });
  });

  it('signs only a path on this server that carries no link parameters, and refuses a short key', () => {
    expect(() => signer.sign('GET', `${PDF}?sig=x`, PERSON)).toThrow();
    expect(() => signer.sign('GET', 'https://elsewhere.example/x', PERSON)).toThrow();
    expect(() => new DownloadLinkSigner(Buffer.from('short'), clock)).toThrow(/32/);
    expect(DownloadLinkSigner.isSigned(`${PDF}?version=public`)).toBe(false);
    expect(DownloadLinkSigner.isSigned(`${PDF}?exp=1`)).toBe(true);
  });
});
