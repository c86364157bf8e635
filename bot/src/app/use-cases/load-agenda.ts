import { buildAgendaView, type AgendaView } from '../../domain/agenda-view';
import type { AppDeps } from '../deps';
import { loadAgendaScope, type AgendaTarget } from '../support/open-agenda-for-editing';
import type { MeetingScope } from '../scope/request-scope';
import { agendaWithOthers } from '../support/council-agendas';

export type LoadAgendaInput = AgendaTarget;

/** The agenda builder's view of a meeting: items with ETags, missing standard items, postponed items offered. */
export async function loadAgenda(deps: AppDeps, input: LoadAgendaInput): Promise<AgendaView> {
  return agendaViewOf(deps, await loadAgendaScope(deps, input));
}

/**
 * Reads the agenda afresh (one partition query, plus the meeting list and the
 * other meetings' partitions for postponed items). Every agenda change
 * answers with it, so the builder gets all new ETags and numbers at once.
 */
export async function agendaViewOf(deps: AppDeps, ctx: MeetingScope): Promise<AgendaView> {
  const meeting = ctx.meeting.value;
  const { work, others } = await agendaWithOthers(deps, meeting);
  return buildAgendaView(ctx.council.value, meeting, work.item, others);
}
