import { orderAgenda, type AgendaItem, type ItemKind } from './agenda';
import type { CaseNumber } from './case-number';
import type { Meeting } from './meeting';

/**
 * A published agenda: what members were told, in the notice (revision 0) or
 * in a later "changes" post (revision 1, 2, …). Stored as one row per revision
 * in the meeting's partition, so "what was published" never depends on the
 * agenda builder keeping a change log: changes are found by comparing.
 */
export interface AgendaPublication {
  meetingId: string;
  /** 0 = the notice (innkalling); 1, 2, … = changes sent afterwards. */
  revision: number;
  publishedAt: string;
  /** aadObjectId of the secretary or chair who published. */
  publishedBy: string;
  /** The meeting's time and place as published. */
  meeting: PublishedMeetingFacts;
  /** Every item as published, in agenda order, each with its case number. */
  items: PublishedItem[];
  /** Whether the channel post for this revision went out (see ChannelPost). */
  channelPost: ChannelPost;
}

export interface PublishedMeetingFacts {
  startsAt: string;
  endsAt: string;
  place?: string;
  onlineLink?: string;
}

/** One item as published. Long text is kept as a fingerprint: enough to see that it changed. */
export interface PublishedItem {
  id: string;
  caseNumber: CaseNumber;
  title: string;
  kind: ItemKind;
  responsible?: string;
  plannedMinutes?: number;
  /** Unntatt offentlighet: the channel post shows the title only, marked as exempt. */
  exempt?: boolean;
  /** Fingerprint of everything else about the item (description, exemption, attachments, …). */
  contentFingerprint: string;
}

/**
 * The channel post of one revision. `sending` is claimed (with the row's ETag)
 * before the post, so two retries cannot both post; if the process stops
 * mid-send, the claim goes stale and a retry is allowed again.
 */
export type ChannelPostState = 'pending' | 'sending' | 'sent' | 'failed' | 'unreachable' | 'noChannel';
export interface ChannelPost {
  state: ChannelPostState;
  /** When the state was last set. */
  at: string;
}

/**
 * What happened to a revision's channel post, as the secretary is told:
 * - sent: posted now; alreadySent: posted before (never twice);
 * - noChannel: the council is not linked to a team (the package is in the tab);
 * - unreachable: Teams knows no way to the channel (bot not installed, removed);
 * - failed: Teams refused or could not be reached; the secretary can try again;
 * - inProgress: another request is posting it right now.
 */
export type ChannelOutcome = 'sent' | 'alreadySent' | 'noChannel' | 'unreachable' | 'failed' | 'inProgress';

/** Where a post would go: nowhere (no team linked), a team the bot cannot reach yet, or its channel. */
export type ChannelLink = 'notLinked' | 'noConversation' | 'linked';

/** A `sending` claim older than this is taken to be a send that stopped half-way (crash, restart). */
export const STALE_SENDING_MS = 10 * 60 * 1000;

/** Whether the channel post of a revision may be (re)tried now. `sent` is final: a notice is posted once. */
export function channelPostCanBeTried(post: ChannelPost, now: Date): boolean {
  if (post.state === 'sent') return false;
  if (post.state === 'sending') return now.getTime() - Date.parse(post.at) >= STALE_SENDING_MS;
  return true;
}

/**
 * Fields a PublishedItem keeps by name, and bookkeeping that is no news to
 * members (removal is seen as absence; "postponed" is marked after the
 * meeting); everything else goes into the content fingerprint.
 */
const NOT_CONTENT = new Set([
  'id',
  'meetingId',
  'order',
  'caseNumber',
  'title',
  'kind',
  'responsible',
  'plannedMinutes',
  'fromProposalId',
  'removedAt',
  'postponed',
]);

/**
 * A short, stable fingerprint of an item's content: FNV-1a (64-bit) over the
 * item's untracked fields as canonical JSON. Fields the agenda gains later
 * (attachments, …) are covered without changes here. Not a security hash:
 * it only has to notice edits.
 */
export function contentFingerprint(item: AgendaItem): string {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (!NOT_CONTENT.has(key) && !isEmpty(value)) rest[key] = value;
  }
  return fnv1a64(canonicalJson(rest));
}

/** No attachments and no description are the same whether the field is absent, [] or ''. */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** JSON with object keys sorted, so the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}

/** An item as it will be published; it must already have its case number. */
export function publishedItem(item: AgendaItem): PublishedItem {
  if (item.caseNumber === undefined) throw new RangeError(`item ${item.id} is published without a case number`);
  const published: PublishedItem = {
    id: item.id,
    caseNumber: item.caseNumber,
    title: item.title,
    kind: item.kind,
    contentFingerprint: contentFingerprint(item),
  };
  if (item.responsible !== undefined) published.responsible = item.responsible;
  if (item.plannedMinutes !== undefined) published.plannedMinutes = item.plannedMinutes;
  if (item.exempt !== undefined) published.exempt = true;
  return published;
}

export function publishedMeetingFacts(meeting: Meeting): PublishedMeetingFacts {
  const facts: PublishedMeetingFacts = { startsAt: meeting.startsAt, endsAt: meeting.endsAt };
  if (meeting.place !== undefined) facts.place = meeting.place;
  if (meeting.onlineLink !== undefined) facts.onlineLink = meeting.onlineLink;
  return facts;
}

/** The row for one revision, from a fully numbered agenda. Its channel post starts as `pending`. */
export function buildPublication(
  meeting: Meeting,
  numberedAgenda: readonly AgendaItem[],
  revision: number,
  publishedBy: string,
  now: Date,
): AgendaPublication {
  return {
    meetingId: meeting.id,
    revision,
    publishedAt: now.toISOString(),
    publishedBy,
    meeting: publishedMeetingFacts(meeting),
    items: orderAgenda(numberedAgenda).map(publishedItem),
    channelPost: { state: 'pending', at: now.toISOString() },
  };
}

/** The notice (revision 0) and the latest revision, from a meeting's publication rows in any order. */
export function publicationHistory(
  publications: readonly AgendaPublication[],
): { notice: AgendaPublication; latest: AgendaPublication } | undefined {
  const sorted = [...publications].sort((a, b) => a.revision - b.revision);
  const notice = sorted.find((p) => p.revision === 0);
  const latest = sorted[sorted.length - 1];
  return notice && latest ? { notice, latest } : undefined;
}

/**
 * What a change post for `revision` compares with: the newest earlier revision
 * whose post reached the channel, so changes in a post that failed are not lost
 * to members. Undefined when none did: then the whole notice is posted instead.
 */
export function changePostBaseline(publications: readonly AgendaPublication[], revision: number): AgendaPublication | undefined {
  return publications
    .filter((p) => p.revision < revision && p.channelPost.state === 'sent')
    .sort((a, b) => b.revision - a.revision)[0];
}

/** Row id of a revision: zero-padded so rows sort in revision order. */
export function publicationRowId(revision: number): string {
  return String(revision).padStart(4, '0');
}
