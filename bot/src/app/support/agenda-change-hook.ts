import type { AgendaItem } from '../../domain/agenda';
import type { Meeting } from '../../domain/meeting';
import type { Member } from '../../domain/member';
import type { WorkChange } from '../ports';

/** One edit of a meeting's agenda, as the builder made it. */
export interface AgendaChange {
  action: 'add' | 'edit' | 'remove' | 'reorder' | 'addStandardItems' | 'addPostponed' | 'acceptProposal';
  /** The items as they were before (empty for an addition). */
  before: AgendaItem[];
  /** The items as they are written. */
  after: AgendaItem[];
}

export interface AgendaChangeContext {
  meeting: Meeting;
  by: Member;
  at: string;
  /** agendaChangesAreRecorded(meeting.status): after the notice, every change is shown as a change. */
  recorded: boolean;
}

/**
 * The hook point for a per-edit log: every agenda use case passes its change
 * here and writes the rows it returns in the same transaction as the change
 * itself. Changes after the notice need no rows of their own: they are found
 * by comparing the agenda with the agenda as published (domain/agenda-changes.ts),
 * so nothing extra is written; the hook stays for an audit trail (who, when).
 */
export function agendaChangeRows(_context: AgendaChangeContext, _change: AgendaChange): WorkChange[] {
  return [];
}
