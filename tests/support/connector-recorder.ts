import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface RecordedCall {
  method: string;
  path: string;
  body: unknown;
  /** When the call arrived (Date.now()), for asserting how sends were spread out. */
  at: number;
  /** The status the recorder answered with. */
  status: number;
}

/** A team member as the roster API lists them (TeamsChannelAccount). */
export interface TeamsAccount {
  id: string;
  name: string;
  aadObjectId: string;
  userPrincipalName?: string;
  /** 'user' or 'guest'. */
  userRole?: string;
  tenantId?: string;
}

/** An answer the recorder gives instead of success, e.g. 429 with Retry-After. */
export interface ScriptedFailure {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * A local stand-in for the Teams service URL (the Bot Connector API): records
 * every call the bot makes and answers like the connector does.
 */
export class ConnectorRecorder {
  readonly calls: RecordedCall[] = [];
  /** Team members the connector knows (Teams user id → account), served by GET …/members/{id}. */
  readonly members = new Map<string, { id: string; name: string; aadObjectId: string; userPrincipalName?: string }>();
  /** The team roster served by GET …/pagedmembers, page by page with continuation tokens. */
  readonly roster: TeamsAccount[] = [];
  /** The most members one page holds, whatever page size the bot asks for (so paging is exercised). */
  rosterPageSize = 100;
  private server?: Server;
  private waiters: { predicate: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }[] = [];
  private failures: { method: string; path: RegExp; answer: ScriptedFailure; remaining: number }[] = [];
  private created = 0;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void readBody(req).then((body) => {
        const method = req.method ?? '';
        const path = req.url ?? '';
        const failure = this.failures.find((f) => f.remaining > 0 && f.method === method && f.path.test(path));
        const call: RecordedCall = { method, path, body, at: Date.now(), status: failure?.answer.status ?? 200 };
        this.calls.push(call);
        this.waiters = this.waiters.filter((w) => {
          if (!w.predicate(call)) return true;
          w.resolve(call);
          return false;
        });
        if (failure) {
          failure.remaining -= 1;
          res.writeHead(failure.answer.status, { 'Content-Type': 'application/json', ...failure.answer.headers });
          res.end(
            JSON.stringify(failure.answer.body ?? { error: { code: 'Scripted', message: `scripted ${failure.answer.status}` } }),
          );
          return;
        }
        if (method === 'POST' && /^\/v3\/conversations\/?$/.test(path)) {
          // Create conversation: the connector answers with the new conversation's id.
          this.created += 1;
          call.status = 201;
          res.writeHead(201, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ id: `a:new-${this.created}` }));
          return;
        }
        const memberMatch = /\/v3\/conversations\/[^/]+\/members\/([^/?]+)$/.exec(call.path);
        if (call.method === 'GET' && memberMatch) {
          const member = this.members.get(decodeURIComponent(memberMatch[1]!));
          call.status = member ? 200 : 404;
          res.writeHead(call.status, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(member ?? { error: { code: 'MemberNotFoundInConversation', message: 'not found' } }));
          return;
        }
        if (call.method === 'GET' && /\/v3\/conversations\/[^/]+\/pagedmembers(\?|$)/.test(call.path)) {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(this.rosterPage(call.path)));
          return;
        }
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ id: `recorded-${this.calls.length}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (typeof address !== 'object' || address === null) throw new Error('recorder has no port');
    this.url = `http://127.0.0.1:${address.port}/`;
  }

  /** One page of the roster: `continuationToken` is the offset of the next page, absent on the last. */
  private rosterPage(path: string): { members: TeamsAccount[]; continuationToken?: string } {
    const query = new URL(path, 'http://recorder').searchParams;
    const asked = Number(query.get('pageSize') ?? this.rosterPageSize) || this.rosterPageSize;
    const size = Math.max(1, Math.min(asked, this.rosterPageSize));
    const token = query.get('continuationToken');
    const offset = token ? Number(token.replace(/^page-/, '')) : 0;
    const members = this.roster.slice(offset, offset + size);
    const next = offset + size;
    return next < this.roster.length ? { members, continuationToken: `page-${next}` } : { members };
  }

  /** The next `times` calls with this method whose path matches get `answer` instead of success. */
  failNext(method: string, path: RegExp, answer: ScriptedFailure, times = 1): void {
    this.failures.push({ method, path, answer, remaining: times });
  }

  /** Forgets recorded calls and scripted failures, so one test's calls don't leak into the next. */
  reset(): void {
    this.calls.length = 0;
    this.failures = [];
  }

  /** Resolves with the first (past or future) call that matches, or rejects after `timeoutMs`. */
  waitFor(predicate: (c: RecordedCall) => boolean, timeoutMs = 5000): Promise<RecordedCall> {
    const seen = this.calls.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`no matching connector call within ${timeoutMs} ms; saw ${JSON.stringify(this.calls.map((c) => c.path))}`),
          ),
        timeoutMs,
      );
      this.waiters.push({
        predicate,
        resolve: (c) => {
          clearTimeout(timer);
          resolve(c);
        },
      });
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as unknown) : undefined;
}
