import type { FollowUpEntry } from '../contracts/follow-ups';
import { formatDate } from '../domain/date-format';
import type { Language } from '../domain/language';
import { LIMITS } from '../domain/limits';
import type { FieldProblem } from '../domain/problem';
import { textsFor } from '../texts/catalogue';
import { bindCard, textData, type AdaptiveCard } from './bind-card';
import { fieldErrorTexts } from './field-errors';
import template from './follow-up-card.json';

export interface FollowUpCardData {
  language: Language;
  councilName: string;
  timeZone: string;
  entry: FollowUpEntry;
  /** The done note as stored, or what the member typed when the form came back. */
  note: string;
  /** The form is offered: the follow-up is open and this person may mark it done. */
  canMarkDone: boolean;
  /** Name of whoever marked it done, when it is done. */
  doneByName?: string;
  problems: FieldProblem[];
}

/**
 * One follow-up on the responsible member's card: what, by when, and a note
 * field with "Merk som gjort" while it is open; once done, what came of it
 * (the card is replaced in place).
 */
export function followUpCard(data: FollowUpCardData): AdaptiveCard {
  const { followUps: t } = textsFor(data.language);
  const { followUp, responsibleName } = data.entry;
  const done = followUp.done;
  const errors = fieldErrorTexts(['note'], data.problems, data.language);
  return bindCard(template, {
    lang: data.language,
    t: textData(t),
    councilId: followUp.councilId,
    followUpId: followUp.id,
    councilName: data.councilName,
    what: followUp.what,
    dueText: t.due(formatDate(followUp.due, data.timeZone, data.language)),
    responsibleText: `${t.responsible}: ${responsibleName}`,
    doneText: done ? t.done(done.note) : '',
    doneByText: done ? t.doneBy(data.doneByName ?? '', formatDate(done.at, data.timeZone, data.language)) : '',
    open: followUp.status === 'open' && data.canMarkDone,
    note: data.note,
    noteError: errors['note'] ?? '',
    maxNote: LIMITS.reason,
  });
}
