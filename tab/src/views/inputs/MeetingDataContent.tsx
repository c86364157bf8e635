import type { ReactNode } from 'react';
import type { Meeting } from '../../../../bot/src/domain/meeting';
import type { AsyncState } from '../../state/use-async';
import { NotLoadedView } from '../NotLoadedView';
import type { ViewContext, ViewId } from '../view-context';
import type { MeetingData } from './use-meeting-data';
import { ViewHeader } from './ViewHeader';

export interface MeetingDataContentProps<T> {
  ctx: ViewContext;
  viewId: ViewId;
  title: string;
  state: AsyncState<MeetingData<T>>;
  reload: () => void;
  /** What the refresh button does (`reload` unless the view clears something first). */
  onRefresh?: () => void;
  /** Shown when the council has no meetings. */
  noMeetings: ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * The body of a view over one meeting's data (useMeetingData): the load's
 * error or the spinner while there is nothing, `noMeetings` for a council
 * without meetings, else the header (meeting picker, refresh) and `children`.
 */
export function MeetingDataContent<T extends { meeting: Meeting; timeZone: string }>({
  ctx,
  viewId,
  title,
  state,
  reload,
  onRefresh = reload,
  noMeetings,
  children,
}: MeetingDataContentProps<T>) {
  const value = state.value;
  if (!value) return <NotLoadedView state={state} onRetry={reload} />;
  if (!value.data) return <>{noMeetings}</>;
  return (
    <>
      <ViewHeader
        ctx={ctx}
        viewId={viewId}
        title={title}
        meetings={value.meetings}
        meeting={value.data.meeting}
        timeZone={value.data.timeZone}
        onRefresh={onRefresh}
        refreshing={state.status === 'loading'}
      />
      {children(value.data)}
    </>
  );
}
