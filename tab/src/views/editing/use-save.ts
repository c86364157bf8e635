import { useCallback, useState } from 'react';
import { useTexts } from '../../texts/texts-context';
import { announcement, type Announcement } from './LiveStatus';
import { focusField } from './save-errors';
import { READY, runReload, runSave, type SaveHandlers, type SaveStatus } from './save-state';

/**
 * One save for every edit form: the busy state, the server's field problems
 * (with focus on the field), the 412 notice and its reload, and what is read
 * out. The form keeps its values; `SaveOutcome` shows `status`.
 */
export function useSave(fieldId?: (field: string) => string) {
  const texts = useTexts().editing;
  const [status, setStatus] = useState<SaveStatus>(READY);
  const [announced, setAnnounced] = useState<Announcement>();
  const announce = useCallback((intent: Announcement['intent'], text: string) => setAnnounced(announcement(intent, text)), []);
  const steps = { set: setStatus, texts };
  return {
    status,
    /** Saving, or waiting on a conflict: the save button is off. */
    busy: status.state !== 'idle',
    /** The latest announcement, for a `LiveStatus`. */
    announced,
    announce,
    /** A new attempt starts: the last sentence goes. */
    clear: () => setStatus((old) => (old.state === 'idle' ? READY : old)),
    /** The form's own check refused the values (the fields say which): say so above the buttons. */
    refuse: (text: string = texts.checkFields) => setStatus({ state: 'idle', message: { intent: 'error', text } }),
    save: <T>(send: () => Promise<T>, handlers: SaveHandlers<T>): Promise<void> => {
      if (status.state !== 'idle') return Promise.resolve();
      const focus = fieldId ? (field: string) => focusField(fieldId(field)) : undefined;
      return runSave(send, { focus, ...handlers }, steps);
    },
    reload: <T>(read: () => Promise<T>, onFresh: (fresh: T) => string | undefined): Promise<void> =>
      runReload(read, onFresh, steps),
  };
}
