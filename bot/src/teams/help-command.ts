import { CardFactory, type TurnContext } from 'botbuilder';
import { languageFor } from '../app/use-cases/language-for';
import type { AppDeps } from '../app/deps';
import { helpCard } from '../cards/help-card';
import type { CommandHandler } from './command-request';
import { COMMANDS } from './command-table';
import { principalOf } from './activity-principal';

/** Replies with the help card in the sender's language, listing the commands that work where they wrote. */
export async function sendHelp(context: TurnContext, deps: AppDeps): Promise<void> {
  const speaker = await languageFor(deps, { principal: principalOf(context.activity), locale: context.activity.locale });
  const scope = context.activity.conversation?.conversationType === 'personal' ? 'personal' : 'team';
  const commands = COMMANDS.filter((c) => c.scopes.includes(scope)).map((c) => ({
    word: c.words[speaker.language][0] ?? c.id,
    description: c.description[speaker.language],
  }));
  const card = helpCard({ language: speaker.language, commands, notMember: !speaker.isMember });
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}

/** "hjelp" / "help", greetings, and anything the bot does not understand. */
export const helpCommand: CommandHandler = ({ turn, deps }) => sendHelp(turn, deps);
