import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { BotCredentials } from '../config/settings';
import { textsFor } from '../texts/catalogue';
import type { Logger } from '../config/logger';

/**
 * The Bot Framework adapter. With no credentials (dev mode only: settings.ts
 * refuses that anywhere else) botbuilder skips authentication, which is how the
 * Agents Playground and local tests talk to it.
 */
export function createBotAdapter(credentials: BotCredentials | undefined, log: Logger): BotAdapter {
  const factory = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: credentials?.appId ?? '',
    MicrosoftAppPassword: credentials?.appType === 'SingleTenant' ? credentials.password : '',
    MicrosoftAppType: credentials?.appType ?? '',
    MicrosoftAppTenantId: credentials?.tenantId ?? '',
  });
  const adapter = new BotAdapter(new ConfigurationBotFrameworkAuthentication({}, factory));
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    log.error('bot turn failed', { error: String(error), activityId: context.activity.id, type: context.activity.type });
    if (context.activity.type === 'message') {
      try {
        await context.sendActivity(textsFor('nb').cards.somethingWentWrong);
      } catch (sendError) {
        log.error('could not tell the user about the failure', { error: String(sendError) });
      }
    }
  };
  return adapter;
}

/**
 * CloudAdapter with the turn itself public: its `process()` writes errors to
 * the console as multi-line stacks and sends their text (`getaddrinfo …`,
 * `validateAndFixActivity()`) to whoever posted; bot-endpoint.ts answers instead.
 */
export class BotAdapter extends CloudAdapter {
  runTurn(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}
