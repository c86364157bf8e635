import { useEffect, useRef, useState } from 'react';
import type { Meeting } from '../../../../bot/src/domain/meeting';
import { useAsync, type AsyncState } from '../../state/use-async';
import type { ViewContext } from '../view-context';
import { chooseMeeting } from '../../state/meeting-choice';
import { tabNow } from '../../state/tab-clock';

export interface MeetingData<T> {
  meetings: Meeting[];
  /** Undefined when the council has no meetings. */
  data?: T;
}

/**
 * Loads the council's meetings, picks the one the view shows and loads the
 * view's data for it. `reload()` loads again keeping the last answer on
 * screen; `reloaded` counts finished reloads (for "Refreshed." announcements).
 */
export function useMeetingData<T>(
  ctx: ViewContext,
  load: (meetingId: string) => Promise<T>,
): { state: AsyncState<MeetingData<T>>; reload: () => void; reloaded: number } {
  const [attempt, setAttempt] = useState(0);
  const state = useAsync(async (): Promise<MeetingData<T>> => {
    const { meetings } = await ctx.client.meetings(ctx.council.id);
    const meeting = chooseMeeting(meetings, ctx.param, tabNow());
    return meeting ? { meetings, data: await load(meeting.id) } : { meetings };
    // `load` is made afresh each render; what it depends on is in this list.
  }, [ctx.client, ctx.council.id, ctx.param, attempt]);

  // Seeing answers as they come: load again when the person comes back to the tab.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') setAttempt((n) => n + 1);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);

  const [reloaded, setReloaded] = useState(0);
  const pending = useRef(false);
  useEffect(() => {
    if (pending.current && state.status !== 'loading') {
      pending.current = false;
      setReloaded((n) => n + 1);
    }
  }, [state.status]);

  return {
    state,
    reload: () => {
      pending.current = true;
      setAttempt((n) => n + 1);
    },
    reloaded,
  };
}
