import type { Meeting } from '../../../bot/src/domain/meeting';
import type { ViewContext, ViewId } from '../views/view-context';
import { chooseMeeting } from './meeting-choice';
import { useAsync, type AsyncState } from './use-async';
import { tabNow } from './tab-clock';

export interface MeetingChoice {
  meetings: AsyncState<Meeting[]>;
  /** The meeting in the address, else the upcoming one, else the latest (chooseMeeting). */
  meeting?: Meeting;
  choose: (meetingId: string) => void;
}

/** Which of the council's meetings a secretary view shows; the choice lives in the address (#/view/meetingId). */
export function useMeetingChoice(ctx: ViewContext, viewId: ViewId): MeetingChoice {
  const { client, council, param, navigate } = ctx;
  const meetings = useAsync(async () => (await client.meetings(council.id)).meetings, [client, council.id]);
  const list = meetings.value ?? [];
  const meeting = chooseMeeting(list, param, tabNow());
  return { meetings, meeting, choose: (meetingId) => navigate(viewId, meetingId) };
}
