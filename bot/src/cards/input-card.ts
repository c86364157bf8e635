import type { InputVisibility } from '../domain/council';
import type { Language } from '../domain/language';
import { LIMITS } from '../domain/limits';
import { answerFieldId } from '../schemas/card-payloads';
import type { FieldProblem } from '../schemas/field-problems';
import { textsFor } from '../texts/catalogue';
import { bindCard, textData, type AdaptiveCard } from './bind-card';
import { fieldErrorTexts } from './field-errors';
import { problemText } from '../texts/problem-text';
import template from './input-card.json';

export interface InputCardData {
  language: Language;
  councilId: string;
  meetingId: string;
  requestId: string;
  meetingTime: string;
  /** "23/20 Brukermedvirkning" or the item title, when the request belongs to an item. */
  itemTitle?: string;
  deadlineText: string;
  questions: { id: string; text: string }[];
  /** Answer per question id: what is stored, or what the member typed when the form came back. */
  answers: Record<string, string>;
  open: boolean;
  /** Shown when the deadline has passed. */
  secretaryName?: string;
  saved: boolean;
  /** The save replaced earlier answers: say "changes saved", so an edit visibly did something. */
  edited?: boolean;
  problems: FieldProblem[];
  /** Who reads the answer before the meeting (the council's setting), said where the member writes. */
  visibility: InputVisibility;
}

/**
 * One input request: an answer field per question, labelled with the question
 * (so a screen reader names each field by its question), until the deadline;
 * after it, the questions and answers as text.
 */
export function inputCard(data: InputCardData): AdaptiveCard {
  const { inputCard: t, cards: common } = textsFor(data.language);
  const fieldIds = data.questions.map((q) => answerFieldId(q.id));
  const errors = fieldErrorTexts(fieldIds, data.problems, data.language);
  // A problem with the answers as a whole (too much text in all) is said at the top, in full.
  const formLevel = data.problems.find((p) => !fieldIds.includes(p.field));
  return bindCard(template, {
    lang: data.language,
    t: textData(t),
    councilId: data.councilId,
    meetingId: data.meetingId,
    requestId: data.requestId,
    meetingTime: data.meetingTime,
    itemText: data.itemTitle ? t.forItem(data.itemTitle) : '',
    deadlineText: t.deadline(data.deadlineText),
    open: data.open,
    savedText: data.saved ? (data.edited ? t.savedChanges : t.saved) : '',
    closedText: data.open ? '' : t.deadlinePassed(data.deadlineText, data.secretaryName ?? t.theSecretary),
    formProblem: formLevel ? problemText(formLevel, data.language) : data.problems.length > 0 ? common.fixBelow : '',
    privacyText: data.visibility === 'allMembers' ? t.visibleToAll : t.visibleToSecretary,
    maxAnswer: LIMITS.answer,
    questions: data.questions.map((q) => ({
      text: q.text,
      fieldId: answerFieldId(q.id),
      value: data.answers[q.id] ?? '',
      error: errors[answerFieldId(q.id)] ?? '',
    })),
  });
}
