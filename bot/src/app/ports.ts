import type { ActivityClaim } from '../domain/activity-claim';
import type { AgendaItem } from '../domain/agenda';
import type { AgendaPublication } from '../domain/agenda-publication';
import type { CalendarFeed } from '../domain/calendar-feed';
import type { Attendance } from '../domain/attendance';
import type { CaseNumber } from '../domain/case-number';
import type { Council } from '../domain/council';
import type { FollowUp } from '../domain/follow-up';
import type { PendingSetup } from '../domain/council-setup';
import type { InputNotice } from '../domain/input-notice';
import type { InputRequest, WrittenInput } from '../domain/input-request';
import type { Meeting } from '../domain/meeting';
import type { Member } from '../domain/member';
import type { MeetingMinutes, MinutesItem } from '../domain/minutes';
import type { AgendaProposal } from '../domain/proposal';

/** A value with the ETag it was read with; every update passes that ETag back. */
export interface Versioned<T> {
  value: T;
  etag: string;
}

export interface CouncilRepository {
  get(councilId: string): Promise<Versioned<Council> | undefined>;
  /** Fails with ConcurrentEdit if a council with that id exists. */
  create(council: Council): Promise<Versioned<Council>>;
  update(council: Council, etag: string): Promise<Versioned<Council>>;
  /** The council a team is linked to (its setup finished), through the team index. */
  findByTeam(tenantId: string, teamId: string): Promise<Versioned<Council> | undefined>;
  /** Links `council.teamId` to the council; idempotent. ConcurrentEdit if the team is linked to another council. */
  linkTeam(council: Council): Promise<void>;
  /**
   * Every council in storage, of every tenant: a full scan. For what the server does across councils on
   * its own (the archive sweep) and for dev mode's person picker; no production request reads it.
   */
  listAll(): Promise<Council[]>;
  /** The tenant's regional councils (a local council's choice of parent), by name. */
  listRegional(tenantId: string): Promise<Council[]>;
  /** Who is setting up a team's council, and its setup cards. */
  getPendingSetup(tenantId: string, teamId: string): Promise<Versioned<PendingSetup> | undefined>;
  /** Fails with ConcurrentEdit if the team's setup exists (someone asked at the same moment). */
  createPendingSetup(setup: PendingSetup): Promise<Versioned<PendingSetup>>;
  /** Fails with ConcurrentEdit if it changed since read. */
  updatePendingSetup(setup: PendingSetup, etag: string): Promise<Versioned<PendingSetup>>;
}

/** How many members createAll takes: the Table service's limit of one transaction. */
export const MAX_MEMBERS_AT_ONCE = 100;

export interface MemberRepository {
  /** The whole roster (history included) in one partition query. */
  listRoster(councilId: string): Promise<Versioned<Member>[]>;
  get(councilId: string, aadObjectId: string): Promise<Versioned<Member> | undefined>;
  create(member: Member): Promise<Versioned<Member>>;
  /**
   * Creates up to MAX_MEMBERS_AT_ONCE members of one council together, all or
   * none (one transaction instead of a write each: a team's roster imported at
   * set-up). ConcurrentEdit if any of them is there already.
   */
  createAll(members: readonly Member[]): Promise<void>;
  update(member: Member, etag: string): Promise<Versioned<Member>>;
  /** Councils a person belongs to, found through the membership index. */
  councilsOf(tenantId: string, aadObjectId: string): Promise<string[]>;
}

export interface MeetingRepository {
  get(councilId: string, meetingId: string): Promise<Versioned<Meeting> | undefined>;
  list(councilId: string): Promise<Versioned<Meeting>[]>;
  create(meeting: Meeting): Promise<Versioned<Meeting>>;
  /** Saves the meeting read with `etag`, raising its `revision` by one in the same write (see nextRevision). */
  update(meeting: Meeting, etag: string): Promise<Versioned<Meeting>>;
}

/** The row kinds that live in a meeting's partition, and their domain types. */
export interface WorkKinds {
  item: AgendaItem;
  proposal: AgendaProposal;
  attendance: Attendance;
  inputRequest: InputRequest;
  input: WrittenInput;
  /** The agenda as published in the notice (revision 0) and in each later change post. */
  publication: AgendaPublication;
  inputNotice: InputNotice;
  /** The minutes' meeting-wide row (one per meeting, id MINUTES_ROW_ID). */
  minutes: MeetingMinutes;
  /** One agenda item's part of the minutes, keyed by the item's id. */
  minutesItem: MinutesItem;
}
export type WorkKind = keyof WorkKinds;

export type VersionedWorkingSet = { [K in WorkKind]: Versioned<WorkKinds[K]>[] };

/** A change to one row of a meeting's partition, for an all-or-nothing batch. */
export type WorkChange<K extends WorkKind = WorkKind> =
  { op: 'create'; kind: K; value: WorkKinds[K] } | { op: 'update'; kind: K; value: WorkKinds[K]; etag: string };
// No 'delete': the SDK sends deletes in a batch unconditionally (If-Match: *),
// and removed rows are kept as history anyway, so removal is a conditional update.

/**
 * Which row of a meeting's partition to read: a written input and an input
 * notice are one member's answer to one request; every other kind has one id.
 * How that becomes a row key is storage's business.
 */
export type WorkRowId<K extends WorkKind> = K extends 'input' | 'inputNotice' ? { requestId: string; memberId: string } : string;

/** A row as a batch left it: its kind, the value as stored and its new ETag. */
export type AppliedRow = { [K in WorkKind]: { kind: K } & Versioned<WorkKinds[K]> }[WorkKind];

/** A meeting's working set: one partition, loaded with one query. */
export interface MeetingWorkRepository {
  load(councilId: string, meetingId: string): Promise<VersionedWorkingSet>;
  get<K extends WorkKind>(
    councilId: string,
    meetingId: string,
    kind: K,
    id: WorkRowId<K>,
  ): Promise<Versioned<WorkKinds[K]> | undefined>;
  create<K extends WorkKind>(councilId: string, kind: K, value: WorkKinds[K]): Promise<Versioned<WorkKinds[K]>>;
  update<K extends WorkKind>(councilId: string, kind: K, value: WorkKinds[K], etag: string): Promise<Versioned<WorkKinds[K]>>;
  /**
   * All changes or none: one entity-group transaction, so at most 100 rows (and 4 MiB); more is refused.
   * Answers with every row as written, in the order of the changes, so nothing re-reads what it just wrote.
   */
  apply(councilId: string, meetingId: string, changes: readonly WorkChange[]): Promise<AppliedRow[]>;
  /**
   * Refuses (InvalidValue) what `apply` would refuse for its shape (row count,
   * sizes, another meeting's rows) without writing or reading anything, so a
   * use case can check before it takes something it cannot give back (case numbers).
   */
  check(councilId: string, meetingId: string, changes: readonly WorkChange[]): void;
}

/** Follow-ups (oppfølging) of a council, across its meetings. */
export interface FollowUpRepository {
  get(councilId: string, followUpId: string): Promise<Versioned<FollowUp> | undefined>;
  /** Fails with ConcurrentEdit if a follow-up with that id exists (a retried create finds it with get). */
  create(followUp: FollowUp): Promise<Versioned<FollowUp>>;
  /** Fails with ConcurrentEdit if it changed since read. */
  update(followUp: FollowUp, etag: string): Promise<Versioned<FollowUp>>;
  /** The council's open follow-ups from every meeting, by due date: one partition query. */
  listOpenFollowUps(councilId: string): Promise<Versioned<FollowUp>[]>;
  /** Every follow-up of the council, open or done, by due date: the same partition query (the minutes list those they agreed). */
  listAllFollowUps(councilId: string): Promise<Versioned<FollowUp>[]>;
  /** Every follow-up agreed at one meeting, open and done, in the order written down: one partition query. */
  listAgreedAt(councilId: string, meetingId: string): Promise<Versioned<FollowUp>[]>;
}

/** Case numbers per council and calendar year; a number handed out is never handed out again. */
export interface CaseNumberCounter {
  take(councilId: string, year: number, count: number, firstSequence: number): Promise<CaseNumber[]>;
  /** The first number not yet handed out for the year, or undefined if none has been. */
  nextFree(councilId: string, year: number): Promise<number | undefined>;
}

/** What the bot needs to message a conversation later. Opaque JSON owned by the Teams adapter. */
export interface StoredConversation {
  tenantId: string;
  /** 'team:<teamId>' for a team's channel, 'user:<aadObjectId>' for a 1:1 chat. */
  key: string;
  reference: Record<string, unknown>;
  updatedAt: string;
}

export interface ConversationStore {
  save(conversation: StoredConversation): Promise<void>;
  get(tenantId: string, key: string): Promise<StoredConversation | undefined>;
}

/** A claim attempt: taken, or someone's claim found (with its ETag, to take over an abandoned one). */
export type ClaimAttempt = { claimed: true } | { claimed: false; existing: Versioned<ActivityClaim> };

/**
 * Bot Framework activities being handled or handled, kept in storage so a
 * redelivery (Teams retries after 15 s; a double press) is recognised even
 * after a restart. Two-phase: a claim, then its completion with the work.
 */
export interface HandledActivityStore {
  /** Takes the claim on a key if nobody holds one; two racing claims cannot both win. */
  claim(key: string, at: string): Promise<ClaimAttempt>;
  /** Takes over the claim read with `etag` (a turn that died left it); false if another redelivery took it first. */
  takeOver(key: string, etag: string, at: string): Promise<boolean>;
  /** The work is done: a redelivery from now on changes nothing. */
  complete(key: string, at: string): Promise<void>;
  /** Gives a claim back when handling failed, so a retry can try again at once. */
  release(key: string): Promise<void>;
}

/** Something to tell a person or a channel outside a conversation turn. */
export interface OutgoingMessage {
  /** Shown in notifications and by clients that cannot render the card. */
  text: string;
  /** An Adaptive Card (JSON) to send with the text. */
  card?: Record<string, unknown>;
}

/** 'unreachable': Teams knows no way to reach them (no stored address, app removed, blocked). */
export type DeliveryResult = 'sent' | 'unreachable';

/** Proactive messages: 1:1 to one member, or a post in a team's channel. */
export interface Messenger {
  sendToMember(tenantId: string, aadObjectId: string, message: OutgoingMessage): Promise<DeliveryResult>;
  postToChannel(tenantId: string, teamId: string, message: OutgoingMessage): Promise<DeliveryResult>;
}

/**
 * Members' personal calendar feed addresses. Only a hash of each secret is
 * kept; a member has at most one address, and only their current one opens.
 */
export interface CalendarFeedStore {
  /** The member's current address, if they made one. */
  current(tenantId: string, aadObjectId: string): Promise<Versioned<CalendarFeed> | undefined>;
  /**
   * Makes `feed` the member's address. With `previous` (as read), replaces it,
   * and the old secret stops opening; ConcurrentEdit if it changed since, or if
   * there is none to replace or (without `previous`) one already exists.
   */
  replace(feed: CalendarFeed, previous: Versioned<CalendarFeed> | undefined): Promise<Versioned<CalendarFeed>>;
  /** Deletes the member's address as read; ConcurrentEdit if it changed since. */
  revoke(previous: Versioned<CalendarFeed>): Promise<void>;
  /** The feed whose secret hashes to `secretHash`, if that is still its member's current address. */
  findBySecretHash(secretHash: string): Promise<CalendarFeed | undefined>;
}
