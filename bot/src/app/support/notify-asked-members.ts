import { itemHeading } from '../../domain/agenda';
import { calendarDate } from '../../domain/calendar-date';
import { ConcurrentEdit } from '../../domain/errors';
import type { Person } from '../../domain/input-answers';
import { couldNotReach, type InputNotice, type InputNoticeStatus } from '../../domain/input-notice';
import { acceptsInput, askedMembers, type InputRequest } from '../../domain/input-request';
import { isActiveOn, type Member } from '../../domain/member';
import { inputRequestNotice } from '../../cards/input-request-notice';
import type { AppDeps } from '../deps';
import type { VersionedWorkingSet } from '../ports';
import { membersOf, type MeetingScope } from '../scope/request-scope';

/** Who was told 1:1 and whom the bot could not reach (the secretary contacts them another way). */
export interface NoticeReport {
  sent: Person[];
  couldNotReach: Person[];
}

/** Messages in flight at once: well inside Teams' per-tenant rate, and the messenger throttles too. */
const PARALLEL_SENDS = 4;

/**
 * Tells every asked member about an open request with the input card, at most
 * once per member and request: a notice row is claimed (created) before the
 * send, so a retried or concurrent call skips whoever is already claimed. The
 * person acting is not messaged about their own request.
 */
export async function notifyAskedMembers(
  deps: AppDeps,
  scope: MeetingScope,
  request: InputRequest,
  work: VersionedWorkingSet,
): Promise<NoticeReport> {
  const { me: actor, now } = scope;
  const council = scope.council.value;
  const meeting = scope.meeting.value;
  const roster = membersOf(scope);
  const asked = askedMembers(request, roster, calendarDate(meeting.startsAt, council.timeZone)).filter(
    (m) => m.aadObjectId !== actor.aadObjectId,
  );
  const known = new Map(work.inputNotice.filter((n) => n.value.requestId === request.id).map((n) => [n.value.memberId, n.value]));
  const open = acceptsInput(meeting, request, now);

  const item = request.agendaItemId ? work.item.find((r) => r.value.id === request.agendaItemId)?.value : undefined;
  const today = calendarDate(now, council.timeZone);
  const secretary = roster.find((m) => m.role === 'secretary' && isActiveOn(m, today));
  const tell = async (member: Member): Promise<InputNotice> => {
    const language = member.language ?? council.language;
    const message = inputRequestNotice({
      council,
      meeting,
      request,
      language,
      ...(item && { itemTitle: itemHeading(item) }),
      ...(secretary && { secretaryName: secretary.name }),
    });
    return sendOnce(deps, council.id, request, member, message);
  };

  const outcomes = new Map<string, InputNotice>();
  const toTell = asked.filter((m) => !known.has(m.aadObjectId));
  for (let i = 0; open && i < toTell.length; i += PARALLEL_SENDS) {
    const batch = toTell.slice(i, i + PARALLEL_SENDS);
    const told = await Promise.all(batch.map(tell));
    told.forEach((notice) => outcomes.set(notice.memberId, notice));
  }

  const report: NoticeReport = { sent: [], couldNotReach: [] };
  for (const m of asked) {
    const notice = outcomes.get(m.aadObjectId) ?? known.get(m.aadObjectId);
    if (!notice) continue;
    const person = { memberId: m.aadObjectId, name: m.name };
    if (notice.status === 'sent') report.sent.push(person);
    else if (couldNotReach(notice)) report.couldNotReach.push(person);
  }
  return report;
}

async function sendOnce(
  deps: AppDeps,
  councilId: string,
  request: InputRequest,
  member: Member,
  message: { text: string; card: Record<string, unknown> },
): Promise<InputNotice> {
  const claim: InputNotice = {
    meetingId: request.meetingId,
    requestId: request.id,
    memberId: member.aadObjectId,
    status: 'sending',
    at: deps.clock().toISOString(),
  };
  let claimed;
  try {
    claimed = await deps.work.create(councilId, 'inputNotice', claim);
  } catch (error) {
    // Another call (a retry racing this one) claimed this member first and sends the message.
    if (!(error instanceof ConcurrentEdit)) throw error;
    const stored = await deps.work.get(councilId, request.meetingId, 'inputNotice', {
      requestId: request.id,
      memberId: member.aadObjectId,
    });
    return stored?.value ?? claim;
  }
  let status: InputNoticeStatus;
  let detail: string | undefined;
  try {
    status = await deps.messenger.sendToMember(member.tenantId, member.aadObjectId, message);
  } catch (error) {
    // Teams refused for a reason retrying did not cure; recorded, and the secretary is told to reach them otherwise.
    status = 'failed';
    detail = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  }
  const outcome: InputNotice = { ...claim, status, at: deps.clock().toISOString(), ...(detail !== undefined && { detail }) };
  return (await deps.work.update(councilId, 'inputNotice', outcome, claimed.etag)).value;
}
