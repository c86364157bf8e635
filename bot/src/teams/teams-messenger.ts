import {
  CardFactory,
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import type { ConversationStore, DeliveryResult, Messenger, OutgoingMessage } from '../app/ports';
import { conversationKey } from '../app/use-cases/remember-conversation';
import type { Logger } from '../config/logger';
import { memberAddressSchema, type MemberAddress } from './member-address';
import { SendThrottle, teamsSendLimits, type SendLimits } from './send-throttle';

/**
 * The OAuth scope of the token the bot sends with (public cloud; `createBotAdapter`
 * configures no other). With no app id (dev mode) botbuilder sends no token and
 * ignores it.
 */
const BOT_FRAMEWORK_AUDIENCE = 'https://api.botframework.com';

export interface RetryPolicy {
  /** How often a send Teams answered with 429 is tried again (after the connector's own retries) before giving up. */
  maxThrottledRetries: number;
  /** Backoff when a 429 carries no Retry-After: base · 2^retry, jittered, at most maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxThrottledRetries: 3, baseDelayMs: 1_000, maxDelayMs: 60_000 };

export interface TeamsMessengerOptions {
  adapter: CloudAdapter;
  conversations: ConversationStore;
  /** '' in dev mode (no authentication). */
  botAppId: string;
  log: Logger;
  /** Tests pass small limits; production uses Teams' limits with margin. */
  limits?: SendLimits;
  retry?: Partial<RetryPolicy>;
  clock?: () => Date;
}

/** Teams answered with an error that retrying did not (or cannot) cure: a 5xx after the connector's retries, a 429 that persisted, a 400. */
export class MessageDeliveryFailed extends Error {
  constructor(
    readonly status: number | undefined,
    readonly attempts: number,
    options: { cause: unknown },
  ) {
    super(`Teams did not accept the message (status ${status ?? 'none'}, ${attempts} attempt(s))`, options);
    this.name = 'MessageDeliveryFailed';
  }
}

// Stored JSON is parsed at this edge: the references were written by us, but storage is still outside the types.
const storedReference = z.looseObject({
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  conversation: z.looseObject({ id: z.string().min(1) }),
});

/** `code` is Teams' reason, e.g. ConversationBlockedByUser, BotDisabledByAdmin, ConversationNotFound. */
type Outcome = { delivered: true } | { delivered: false; status: number; code: string | undefined };

/**
 * Proactive messages through the Bot Connector: 1:1 to a member (reusing their
 * personal chat, or opening one from their team-member address) and posts in a
 * team's channel. Results are classified as Company Communicator does: 403/404
 * mean the recipient cannot be reached (app removed, bot blocked, user gone);
 * 429 pauses the tenant and retries; anything else throws.
 */
export class TeamsMessenger implements Messenger {
  private readonly throttle: SendThrottle;
  private readonly retry: RetryPolicy;
  private readonly clock: () => Date;

  constructor(private readonly options: TeamsMessengerOptions) {
    this.throttle = new SendThrottle(options.limits ?? teamsSendLimits);
    this.retry = { ...defaultRetryPolicy, ...options.retry };
    this.clock = options.clock ?? (() => new Date());
  }

  async sendToMember(tenantId: string, aadObjectId: string, message: OutgoingMessage): Promise<DeliveryResult> {
    const key = conversationKey.personal(aadObjectId);
    const activity = activityOf(message);
    const who = { tenantId, aadObjectId };
    const personal = await this.reference(tenantId, key);
    let viaPersonal: Outcome | undefined;
    if (personal) {
      viaPersonal = await this.withRetries(tenantId, async () => {
        await this.throttle.forConversation(tenantId, key);
        await this.continueAndSend(personal, activity);
      });
      // 404: the chat is gone (the app was reinstalled, say); the member's address may open a new one. 403 would not.
      if (viaPersonal.delivered || viaPersonal.status !== 404) return this.report(viaPersonal, who);
    }

    const address = await this.memberAddress(tenantId, aadObjectId);
    if (!address) {
      if (viaPersonal) return this.report(viaPersonal, who);
      this.options.log.info('no way to message this member yet', who);
      return 'unreachable';
    }
    let opened: Partial<ConversationReference> | undefined;
    const outcome = await this.withRetries(tenantId, async () => {
      if (opened) {
        // Opened on an earlier attempt whose send failed: don't open another chat.
        await this.throttle.forConversation(tenantId, key);
        await this.continueAndSend(opened, activity);
        return;
      }
      await this.throttle.forTenant(tenantId); // the create request
      await this.throttle.forConversation(tenantId, key); // the message
      await this.openAndSend(tenantId, aadObjectId, address, activity, (reference) => (opened = reference));
    });
    return this.report(outcome, who);
  }

  async postToChannel(tenantId: string, teamId: string, message: OutgoingMessage): Promise<DeliveryResult> {
    const key = conversationKey.team(teamId);
    const team = await this.reference(tenantId, key);
    if (!team) {
      this.options.log.info('no channel stored for this team', { tenantId, teamId });
      return 'unreachable';
    }
    const activity = activityOf(message);
    const outcome = await this.withRetries(tenantId, async () => {
      await this.throttle.forConversation(tenantId, key);
      await this.continueAndSend(team, activity);
    });
    return this.report(outcome, { tenantId, teamId });
  }

  private report(outcome: Outcome, who: Record<string, string>): DeliveryResult {
    if (outcome.delivered) return 'sent';
    this.options.log.warn('Teams says the recipient cannot be reached', { ...who, status: outcome.status, code: outcome.code });
    return 'unreachable';
  }

  private async withRetries(tenantId: string, attempt: () => Promise<void>): Promise<Outcome> {
    for (let retry = 0; ; retry += 1) {
      try {
        await attempt();
        return { delivered: true };
      } catch (error) {
        const status = statusOf(error);
        if (status === 403 || status === 404) return { delivered: false, status, code: codeOf(error) };
        // The connector's HTTP pipeline has already retried 429s that carry Retry-After and 5xx/network
        // errors (3 times, jittered backoff); a 429 that still comes back makes the whole tenant wait.
        if (status === 429 && retry < this.retry.maxThrottledRetries) {
          const waitMs = retryAfterMs(error) ?? backoffMs(retry, this.retry);
          this.options.log.warn('Teams is throttling proactive messages; pausing this tenant', { tenantId, waitMs, retry });
          this.throttle.pause(tenantId, waitMs);
          continue;
        }
        throw new MessageDeliveryFailed(status, retry + 1, { cause: error });
      }
    }
  }

  private async continueAndSend(reference: Partial<ConversationReference>, activity: Partial<Activity>): Promise<void> {
    let failure: { error: unknown } | undefined;
    await this.options.adapter.continueConversationAsync(
      this.options.botAppId,
      reference,
      BOT_FRAMEWORK_AUDIENCE,
      async (turn) => {
        // Errors thrown here would go to the adapter's onTurnError and be swallowed; carry them out instead.
        try {
          await sendNewMessage(turn, activity);
        } catch (error) {
          failure = { error };
        }
      },
    );
    if (failure) throw failure.error;
  }

  private async openAndSend(
    tenantId: string,
    aadObjectId: string,
    address: MemberAddress,
    activity: Partial<Activity>,
    onOpened: (reference: Partial<ConversationReference>) => void,
  ): Promise<void> {
    const { botAppId, adapter, conversations, log } = this.options;
    const channelId = address.channelId ?? 'msteams';
    const parameters = {
      isGroup: false,
      members: [{ id: address.user.id }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
      // Teams knows the bot from the token; the id only ends up in the stored reference.
      ...(botAppId ? { bot: { id: `28:${botAppId}` } } : {}),
    };
    let failure: { error: unknown } | undefined;
    // A failure to create the chat throws from here directly (it happens outside the turn).
    await adapter.createConversationAsync(
      botAppId,
      channelId,
      address.serviceUrl,
      BOT_FRAMEWORK_AUDIENCE,
      parameters as ConversationParameters,
      async (turn) => {
        const reference: Partial<ConversationReference> = {
          channelId,
          serviceUrl: address.serviceUrl,
          conversation: { ...turn.activity.conversation, conversationType: 'personal' },
          user: { id: address.user.id, name: address.user.name ?? '', aadObjectId: address.user.aadObjectId ?? aadObjectId },
          ...(turn.activity.recipient ? { bot: turn.activity.recipient } : {}),
        };
        onOpened(reference);
        try {
          await conversations.save({
            tenantId,
            key: conversationKey.personal(aadObjectId),
            reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
            updatedAt: this.clock().toISOString(),
          });
        } catch (error) {
          // The message matters more than the shortcut: the next send opens the chat again (Teams returns the same one).
          log.error('could not store the new personal chat', { tenantId, aadObjectId, error: String(error) });
        }
        try {
          await sendNewMessage(turn, activity);
        } catch (error) {
          failure = { error };
        }
      },
    );
    if (failure) throw failure.error;
  }

  private async reference(tenantId: string, key: string): Promise<Partial<ConversationReference> | undefined> {
    const stored = await this.options.conversations.get(tenantId, key);
    if (!stored) return undefined;
    if (!storedReference.safeParse(stored.reference).success) {
      this.options.log.warn('stored conversation reference is unusable', { tenantId, key });
      return undefined;
    }
    // Written by TurnContext.getConversationReference (or openAndSend), and it has what sending needs.
    return stored.reference;
  }

  private async memberAddress(tenantId: string, aadObjectId: string): Promise<MemberAddress | undefined> {
    const stored = await this.options.conversations.get(tenantId, conversationKey.memberAddress(aadObjectId));
    if (!stored) return undefined;
    const parsed = memberAddressSchema.safeParse(stored.reference);
    if (!parsed.success) {
      this.options.log.warn('stored member address is unusable', { tenantId, aadObjectId });
      return undefined;
    }
    return parsed.data;
  }
}

/** Text and card are data: plain text is not rendered as markdown, and the card goes as an attachment. */
function activityOf(message: OutgoingMessage): Partial<Activity> {
  if (!message.card) return { type: 'message', text: message.text, textFormat: 'plain' };
  return {
    type: 'message',
    // Shown in notifications and the chat list.
    summary: message.text,
    attachments: [CardFactory.adaptiveCard({ fallbackText: message.text, ...message.card })],
  };
}

/**
 * A proactive turn's activity has a made-up id, and botbuilder would send the
 * message as a reply to it; we want a new message in the chat (a new thread in
 * a channel): POST /v3/conversations/{id}/activities.
 */
async function sendNewMessage(turn: TurnContext, activity: Partial<Activity>): Promise<void> {
  turn.onSendActivities(async (_context, activities, next) => {
    for (const outgoing of activities) delete outgoing.replyToId;
    return next();
  });
  await turn.sendActivity(activity);
}

/** The connector client throws the HTTP pipeline's RestError, which has `statusCode`. */
function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : undefined;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function retryAfterMs(error: unknown): number | undefined {
  const response = (error as { response?: { headers?: { get?: unknown } } }).response;
  const get = response?.headers?.get;
  if (typeof get !== 'function') return undefined;
  const value: unknown = get.call(response?.headers, 'retry-after');
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

function backoffMs(retry: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
