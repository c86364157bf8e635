import { orderAgenda, type AgendaItem } from './agenda';
import {
  contentFingerprint,
  publicationHistory,
  publishedMeetingFacts,
  type AgendaPublication,
  type ChannelPost,
  type PublishedItem,
  type PublishedMeetingFacts,
} from './agenda-publication';
import type { CaseNumber } from './case-number';
import type { Meeting } from './meeting';

/**
 * How the agenda differs from one that was published. Found by comparing the
 * published snapshot with the agenda as it is now, so whoever edits the agenda
 * needs to know nothing about notices.
 */
export type ItemChangeKind =
  'added' | 'retitled' | 'moved' | 'minutesChanged' | 'kindChanged' | 'responsibleChanged' | 'contentChanged';

export type MeetingChangeKind = 'timeChanged' | 'placeChanged';

/** An item in a form both a publication and the live agenda can give (live items may lack a number). */
export type ComparableItem = Omit<PublishedItem, 'caseNumber'> & { caseNumber?: CaseNumber };

export interface ChangedItem {
  itemId: string;
  /** In a fixed order (ITEM_CHANGE_ORDER); 'added' stands alone. */
  changes: ItemChangeKind[];
  /** The item as published; absent for an added item. */
  before?: PublishedItem;
  /** The item now. */
  after: ComparableItem;
}

export interface AgendaChanges {
  /** Items on the agenda now that are new or differ from the publication, in agenda order. */
  changed: ChangedItem[];
  /** Published items that are no longer on the agenda, in published order. Their numbers are not reused. */
  removed: PublishedItem[];
  meeting: MeetingChangeKind[];
  /** The meeting's time and place as published. */
  before: PublishedMeetingFacts;
}

export const ITEM_CHANGE_ORDER: readonly ItemChangeKind[] = [
  'added',
  'retitled',
  'moved',
  'minutesChanged',
  'kindChanged',
  'responsibleChanged',
  'contentChanged',
];

/** The live agenda (any order; it is put in reading order) compared with a publication of it. */
export function compareAgenda(published: AgendaPublication, meeting: Meeting, agenda: readonly AgendaItem[]): AgendaChanges {
  return compareItems(published.items, published.meeting, orderAgenda(agenda).map(comparable), publishedMeetingFacts(meeting));
}

/** What a later publication changed relative to an earlier one (what a "changes" post announces). */
export function comparePublications(before: AgendaPublication, after: AgendaPublication): AgendaChanges {
  return compareItems(before.items, before.meeting, after.items, after.meeting);
}

function comparable(item: AgendaItem): ComparableItem {
  const view: ComparableItem = { id: item.id, title: item.title, kind: item.kind, contentFingerprint: contentFingerprint(item) };
  if (item.caseNumber !== undefined) view.caseNumber = item.caseNumber;
  if (item.responsible !== undefined) view.responsible = item.responsible;
  if (item.plannedMinutes !== undefined) view.plannedMinutes = item.plannedMinutes;
  if (item.exempt !== undefined) view.exempt = true;
  return view;
}

function compareItems(
  publishedItems: readonly PublishedItem[],
  publishedMeeting: PublishedMeetingFacts,
  current: readonly ComparableItem[],
  now: PublishedMeetingFacts,
): AgendaChanges {
  const before = new Map(publishedItems.map((item, index) => [item.id, { item, index }]));
  const currentIds = new Set(current.map((item) => item.id));
  const moved = movedItems(
    current.filter((item) => before.has(item.id)).map((item) => ({ id: item.id, publishedIndex: before.get(item.id)!.index })),
  );

  const changed: ChangedItem[] = [];
  for (const item of current) {
    const was = before.get(item.id)?.item;
    if (!was) {
      changed.push({ itemId: item.id, changes: ['added'], after: item });
      continue;
    }
    const changes = new Set<ItemChangeKind>();
    if (item.title !== was.title) changes.add('retitled');
    if (moved.has(item.id)) changes.add('moved');
    if (item.plannedMinutes !== was.plannedMinutes) changes.add('minutesChanged');
    if (item.kind !== was.kind) changes.add('kindChanged');
    if ((item.responsible ?? '') !== (was.responsible ?? '')) changes.add('responsibleChanged');
    if (item.contentFingerprint !== was.contentFingerprint) changes.add('contentChanged');
    if (changes.size > 0) {
      changed.push({ itemId: item.id, changes: ITEM_CHANGE_ORDER.filter((c) => changes.has(c)), before: was, after: item });
    }
  }

  const meetingChanges: MeetingChangeKind[] = [];
  if (now.startsAt !== publishedMeeting.startsAt || now.endsAt !== publishedMeeting.endsAt) meetingChanges.push('timeChanged');
  if ((now.place ?? '') !== (publishedMeeting.place ?? '') || (now.onlineLink ?? '') !== (publishedMeeting.onlineLink ?? '')) {
    meetingChanges.push('placeChanged');
  }

  return {
    changed,
    removed: publishedItems.filter((item) => !currentIds.has(item.id)),
    meeting: meetingChanges,
    before: publishedMeeting,
  };
}

export function hasChanges(changes: AgendaChanges): boolean {
  return changes.changed.length > 0 || changes.removed.length > 0 || changes.meeting.length > 0;
}

export interface ChangeCounts {
  added: number;
  removed: number;
  /** Items that were there and changed in some way (retitled, moved, …). */
  edited: number;
  meeting: number;
}

export function changeCounts(changes: AgendaChanges): ChangeCounts {
  const added = changes.changed.filter((c) => c.changes.includes('added')).length;
  return {
    added,
    removed: changes.removed.length,
    edited: changes.changed.length - added,
    meeting: changes.meeting.length,
  };
}

/**
 * Items that moved relative to the others. Inserting or removing an item
 * shifts every later position, so positions alone say too much; instead the
 * longest run of items that kept their published order stays put, and
 * everything outside it counts as moved (one swap marks one item, not all).
 */
function movedItems(inCurrentOrder: readonly { id: string; publishedIndex: number }[]): Set<string> {
  const kept = longestIncreasingRun(inCurrentOrder.map((entry) => entry.publishedIndex));
  return new Set(inCurrentOrder.filter((_, i) => !kept.has(i)).map((entry) => entry.id));
}

/** Positions (into `values`) of one longest strictly increasing subsequence; O(n log n). */
function longestIncreasingRun(values: readonly number[]): Set<number> {
  const tails: number[] = []; // tails[k]: position of the smallest last value of a run of length k+1
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, position) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (values[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[position] = tails[low - 1]!;
    tails[low] = position;
  });
  const run = new Set<number>();
  for (let at = tails.length > 0 ? tails[tails.length - 1]! : -1; at >= 0; at = previous[at]!) run.add(at);
  return run;
}

/** What the meeting package says about publication: when, and what changed since. */
export interface PublicationSummary {
  noticePublishedAt: string;
  latestRevision: number;
  latestPublishedAt: string;
  /** The latest revision's channel post. */
  channelPost: ChannelPost;
  /** The agenda now against the notice: what members see as "Endret etter innkalling". */
  sinceNotice: AgendaChanges;
  /** The agenda now against the latest publication: what "send changes" would announce. */
  unpublished: AgendaChanges;
}

/**
 * Undefined until the notice is out. A notice row may exist for a meeting
 * still collecting (an attempt that stopped before the meeting moved on); the
 * meeting's status is what counts.
 */
export function summarizePublication(
  meeting: Meeting,
  agenda: readonly AgendaItem[],
  publications: readonly AgendaPublication[],
): PublicationSummary | undefined {
  if (meeting.status === 'planned' || meeting.status === 'collecting') return undefined;
  const history = publicationHistory(publications);
  if (!history) return undefined;
  return {
    noticePublishedAt: history.notice.publishedAt,
    latestRevision: history.latest.revision,
    latestPublishedAt: history.latest.publishedAt,
    channelPost: history.latest.channelPost,
    sinceNotice: compareAgenda(history.notice, meeting, agenda),
    unpublished: compareAgenda(history.latest, meeting, agenda),
  };
}
