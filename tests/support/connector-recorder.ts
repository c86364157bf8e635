import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface RecordedCall {
  method: string;
  path: string;
  body: unknown;
}

/**
 * A local stand-in for the Teams service URL (the Bot Connector API): records
 * every call the bot makes and answers like the connector does.
 */
export class ConnectorRecorder {
  readonly calls: RecordedCall[] = [];
  /** Team members the connector knows (Teams user id → account), served by GET …/members/{id}. */
  readonly members = new Map<string, { id: string; name: string; aadObjectId: string; userPrincipalName?: string }>();
  private server?: Server;
  private waiters: { predicate: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }[] = [];
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void readBody(req).then((body) => {
        const call: RecordedCall = { method: req.method ?? '', path: req.url ?? '', body };
        this.calls.push(call);
        this.waiters = this.waiters.filter((w) => {
          if (!w.predicate(call)) return true;
          w.resolve(call);
          return false;
        });
        const memberMatch = /\/v3\/conversations\/[^/]+\/members\/([^/?]+)$/.exec(call.path);
        if (call.method === 'GET' && memberMatch) {
          const member = this.members.get(decodeURIComponent(memberMatch[1]!));
          res.writeHead(member ? 200 : 404, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(member ?? { error: { code: 'MemberNotFoundInConversation', message: 'not found' } }));
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
