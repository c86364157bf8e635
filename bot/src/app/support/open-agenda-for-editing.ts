import { assertAgendaEditable } from '../../domain/agenda-edit';
import type { AgendaItem } from '../../domain/agenda';
import type { AppDeps, Principal } from '../deps';
import { loadScope, type MeetingScope, type WorkScope } from '../scope/request-scope';

/** Which meeting's agenda someone wants to change. */
export interface AgendaTarget {
  principal: Principal;
  councilId: string;
  meetingId: string;
}

/** The secretary or chair, on the meeting whose agenda they compile (its items not read yet). */
export function loadAgendaScope(deps: AppDeps, target: AgendaTarget): Promise<MeetingScope> {
  const { principal, councilId, meetingId } = target;
  return loadScope(deps, { principal, councilId, meetingId, managerAction: 'compile the agenda' });
}

/**
 * The first steps of every agenda edit: the secretary or chair, a meeting
 * whose agenda can still change, and its items as they are now.
 */
export async function openAgendaForEditing(
  deps: AppDeps,
  target: AgendaTarget,
): Promise<{ ctx: WorkScope; items: AgendaItem[] }> {
  const ctx = await loadScope(deps, {
    principal: target.principal,
    councilId: target.councilId,
    meetingId: target.meetingId,
    managerAction: 'compile the agenda',
    withWork: true,
  });
  assertAgendaEditable(ctx.meeting.value);
  return { ctx, items: ctx.work.item.map((r) => r.value) };
}
