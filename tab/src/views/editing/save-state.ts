import type { Catalogue } from '../../../../bot/src/texts/catalogue';
import type { Problem } from '../../../../bot/src/domain/problem';
import { saveFailure } from './save-errors';

/**
 * Where an edit form is: typing, saving, told someone else saved first (412),
 * reloading after that, or told the reload itself failed.
 */
export type FormSaveState = 'idle' | 'saving' | 'conflict' | 'reloading' | 'reloadFailed';

/** A form's save as the person sees it: its state, and the sentence above the buttons. */
export interface SaveStatus {
  state: FormSaveState;
  message?: { intent: 'error' | 'info'; text: string };
}

export const READY: SaveStatus = { state: 'idle' };

interface Steps {
  set: (status: SaveStatus) => void;
  texts: Catalogue['editing'];
}

export interface SaveHandlers<T> {
  onSaved: (saved: T) => void;
  /** The server refused one field (400): the form words the problem next to it. */
  onFieldProblem: (field: string, problem: Problem) => void;
  /** Moves focus to the field the server named. */
  focus?: (field: string) => void;
  /** Also say "check the fields" above the buttons (forms with more than one field). */
  summary?: boolean;
  /** General failures are also read out (forms whose successes are announced in the same place). */
  announce?: (intent: 'success' | 'error', text: string) => void;
  /**
   * The form's own sentence for a refusal it can say more precisely than the
   * shared wording (a closed meeting, a field it does not show); undefined
   * leaves the refusal to the shared wording.
   */
  explain?: (error: unknown) => string | undefined;
}

/** Sends a save and turns its outcome into the form's state: saved, a field's problem, a conflict, or a sentence. */
export async function runSave<T>(send: () => Promise<T>, handlers: SaveHandlers<T>, { set, texts }: Steps): Promise<void> {
  set({ state: 'saving' });
  let saved: T;
  try {
    saved = await send();
  } catch (error) {
    const own = handlers.explain?.(error);
    const why = own === undefined ? saveFailure(error, texts) : { kind: 'general' as const, text: own };
    if (why.kind === 'conflict') {
      set({ state: 'conflict' });
    } else if (why.kind === 'field') {
      set(handlers.summary === false ? READY : { state: 'idle', message: { intent: 'error', text: texts.checkFields } });
      handlers.onFieldProblem(why.field, why.problem);
      handlers.focus?.(why.field);
    } else {
      set({ state: 'idle', message: { intent: 'error', text: why.text } });
      handlers.announce?.('error', why.text);
    }
    return;
  }
  set(READY);
  handlers.onSaved(saved);
}

/**
 * After a conflict: reads the entry again. `onFresh` puts the fresh values in
 * the form and returns a problem if the entry is gone. A reload that fails is
 * said as what it is (server unreachable, no longer there), never as another
 * "changed by someone else", and can be tried again.
 */
export async function runReload<T>(
  read: () => Promise<T>,
  onFresh: (fresh: T) => string | undefined,
  { set, texts }: Steps,
): Promise<void> {
  set({ state: 'reloading' });
  let fresh: T;
  try {
    fresh = await read();
  } catch (error) {
    const why = saveFailure(error, texts);
    set({ state: 'reloadFailed', message: { intent: 'error', text: why.kind === 'general' ? why.text : texts.notFound } });
    return;
  }
  const problem = onFresh(fresh);
  set({ state: 'idle', message: problem ? { intent: 'error', text: problem } : { intent: 'info', text: texts.reloaded } });
}
