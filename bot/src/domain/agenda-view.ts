import { orderAgenda, type AgendaItem, type StandardItem } from './agenda';
import { attachmentNumbersByItem } from './attachments';
import type { Council } from './council';
import type { Meeting } from './meeting';
import { agendaChangesAreRecorded, isOpenForMembers } from './meeting-status';
import type { CaseNumber } from './case-number';
import { canMarkPostponed, postponedOffers, postponementChain, type MeetingItems } from './postponement';
import { missingStandardItems } from './standard-items';

/** An item with the ETag its next edit must send, and its attachments' numbers (Vedlegg n). */
export interface AgendaEntry {
  item: AgendaItem;
  etag: string;
  attachmentNumbers: number[];
}

/** A postponed item of an earlier meeting, offered for this one until taken up or dropped. */
export interface PostponedOffer {
  item: AgendaItem;
  /** The item's ETag at its own meeting: dropping the offer sends it. */
  etag: string;
  /** Its numbers so far, oldest first: the earlier chain and the number it was postponed with. */
  numbers: CaseNumber[];
  fromMeeting: Pick<Meeting, 'id' | 'startsAt' | 'endsAt'>;
}

/** What a view needs of the council to show dates (its zone) and standard texts (its language). */
export type CouncilSummary = Pick<Council, 'id' | 'name' | 'language' | 'timeZone'>;

export function councilSummary(council: Council): CouncilSummary {
  return { id: council.id, name: council.name, language: council.language, timeZone: council.timeZone };
}

/** What the agenda builder shows and edits for one meeting. */
export interface AgendaView {
  council: CouncilSummary;
  meeting: Meeting;
  /** In agenda order; removed items are left out. */
  items: AgendaEntry[];
  missingStandardItems: StandardItem[];
  postponedOffers: PostponedOffer[];
  /** Items can be added, edited, moved and removed. */
  editable: boolean;
  /** The notice is out: changes are shown as changes. */
  changesRecorded: boolean;
  /** The meeting is held: items not reached can be marked postponed. */
  canMarkPostponed: boolean;
}

export function buildAgendaView(
  council: Council,
  meeting: Meeting,
  rows: readonly { value: AgendaItem; etag: string }[],
  /** The council's other meetings with their agenda rows: where offers come from, and which agendas took them up. */
  others: readonly MeetingItems<{ value: AgendaItem; etag: string }>[] = [],
): AgendaView {
  const items = rows.map((r) => r.value);
  const etags = new Map(rows.map((r) => [r.value.id, r.etag]));
  const numbers = attachmentNumbersByItem(items);
  const editable = isOpenForMembers(meeting.status);
  return {
    council: councilSummary(council),
    meeting,
    items: orderAgenda(items).map((item) => ({
      item,
      etag: etags.get(item.id) ?? '',
      attachmentNumbers: numbers.get(item.id) ?? [],
    })),
    missingStandardItems: editable ? missingStandardItems(items) : [],
    postponedOffers: editable
      ? postponedOffers({ meeting, items }, others).map(({ row, fromMeeting }) => ({
          item: row.value,
          etag: row.etag,
          numbers: postponementChain(row.value),
          fromMeeting: { id: fromMeeting.id, startsAt: fromMeeting.startsAt, endsAt: fromMeeting.endsAt },
        }))
      : [],
    editable,
    changesRecorded: agendaChangesAreRecorded(meeting.status),
    canMarkPostponed: canMarkPostponed(meeting),
  };
}
