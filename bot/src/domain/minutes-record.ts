import { inDueOrder, type FollowUp } from './follow-up';
import type { Member } from './member';
import type { MeetingMinutes } from './minutes';
import type { MinutesDraft } from './minutes-draft';

/**
 * The minutes as they are filed (the referat document): the draft as the
 * reader may see it, with the names the stored rows keep as ids (who
 * approved, who amended), and the follow-ups agreed at this meeting, open or
 * done (a follow-up done later still belongs in the minutes that agreed it).
 */
export interface MinutesRecord {
  /** Each amendment's `by` is the person's name here. */
  draft: MinutesDraft;
  /** Approved under the next meeting's first item: frozen from then, later changes are amendments. */
  approval?: { at: string; by: string; corrections?: string };
  followUps: AgreedFollowUp[];
}

/** A follow-up (oppfølging) agreed at this meeting: who, what, by when; under its item when it has one. */
export interface AgreedFollowUp {
  id: string;
  itemId?: string;
  /** The responsible member's name. */
  who: string;
  what: string;
  /** YYYY-MM-DD. */
  due: string;
}

export interface MinutesRecordFacts {
  draft: MinutesDraft;
  minutes: MeetingMinutes;
  /** The council's follow-ups; those agreed at this meeting are kept. */
  followUps: readonly FollowUp[];
  roster: readonly Member[];
}

export function minutesRecord(facts: MinutesRecordFacts): MinutesRecord {
  const { draft, minutes } = facts;
  const names = new Map(facts.roster.map((m) => [m.aadObjectId, m.name]));
  const nameOf = (id: string): string => names.get(id) ?? id;
  const followUps = inDueOrder(facts.followUps.filter((f) => f.meetingId === minutes.meetingId)).map((f): AgreedFollowUp => ({
    id: f.id,
    who: nameOf(f.responsibleId),
    what: f.what,
    due: f.due,
    ...(f.itemId !== undefined && { itemId: f.itemId }),
  }));
  const { approval } = minutes;
  return {
    draft: {
      ...draft,
      items: draft.items.map((item) => ({ ...item, amendments: item.amendments.map((a) => ({ ...a, by: nameOf(a.by) })) })),
    },
    followUps,
    ...(approval && {
      approval: {
        at: approval.at,
        by: nameOf(approval.by),
        ...(approval.corrections !== undefined && { corrections: approval.corrections }),
      },
    }),
  };
}
