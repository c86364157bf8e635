import { TeamsActivityHandler, TurnContext, type InvokeResponse } from 'botbuilder';
import type { AppDeps } from '../app/deps';
import { handleActivityOnce } from '../app/use-cases/handle-activity-once';
import type { Logger } from '../config/logger';
import { STORAGE_TIMING } from '../config/settings';
import { withStorageBudget } from '../config/storage-budget';
import { DomainError, StorageUnavailable } from '../domain/errors';
import { principalOf } from './activity-principal';
import { toInvokeResponse } from './card-action';
import { isManualCardAction, parseCardAction } from './card-action-payload';
import { CARD_ACTION_ROUTES } from './card-action-routes';
import { COMMAND_ROUTES } from './command-routes';
import { matchCommand } from './command-table';
import { handledActivityKey } from './handled-once';
import { rememberPersonalChat, rememberTeamMembers } from './installation-handler';
import { onTeamMembersAdded, onTeamMembersRemoved } from './team-membership-handler';
import { replyForError } from './reply-for-error';

const DUPLICATE = Symbol('duplicate delivery');
/** Set when a card action failed unexpectedly (a bug, an outage) and was answered with an apology. */
const FAILED = Symbol('card action failed');

/** The bot: routes each activity family to a small handler. No state on the instance. */
export class UtvalgBot extends TeamsActivityHandler {
  constructor(
    private readonly deps: AppDeps,
    private readonly log: Logger,
  ) {
    super();

    this.onMessage(async (context, next) => {
      await rememberPersonalChat(context, deps);
      const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
      const command = matchCommand(text);
      await COMMAND_ROUTES[command.id]({ turn: context, deps, text, known: command.known });
      await next();
    });

    this.onTeamsMembersAddedEvent(async (membersAdded, teamInfo, context, next) => {
      await rememberTeamMembers(context, deps, membersAdded, teamInfo);
      await onTeamMembersAdded(context, deps, membersAdded);
      await next();
    });

    this.onTeamsMembersRemovedEvent(async (membersRemoved, _teamInfo, context, next) => {
      await onTeamMembersRemoved(context, deps, membersRemoved);
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await rememberPersonalChat(context, deps);
      await next();
    });
  }

  /**
   * Redeliveries (Teams retries a message after 15 s; a button pressed twice)
   * are recognised by the activity id, recorded in storage so a restart in
   * between changes nothing. A repeated message gets no second reply; a
   * repeated card action shows the current state without writing. The whole
   * turn waits on storage for at most STORAGE_TIMING.requestBudgetMs, and an
   * outage is answered with an apology, never left to time out in Teams.
   */
  override async run(context: TurnContext): Promise<void> {
    await withStorageBudget(STORAGE_TIMING.requestBudgetMs, async () => {
      const key = handledActivityKey(context.activity, isManualCardAction(context.activity.value));
      if (!key) return super.run(context);
      try {
        await handleActivityOnce(this.deps, {
          key,
          work: async (duplicate) => {
            // A repeated message or event changes nothing and gets no second reply.
            if (duplicate && context.activity.type !== 'invoke') return 'done';
            context.turnState.set(DUPLICATE, duplicate);
            await super.run(context);
            return context.turnState.get(FAILED) === true ? 'failed' : 'done';
          },
        });
      } catch (error) {
        if (!(error instanceof StorageUnavailable) || context.responded) throw error;
        // Storage failed before the turn could start (the duplicate check): say so rather than time out.
        this.log.warn('turn refused: storage unavailable', { activityId: context.activity.id, error: error.message });
        await this.apologise(context, error);
      }
    });
  }

  /** The apology as the answer to an invoke, or as a reply to a message. */
  private async apologise(context: TurnContext, error: StorageUnavailable): Promise<void> {
    const reply = await replyForError(this.deps, context, error);
    if (context.activity.type === 'invoke') {
      await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: toInvokeResponse(reply) } });
    } else if ('message' in reply) {
      await context.sendActivity(reply.message);
    }
  }

  /** Universal Actions: parse the invoke ourselves so malformed payloads get a 400, never a crash. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name !== 'adaptiveCard/action') return super.onInvokeActivity(context);
    const action = parseCardAction(context.activity.value);
    if (!action) {
      return {
        status: 400,
        body: {
          statusCode: 400,
          type: 'application/vnd.microsoft.error',
          value: { code: 'BadRequest', message: 'Unknown or malformed card action' },
        },
      };
    }
    const principal = principalOf(context.activity);
    try {
      const result = await CARD_ACTION_ROUTES[action.verb]({
        turn: context,
        deps: this.deps,
        principal,
        data: action.data,
        duplicate: context.turnState.get(DUPLICATE) === true,
        trigger: action.trigger,
      });
      const body = toInvokeResponse(result);
      return { status: 200, body };
    } catch (error) {
      // A bug or an outage: log it and give the claim back, so Teams' retry or a new press tries again.
      if (!(error instanceof DomainError) || error instanceof StorageUnavailable) {
        this.log.error('card action failed', { verb: action.verb, error: String(error), activityId: context.activity.id });
        context.turnState.set(FAILED, true);
      }
      return { status: 200, body: toInvokeResponse(await replyForError(this.deps, context, error)) };
    }
  }
}
