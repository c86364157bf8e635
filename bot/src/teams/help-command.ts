import { CardFactory, type TurnContext } from 'botbuilder';
import { languageFor } from '../app/language-for';
import type { AppDeps } from '../app/deps';
import { helpCard } from '../cards/help-card';
import { COMMANDS } from './command-table';
import { principalOf } from './activity-principal';

/** Replies with the help card in the sender's language. */
export async function sendHelp(context: TurnContext, deps: AppDeps): Promise<void> {
  const speaker = await languageFor(deps, principalOf(context.activity), context.activity.locale);
  const commands = COMMANDS.map((c) => ({
    word: c.words[speaker.language][0] ?? c.id,
    description: c.description[speaker.language],
  }));
  const card = helpCard({ language: speaker.language, commands, notMember: !speaker.isMember });
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}
