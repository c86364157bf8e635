// What the package view reads from the package beyond the agenda itself: attachments (Vedlegg 1…n) and
// compiled written input, each in the one shape the view renders.
import type { AgendaItem } from '../../../bot/src/domain/agenda';
import { numberAttachments } from '../../../bot/src/domain/attachments';
import type { InputRequestSummary } from '../../../bot/src/domain/meeting-package';

export interface PackageAttachment {
  /** Vedlegg n: numbered across the meeting, in agenda order. */
  number: number;
  title: string;
  url: string;
}

/** Each item's attachments with their Vedlegg number. */
export function numberedAttachments(agenda: readonly AgendaItem[]): Map<string, PackageAttachment[]> {
  const byItem = new Map<string, PackageAttachment[]>();
  for (const a of numberAttachments(agenda)) {
    byItem.set(a.itemId, [...(byItem.get(a.itemId) ?? []), { number: a.number, title: a.title, url: a.url }]);
  }
  return byItem;
}

export interface CompiledQuestion {
  id: string;
  text: string;
  answers: { name: string; text: string }[];
}

export interface CompiledInput {
  questions: CompiledQuestion[];
  /** Others' input exists but this reader may not see it before the meeting. */
  othersHidden: boolean;
}

/**
 * The input the server let this reader see, per question. The answers arrive
 * with the input-privacy work (`inputs`, `othersHidden` on each summary); until
 * then a summary carries none and only the questions show.
 */
export function compiledInput(summary: InputRequestSummary): CompiledInput {
  const raw = summary as { inputs?: unknown; othersHidden?: unknown };
  const inputs = Array.isArray(raw.inputs) ? raw.inputs : [];
  const questions = summary.request.questions.map((q) => ({
    id: q.id,
    text: q.text,
    answers: inputs.flatMap((input: unknown) => {
      const { name, answers } = (input ?? {}) as { name?: unknown; answers?: Record<string, unknown> };
      const text = answers?.[q.id];
      return typeof name === 'string' && typeof text === 'string' && text.trim() !== '' ? [{ name, text }] : [];
    }),
  }));
  return { questions, othersHidden: raw.othersHidden === true };
}
