// What the package view reads from the package beyond the core types: attachments (Vedlegg 1…n) and
// compiled written input. Kept in one place so the view has one shape to render.
import type { AgendaItem } from '../../../bot/src/domain/agenda';
import type { InputRequestSummary } from '../../../bot/src/domain/meeting-package';

export interface PackageAttachment {
  /** Vedlegg n: numbered across the meeting, in agenda order. */
  number: number;
  title: string;
  url: string;
}

interface LinkLike {
  title: string;
  url: string;
}

function isLink(value: unknown): value is LinkLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { title?: unknown }).title === 'string' &&
    typeof (value as { url?: unknown }).url === 'string' &&
    /^https:\/\//.test((value as { url: string }).url)
  );
}

/** Each item's attachments with their Vedlegg number, for items already in agenda order. */
export function numberedAttachments(agenda: readonly AgendaItem[]): Map<string, PackageAttachment[]> {
  let next = 1;
  const byItem = new Map<string, PackageAttachment[]>();
  for (const item of agenda) {
    const links = (item as { attachments?: unknown }).attachments;
    if (!Array.isArray(links)) continue;
    byItem.set(
      item.id,
      links.filter(isLink).map((a) => ({ number: next++, title: a.title, url: a.url })),
    );
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

/** The input the server let this reader see, per question. */
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
