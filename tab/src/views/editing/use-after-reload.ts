import { useEffect, useState } from 'react';
import type { Announcement } from './LiveStatus';

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
