import type { TurnContext } from 'botbuilder';
import type { AppDeps } from '../app/deps';
import { languageFor } from '../app/use-cases/language-for';
import { textsFor, type Catalogue } from '../texts/catalogue';
import { DomainError, type DomainErrorCode } from '../domain/errors';
import type { Language } from '../domain/language';
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
};

/** The sentence a member sees for a domain error, in their language. */
export function messageForError(error: DomainError, language: Language): string {
  return MESSAGE[error.code](textsFor(language).cards);
}

/**
 * Maps a domain error from a card action to a short message for the person
 * who pressed. Anything else is a bug or an outage: rethrown, so it is logged
 * and the handled-activity claim is given back for a retry.
 */
export async function replyForError(deps: AppDeps, turn: TurnContext, error: unknown): Promise<CardActionResult> {
  if (!(error instanceof DomainError)) throw error;
  const speaker = await languageFor(deps, {
    principal: principalOf(turn.activity),
    locale: turn.activity.locale,
    councilId: councilIdOfCard(turn.activity.value),
  });
  return { message: messageForError(error, speaker.language) };
}
