import { TeamsActivityHandler, TurnContext, type InvokeResponse } from 'botbuilder';
import type { AppDeps } from '../app/deps';
import { languageFor } from '../app/use-cases/language-for';
import { textsFor } from '../texts/catalogue';
import type { Logger } from '../config/logger';
import { DomainError } from '../domain/errors';
import { principalOf } from './activity-principal';
import { toInvokeResponse } from './card-action';
import { councilIdOfCard, isManualCardAction, parseCardAction } from './card-action-payload';
import { CARD_ACTION_ROUTES } from './card-action-routes';
import { COMMAND_ROUTES } from './command-routes';
import { matchCommand } from './command-table';
import { handledActivityKey } from './handled-once';
import { rememberPersonalChat, rememberTeamMembers } from './installation-handler';
import { onTeamMembersAdded, onTeamMembersRemoved } from './team-membership-handler';
import { replyForError } from './reply-for-error';

const DUPLICATE = Symbol('duplicate delivery');
/** Set when a card action failed unexpectedly and was answered with an apology. */
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
   * repeated card action shows the current state without writing.
   */
  override async run(context: TurnContext): Promise<void> {
    const key = handledActivityKey(context.activity, isManualCardAction(context.activity.value));
    if (!key) return super.run(context);
    const first = await this.deps.handledActivities.claim(key, this.deps.clock().toISOString());
    // A repeated message or event changes nothing and gets no second reply.
    if (!first && context.activity.type !== 'invoke') return;
    context.turnState.set(DUPLICATE, !first);
    try {
      await super.run(context);
    } catch (error) {
      // Handling failed: let Teams' retry run it again.
      if (first) await this.deps.handledActivities.release(key);
      throw error;
    }
    if (first && context.turnState.get(FAILED) === true) await this.deps.handledActivities.release(key);
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
      if (error instanceof DomainError)
        return { status: 200, body: toInvokeResponse(await replyForError(this.deps, context, error)) };
      // A bug or an outage: log it, apologise to the person, and let a new press try again.
      this.log.error('card action failed', { verb: action.verb, error: String(error), activityId: context.activity.id });
      context.turnState.set(FAILED, true);
      const language =
        (
          await languageFor(this.deps, {
            principal,
            locale: context.activity.locale,
            councilId: councilIdOfCard(context.activity.value),
          }).catch(() => undefined)
        )?.language ?? 'nb';
      return { status: 200, body: toInvokeResponse({ message: textsFor(language).cards.somethingWentWrong }) };
    }
  }
}
