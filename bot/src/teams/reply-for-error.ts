import type { TurnContext } from 'botbuilder';
import type { AppDeps } from '../app/deps';
import { languageFor } from '../app/use-cases/language-for';
import { textsFor, type Catalogue } from '../texts/catalogue';
import { DomainError, StorageUnavailable, type DomainErrorCode } from '../domain/errors';
import { DEFAULT_LANGUAGE, languageFromLocale, type Language } from '../domain/language';
import { principalOf } from './activity-principal';
import { councilIdOfCard } from './card-action-payload';
import type { CardActionResult } from './card-action';

type Texts = Catalogue['cards'];

const MESSAGE: Record<DomainErrorCode, (t: Texts) => string> = {
  notCouncilMember: (t) => t.notCouncilMember,
  meetingClosed: (t) => t.meetingClosed,
  deadlinePassed: (t) => t.meetingClosed,
  notFound: (t) => t.notFound,
  concurrentEdit: (t) => t.concurrentEdit,
  forbidden: (t) => t.forbidden,
  contention: (t) => t.tryAgain,
  invalidValue: (t) => t.invalid,
  illegalTransition: (t) => t.invalid,
  unauthenticated: (t) => t.notCouncilMember,
  storageUnavailable: (t) => t.storageUnavailable,
};

/** The sentence a member sees for a domain error, in their language. */
export function messageForError(error: DomainError, language: Language): string {
  return MESSAGE[error.code](textsFor(language).cards);
}

/**
 * What the person who pressed sees when a card action failed: a domain
 * error's sentence, or for anything else (a bug) the general apology, in their
 * language. Never throws. When storage is what failed, the member's stored
 * language cannot be read: the Teams client's locale speaks for them.
 */
export async function replyForError(deps: AppDeps, turn: TurnContext, error: unknown): Promise<CardActionResult> {
  const language = await speakerLanguage(deps, turn, error);
  if (error instanceof DomainError) return { message: messageForError(error, language) };
  return { message: textsFor(language).cards.somethingWentWrong };
}

async function speakerLanguage(deps: AppDeps, turn: TurnContext, error: unknown): Promise<Language> {
  const fromLocale = languageFromLocale(turn.activity.locale) ?? DEFAULT_LANGUAGE;
  if (error instanceof StorageUnavailable) return fromLocale;
  try {
    const speaker = await languageFor(deps, {
      principal: principalOf(turn.activity),
      locale: turn.activity.locale,
      councilId: councilIdOfCard(turn.activity.value),
    });
    return speaker.language;
  } catch {
    // The apology must still go out; the failure itself is logged by whoever caught it.
    return fromLocale;
  }
}
