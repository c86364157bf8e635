import { TeamsActivityHandler, TurnContext } from 'botbuilder';
import type { AppDeps } from '../app/deps';
import { matchCommand } from './command-table';
import { sendHelp } from './help-command';
import { rememberPersonalChat, rememberTeamMembers } from './installation-handler';

/** The bot: routes each activity family to a small handler. No state on the instance. */
export class UtvalgBot extends TeamsActivityHandler {
  constructor(deps: AppDeps) {
    super();

    this.onMessage(async (context, next) => {
      await rememberPersonalChat(context, deps);
      const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
      const command = matchCommand(text);
      switch (command.id) {
        case 'help':
          await sendHelp(context, deps);
          break;
      }
      await next();
    });

    this.onTeamsMembersAddedEvent(async (membersAdded, teamInfo, context, next) => {
      await rememberTeamMembers(context, deps, membersAdded, teamInfo);
      await next();
    });

    this.onInstallationUpdateAdd(async (context, next) => {
      await rememberPersonalChat(context, deps);
      await next();
    });
  }
}
