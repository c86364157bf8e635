import { orderAgenda, itemHeading } from '../../domain/agenda';
import { calendarDate } from '../../domain/calendar-date';
import { inputAnswersOverview } from '../../domain/input-answers';
import type { InputRequestsResponse } from '../../contracts/inputs';
import { canManageMeetings, isActiveOn, isDeputy } from '../../domain/member';
import type { AppDeps, Principal } from '../deps';
import { loadScope, membersOf } from '../scope/request-scope';

/** A meeting's input requests as this member may see them (the tab reads the same type). */
export type InputAnswersView = InputRequestsResponse;

export interface ListInputAnswersInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
}

/**
 * A meeting's input requests with the answers per question, as this member
 * may see them (input privacy is applied in the domain). The secretary and the
 * chair also get who has not answered, whom the bot could not reach, the
 * ETags and the choices for the form.
 */
export async function listInputAnswers(deps: AppDeps, input: ListInputAnswersInput): Promise<InputAnswersView> {
  const { principal, councilId, meetingId } = input;
  const scope = await loadScope(deps, { principal, councilId, meetingId, withWork: true });
  const { work, me: member, now } = scope;
  const council = scope.council.value;
  const meeting = scope.meeting.value;
  const roster = membersOf(scope);
  const canManage = canManageMeetings(member);
  const items = work.item.map((r) => r.value);
  const overview = inputAnswersOverview(
    council,
    meeting,
    roster,
    {
      items,
      inputRequests: work.inputRequest.map((r) => r.value),
      inputs: work.input.map((r) => r.value),
      notices: work.inputNotice.map((r) => r.value),
    },
    { memberId: member.aadObjectId, canManage },
    now,
  );
  const view: InputAnswersView = { ...overview, meeting, timeZone: council.timeZone, canManage };
  if (!canManage) return view;

  const etagOf = new Map(work.inputRequest.map((r) => [r.value.id, r.etag]));
  const meetingDate = calendarDate(meeting.startsAt, council.timeZone);
  view.requests = overview.requests.map((r) => ({ ...r, etag: etagOf.get(r.request.id) }));
  view.choices = {
    members: roster
      .filter((m) => isActiveOn(m, meetingDate))
      .map((m) => ({ memberId: m.aadObjectId, name: m.name, role: m.role, deputy: isDeputy(m) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    items: orderAgenda(items).map((item) => ({ id: item.id, heading: itemHeading(item) })),
  };
  return view;
}
