import type { Language } from '../domain/language';
import { textsFor } from '../texts/catalogue';
import { bindCard, type AdaptiveCard } from './bind-card';
import template from './help-card.json';

export interface HelpCommand {
  word: string;
  description: string;
}

export interface HelpCardData {
  language: Language;
  commands: HelpCommand[];
  /** Shown to people the bot does not know as council members. */
  notMember: boolean;
}

/** The help card: what the bot understands, in the member's language. */
export function helpCard(data: HelpCardData): AdaptiveCard {
  const t = textsFor(data.language).cards;
  return bindCard(template, {
    lang: data.language,
    title: t.helpTitle,
    intro: t.helpIntro,
    commands: data.commands,
    hint: data.notMember ? t.notMemberHint : '',
    footer: t.helpFooter,
  });
}
