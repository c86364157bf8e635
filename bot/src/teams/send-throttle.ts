import { TokenBucket } from 'limiter';

/**
 * One token bucket: up to `burst` requests at once, refilled with `perInterval`
 * tokens every `intervalMs`. In any window of t ms it lets through at most
 * burst + perInterval · t / intervalMs requests, which is how the defaults below
 * are checked against Teams' limits.
 */
export interface BucketLimit {
  burst: number;
  perInterval: number;
  intervalMs: number;
}

export interface SendLimits {
  /** Buckets each conversation (a member's 1:1 chat, a team's channel) has of its own; all must have a token. */
  perConversation: readonly BucketLimit[];
  /** Buckets shared by every conversation in one tenant (Teams limits each app per tenant). */
  perTenant: readonly BucketLimit[];
}

/**
 * Teams allows per bot per conversation 7/1 s, 8/2 s, 60/30 s and 1,800/h, and
 * per app per tenant about 50/s (older pages: 30). We stay well below:
 */
export const teamsSendLimits: SendLimits = {
  perConversation: [
    // 1 s: 4 ≤ 7; 2 s: 5 ≤ 8; 30 s: 33 ≤ 60.
    { burst: 3, perInterval: 1, intervalMs: 1_000 },
    // 1 h: 1,530 ≤ 1,800.
    { burst: 30, perInterval: 1_500, intervalMs: 3_600_000 },
  ],
  // 1 s: 30 ≤ 50, and within the older, stricter figure of 30.
  perTenant: [{ burst: 10, perInterval: 20, intervalMs: 1_000 }],
};

/** Above this many remembered conversations, idle ones (buckets full again) are forgotten. */
const TRACKED_CONVERSATIONS = 1_000;

interface Chain {
  /** The conversation's own buckets, head first; the head's parents reach into the tenant's chain. */
  own: TokenBucket[];
  head: TokenBucket | undefined;
}

/**
 * Holds outgoing Teams requests back until they fit the limits above. State is
 * per process, in memory: one instance of the bot sends all proactive messages.
 */
export class SendThrottle {
  private readonly tenants = new Map<string, Chain>();
  private readonly conversations = new Map<string, Chain>();
  private readonly pausedUntil = new Map<string, number>();

  constructor(private readonly limits: SendLimits = teamsSendLimits) {}

  /** Waits until one more request to this conversation fits the conversation's and the tenant's limits. */
  async forConversation(tenantId: string, conversationKey: string): Promise<void> {
    await this.waitOutPause(tenantId);
    await this.conversation(tenantId, conversationKey).head?.removeTokens(1);
  }

  /** Waits until one more request that belongs to no conversation yet (creating one) fits the tenant's limits. */
  async forTenant(tenantId: string): Promise<void> {
    await this.waitOutPause(tenantId);
    await this.tenant(tenantId).head?.removeTokens(1);
  }

  /** After a 429 Teams wants the whole app to slow down, so every send to this tenant waits (as Company Communicator pauses). */
  pause(tenantId: string, ms: number): void {
    const until = performance.now() + ms;
    if (until > (this.pausedUntil.get(tenantId) ?? 0)) this.pausedUntil.set(tenantId, until);
  }

  private async waitOutPause(tenantId: string): Promise<void> {
    for (;;) {
      const until = this.pausedUntil.get(tenantId);
      const left = until === undefined ? 0 : until - performance.now();
      if (left <= 0) {
        this.pausedUntil.delete(tenantId);
        return;
      }
      await sleep(left);
    }
  }

  private tenant(tenantId: string): Chain {
    let chain = this.tenants.get(tenantId);
    if (!chain) {
      chain = buildChain(this.limits.perTenant, undefined);
      this.tenants.set(tenantId, chain);
    }
    return chain;
  }

  private conversation(tenantId: string, conversationKey: string): Chain {
    const key = `${tenantId}\n${conversationKey}`;
    let chain = this.conversations.get(key);
    if (!chain) {
      if (this.conversations.size >= TRACKED_CONVERSATIONS) this.forgetIdleConversations();
      chain = buildChain(this.limits.perConversation, this.tenant(tenantId).head);
      this.conversations.set(key, chain);
    }
    return chain;
  }

  /** A conversation whose buckets have refilled behaves exactly like a new one, so forgetting it loses nothing. */
  private forgetIdleConversations(): void {
    for (const [key, chain] of this.conversations) {
      const idle = chain.own.every((bucket) => {
        bucket.drip();
        return bucket.content >= bucket.bucketSize;
      });
      if (idle) this.conversations.delete(key);
    }
  }
}

function buildChain(limits: readonly BucketLimit[], parent: TokenBucket | undefined): Chain {
  const own: TokenBucket[] = [];
  let head = parent;
  // Built from the root outwards; removing a token from the head checks and debits every bucket up to the root.
  for (const limit of [...limits].reverse()) {
    head = new TokenBucket({
      bucketSize: limit.burst,
      tokensPerInterval: limit.perInterval,
      interval: limit.intervalMs,
      parentBucket: head,
    });
    // A new bucket starts empty; a conversation nobody has written to yet may use its whole burst.
    head.content = limit.burst;
    own.unshift(head);
  }
  return { own, head };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.ceil(ms))));
}
