import { buildAgendaView, type AgendaView } from '../../domain/agenda-view';
import { previousMeeting } from '../../domain/postponement';
import type { AppDeps } from '../deps';
import { loadAgendaScope, type AgendaTarget } from '../support/open-agenda-for-editing';
import type { MeetingScope } from '../scope/request-scope';

export type LoadAgendaInput = AgendaTarget;

/** The agenda builder's view of a meeting: items with ETags, missing standard items, postponed items offered. */
export async function loadAgenda(deps: AppDeps, input: LoadAgendaInput): Promise<AgendaView> {
  return agendaViewOf(deps, await loadAgendaScope(deps, input));
}

/**
 * Reads the agenda afresh (one partition query, plus the meeting list and the
 * previous meeting's partition for postponed items). Every agenda change
 * answers with it, so the builder gets all new ETags and numbers at once.
 */
export async function agendaViewOf(deps: AppDeps, ctx: MeetingScope): Promise<AgendaView> {
  const meeting = ctx.meeting.value;
  const [work, meetings] = await Promise.all([
    deps.work.load(meeting.councilId, meeting.id),
    deps.meetings.list(meeting.councilId),
  ]);
  const previous = previousMeeting(
    meetings.map((m) => m.value),
    meeting,
  );
  const previousItems = previous ? (await deps.work.load(meeting.councilId, previous.id)).item.map((r) => r.value) : [];
  return buildAgendaView(
    ctx.council.value,
    meeting,
    work.item,
    previous ? { meeting: previous, items: previousItems } : undefined,
  );
}
