import { useEffect, useState } from 'react';
import { announcement, type Announcement } from './LiveStatus';

/**
 * After a save the list is read again; the result is announced and focus
 * returns to the changed item only once the list shows the change, so what
 * is said and what is seen agree.
 */
export function useAfterReload(ready: boolean) {
  const [status, setStatus] = useState<Announcement>();
  const [pending, setPending] = useState<{ status?: Announcement; focusId?: string }>();
  useEffect(() => {
    if (!ready || pending === undefined) return;
    if (pending.status) setStatus(pending.status);
    if (pending.focusId) document.getElementById(pending.focusId)?.focus();
    setPending(undefined);
  }, [ready, pending]);
  return { status, setStatus, afterReload: setPending };
}

/**
 * A list that forms take the place of (meetings, the roster): `mode` is the
 * list or a form. Back on the list focus returns to `focusId`; after a save
 * the list is read again (`reloadList`) and the result announced once it shows.
 */
export function useListWithForms<M extends { kind: string }>(list: M, listLoaded: boolean, reloadList: () => void) {
  const [mode, setMode] = useState<M>(list);
  const { status, setStatus, afterReload } = useAfterReload(mode.kind === list.kind && listLoaded);
  const backToList = (focusId: string) => {
    setMode(list);
    afterReload({ focusId });
  };
  const saved = (text: string, focusId: string) => {
    reloadList();
    setMode(list);
    afterReload({ status: announcement('success', text), focusId });
  };
  return { mode, setMode, status, setStatus, backToList, saved };
}
