import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../../bot/src/app/deps';
import { DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY } from '../../../bot/src/dev/demo-ids';
import { emptyMinutesItem, type MeetingMinutes } from '../../../bot/src/domain/minutes';
import { aMeeting, aMember, anItem, aProposal } from '../../support/storage-builders';
import type { Identity } from './identities';

/**
 * The one table of who may call which tab API route. Its keys must be exactly
 * the routes the production server registers: a new route without an entry
 * fails the matrix, and so does an entry for a route that is gone.
 *
 * `who`: `public` — anyone, even without a token; `feedSecret` — anyone holding a personal
 * calendar feed's secret, signed in or not (without it: 404, api-authorization-matrix.test.ts);
 * `signedIn` — anyone with a valid token (their own data only);
 * `members` — the council's active members, any role; `managers` — the
 * secretary and the chair; `minuteTaker` — the secretary, the chair and the
 * member named minute-taker of that meeting (the `member` identity is named in
 * every meeting these routes are tried on). Everything else is refused: 401 without a valid
 * token, 403 for a valid token of someone who may not.
 */
export type Audience = 'public' | 'feedSecret' | 'signedIn' | 'members' | 'managers' | 'minuteTaker';

export interface PreparedCall {
  path: string;
  body?: unknown;
  etag?: string;
}

/** What a request builder may use: the app's storage and an API client as the secretary. */
export interface CallContext {
  deps: AppDeps;
  councilId: string;
  meetingId: string;
  /** A later meeting of the council (a target for "defer"). */
  laterMeetingId: string;
  /** The past (held) meeting with a postponed item. */
  pastMeetingId: string;
  asSecretary<T>(method: string, path: string, options?: { body?: unknown; etag?: string }): Promise<{ status: number; body: T }>;
}

/**
 * The context on the demo council at `now`: its next meeting, the newer past
 * meeting (held, its minutes a draft, so its items can still be marked not
 * reached), and the one after the next as the later meeting, created as
 * `laterMeetingId` where the seed has none.
 */
export async function demoCallContext(
  deps: AppDeps,
  options: { now: Date; laterMeetingId: string; asSecretary: CallContext['asSecretary'] },
): Promise<CallContext> {
  const meetings = (await deps.meetings.list(DEMO_COUNCIL_ID)).map((m) => m.value);
  const byStart = (a: { startsAt: string }, b: { startsAt: string }) => a.startsAt.localeCompare(b.startsAt);
  const upcoming = meetings.filter((m) => Date.parse(m.startsAt) > options.now.getTime()).sort(byStart);
  const past = meetings
    .filter((m) => Date.parse(m.startsAt) < options.now.getTime())
    .sort(byStart)
    .at(-1);
  if (!upcoming[0] || !past) throw new Error('the demo seed has no upcoming or no past meeting');
  const later = upcoming[1]?.id ?? options.laterMeetingId;
  if (!upcoming[1]) await deps.meetings.create(aMeeting(DEMO_COUNCIL_ID, later, '2031-09-10'));
  return {
    deps,
    councilId: DEMO_COUNCIL_ID,
    meetingId: upcoming[0].id,
    laterMeetingId: later,
    pastMeetingId: past.id,
    asSecretary: options.asSecretary,
  };
}

export interface RouteEntry {
  who: Audience;
  /** A valid request (body, fresh ETag), made afresh for each allowed call and once for all refused ones. */
  prepare(ctx: CallContext): Promise<PreparedCall>;
  /**
   * Statuses besides 2xx that still show an allowed caller got past
   * authorization, when a valid request cannot be made from the demo alone. Say why.
   */
  alsoAllowed?: { statuses: number[]; why: string };
}

export type Expected = 'allowed' | 401 | 403 | 404;

const noTokenIdentities: readonly Identity[] = ['noToken', 'expiredToken', 'wrongAudience'];

/** The expectation for one identity on one route, derived from the route's audience. */
export function expectationFor(who: Audience, identity: Identity): Expected {
  if (who === 'public' || who === 'feedSecret') return 'allowed';
  if (noTokenIdentities.includes(identity)) return 401;
  if (who === 'signedIn') return 'allowed';
  if (identity === 'secretary' || identity === 'chair') return 'allowed';
  if (identity === 'member' && who === 'minuteTaker') return 'allowed';
  if (identity === 'member' || identity === 'observer' || identity === 'deputy') return who === 'members' ? 'allowed' : 403;
  return 403;
}

const council = '/api/councils/:councilId';
const meeting = `${council}/meetings/:meetingId`;

const at = (ctx: CallContext, template: string, extra: Record<string, string> = {}): string =>
  template
    .replace(':councilId', ctx.councilId)
    .replace(':meetingId', ctx.meetingId)
    .replace(/:(\w+)/g, (whole, name: string) => extra[name] ?? whole);

const get = (template: string) => (ctx: CallContext) => Promise.resolve({ path: at(ctx, template) });

/** A fresh meeting far ahead, so every allowed call changes its own (cancel, publish, edit). */
async function freshMeeting(ctx: CallContext): Promise<{ id: string; etag: string }> {
  const id = `m-matrix-${randomUUID().slice(0, 8)}`;
  const created = await ctx.deps.meetings.create(
    aMeeting(ctx.councilId, id, '2031-05-14', {
      proposalDeadline: '2031-04-30T21:59:00.000Z',
      noticeDeadline: '2031-05-07T08:00:00.000Z',
    }),
  );
  return { id, etag: created.etag };
}

async function freshProposal(ctx: CallContext): Promise<{ id: string; etag: string }> {
  const id = randomUUID();
  const created = await ctx.deps.work.create(ctx.councilId, 'proposal', aProposal(ctx.meetingId, id, DEMO_MEMBERS.adele));
  return { id, etag: created.etag };
}

async function freshMember(ctx: CallContext, overrides: { activeTo?: string } = {}): Promise<{ id: string; etag: string }> {
  const id = `matrix-${randomUUID().slice(0, 8)}`;
  const created = await ctx.deps.members.create(
    aMember(ctx.councilId, id, { tenantId: '00000000-0000-0000-0000-0000000000001', ...overrides }),
  );
  return { id, etag: created.etag };
}

interface AgendaBody {
  agenda: { items: { item: { id: string; standard?: string; removedAt?: string }; etag: string }[] };
  item?: { id: string };
  etag?: string;
}

async function freshItem(ctx: CallContext): Promise<{ id: string; etag: string }> {
  const id = `item-${randomUUID().slice(0, 8)}`;
  const reply = await ctx.asSecretary<AgendaBody>('POST', at(ctx, `${meeting}/agenda/items`), {
    body: { id, title: 'Sak fra matrisen', kind: 'discussion' },
  });
  if (reply.status !== 201 || !reply.body.etag) throw new Error(`could not add an agenda item: ${reply.status}`);
  return { id, etag: reply.body.etag };
}

async function freshInputRequest(ctx: CallContext): Promise<{ id: string; etag: string }> {
  const id = randomUUID();
  const reply = await ctx.asSecretary<{ etag: string }>('POST', at(ctx, `${meeting}/input-requests`), {
    body: inputRequestBody(id),
  });
  if (reply.status >= 300) throw new Error(`could not create an input request: ${reply.status}`);
  return { id, etag: reply.body.etag };
}

const inputRequestBody = (id?: string) => ({
  ...(id && { id }),
  questions: [{ text: 'Hva bør vi spørre NAV om?' }],
  // Tomorrow: before the upcoming meeting starts.
  deadline: new Date(Date.now() + 24 * 3600 * 1000).toISOString(),
  askedMemberIds: [DEMO_MEMBERS.adele],
});

const memberDraft = {
  name: 'Mari Matrise',
  role: 'member',
  organisation: 'FFO',
  inDeputyPool: false,
  editorialBoard: false,
  activeFrom: '2024-01-01',
};

let nextNumber = 0;

interface FeedStatus {
  feed: { createdAt: string } | null;
  etag?: string;
}

/** A feed address of the secretary's, made afresh (replacing the one they have): its path and ETag. */
async function freshFeed(ctx: CallContext): Promise<{ path: string; etag: string }> {
  const status = await ctx.asSecretary<FeedStatus>('GET', '/api/me/calendar-feed');
  const made = await ctx.asSecretary<{ path: string; etag: string }>('POST', '/api/me/calendar-feed', {
    body: {},
    ...(status.body.etag !== undefined && { etag: status.body.etag }),
  });
  if (made.status !== 200) throw new Error(`could not make a feed address: ${made.status}`);
  return made.body;
}

const meetingDetails = { date: '2031-06-11', startTime: '10:00', endTime: '12:30', place: 'NAV Tønsberg' };

/**
 * A held meeting of the demo council with its minutes in the state asked for,
 * the `member` identity (Adele) named minute-taker, and one numbered item with
 * its part. Built in storage directly, so each allowed call gets its own.
 */
async function freshMinutes(
  ctx: CallContext,
  status: 'noticeSent' | 'minutesDraft' | 'minutesApproved',
  extra: Partial<MeetingMinutes> = {},
): Promise<{ id: string; meetingEtag: string; minutesEtag: string; partEtag: string }> {
  const id = `m-minutes-${randomUUID().slice(0, 8)}`;
  const meeting = await ctx.deps.meetings.create(
    aMeeting(ctx.councilId, id, '2025-03-12', {
      status,
      proposalDeadline: '2025-02-26T21:59:00.000Z',
      noticeDeadline: '2025-03-05T08:00:00.000Z',
    }),
  );
  const at = '2025-03-12T12:00:00.000Z';
  const minutes: MeetingMinutes = {
    meetingId: id,
    heldAt: at,
    heldBy: DEMO_SECRETARY,
    attendance: [{ memberId: DEMO_SECRETARY, presence: 'inPerson', answered: 'attend' }],
    minuteTakerId: DEMO_MEMBERS.adele,
    amendments: [],
    ...extra,
  };
  const rows =
    status === 'noticeSent'
      ? []
      : await ctx.deps.work.apply(ctx.councilId, id, [
          { op: 'create', kind: 'minutes', value: minutes },
          {
            op: 'create',
            kind: 'minutesItem',
            value: { ...emptyMinutesItem(id, 'item-1', at, DEMO_SECRETARY), decision: 'Vedtatt.' },
          },
        ]);
  await ctx.deps.work.create(ctx.councilId, 'item', anItem(id, 'item-1', 10, { caseNumber: { year: 2025, sequence: 4 } }));
  return { id, meetingEtag: meeting.etag, minutesEtag: rows[0]?.etag ?? '', partEtag: rows[1]?.etag ?? '' };
}

const sentForApproval = (): Partial<MeetingMinutes> => ({
  sentForApproval: {
    at: '2025-03-13T08:00:00.000Z',
    by: DEMO_SECRETARY,
    channelPost: { state: 'sent', at: '2025-03-13T08:00:00.000Z' },
  },
});
const minutesPath = (ctx: CallContext, meetingId: string, rest: string) => at(ctx, `${council}/meetings/${meetingId}${rest}`);

/** A minutes document of a draft sent for approval: every member may read it (the minutes view's rule). */
const minutesDocument =
  (rest: string) =>
  async (ctx: CallContext): Promise<PreparedCall> => {
    const m = await freshMinutes(ctx, 'minutesDraft', sentForApproval());
    return { path: minutesPath(ctx, m.id, rest) };
  };

export const API_ROUTES: Record<string, RouteEntry> = {
  'GET /api/health': { who: 'public', prepare: () => Promise.resolve({ path: '/api/health' }) },
  'GET /api/me': { who: 'signedIn', prepare: () => Promise.resolve({ path: '/api/me' }) },

  'GET /api/councils/:councilId/meetings': { who: 'members', prepare: get(`${council}/meetings`) },
  'POST /api/councils/:councilId/meetings': {
    who: 'managers',
    prepare: (ctx) =>
      Promise.resolve({ path: at(ctx, `${council}/meetings`), body: { ...meetingDetails, requestId: randomUUID() } }),
  },
  'GET /api/councils/:councilId/meetings/:meetingId': { who: 'members', prepare: get(meeting) },
  'PUT /api/councils/:councilId/meetings/:meetingId': {
    who: 'managers',
    prepare: async (ctx) => {
      const m = await freshMeeting(ctx);
      return {
        path: at(ctx, `${council}/meetings/${m.id}`),
        etag: m.etag,
        body: { ...meetingDetails, proposalDeadline: '2031-05-28T23:59', noticeDeadline: '2031-06-04T10:00' },
      };
    },
  },
  'POST /api/councils/:councilId/meetings/:meetingId/cancel': {
    who: 'managers',
    prepare: async (ctx) => {
      const m = await freshMeeting(ctx);
      return { path: at(ctx, `${council}/meetings/${m.id}/cancel`), etag: m.etag, body: { reason: 'Flyttet' } };
    },
  },
  'GET /api/councils/:councilId/meetings/:meetingId/package': { who: 'members', prepare: get(`${meeting}/package`) },
  // The notice as documents: every member, like the package; the public version is no wider (see document-routes.ts).
  'GET /api/councils/:councilId/meetings/:meetingId/notice.docx': { who: 'members', prepare: get(`${meeting}/notice.docx`) },
  'GET /api/councils/:councilId/meetings/:meetingId/notice.pdf': {
    who: 'members',
    prepare: get(`${meeting}/notice.pdf?version=public`),
  },
  'GET /api/councils/:councilId/meetings/:meetingId/notice.html': { who: 'members', prepare: get(`${meeting}/notice.html`) },
  // A signed download link: only for a document the caller may read now, so exactly its audience (download-links.test.ts).
  'POST /api/download-links': {
    who: 'members',
    prepare: (ctx) =>
      Promise.resolve({ path: '/api/download-links', body: { path: at(ctx, `${meeting}/notice.pdf?version=public`) } }),
  },

  'GET /api/councils/:councilId/meetings/:meetingId/proposals': { who: 'managers', prepare: get(`${meeting}/proposals`) },
  'POST /api/councils/:councilId/meetings/:meetingId/proposals/:proposalId/accept': {
    who: 'managers',
    prepare: async (ctx) => {
      const p = await freshProposal(ctx);
      return { path: at(ctx, `${meeting}/proposals/${p.id}/accept`), etag: p.etag, body: { decisionId: randomUUID() } };
    },
  },
  'POST /api/councils/:councilId/meetings/:meetingId/proposals/:proposalId/defer': {
    who: 'managers',
    prepare: async (ctx) => {
      const p = await freshProposal(ctx);
      return {
        path: at(ctx, `${meeting}/proposals/${p.id}/defer`),
        etag: p.etag,
        body: { decisionId: randomUUID(), toMeetingId: ctx.laterMeetingId },
      };
    },
  },
  'POST /api/councils/:councilId/meetings/:meetingId/proposals/:proposalId/merge': {
    who: 'managers',
    prepare: async (ctx) => {
      const [p, item] = await Promise.all([freshProposal(ctx), freshItem(ctx)]);
      return {
        path: at(ctx, `${meeting}/proposals/${p.id}/merge`),
        etag: p.etag,
        body: { decisionId: randomUUID(), itemId: item.id, reason: 'Hører til samme sak' },
      };
    },
  },
  'POST /api/councils/:councilId/meetings/:meetingId/proposals/:proposalId/decline': {
    who: 'managers',
    prepare: async (ctx) => {
      const p = await freshProposal(ctx);
      return {
        path: at(ctx, `${meeting}/proposals/${p.id}/decline`),
        etag: p.etag,
        body: { decisionId: randomUUID(), reason: 'Utenfor mandatet' },
      };
    },
  },

  'GET /api/councils/:councilId/meetings/:meetingId/agenda': { who: 'managers', prepare: get(`${meeting}/agenda`) },
  'POST /api/councils/:councilId/meetings/:meetingId/agenda/items': {
    who: 'managers',
    prepare: (ctx) =>
      Promise.resolve({
        path: at(ctx, `${meeting}/agenda/items`),
        body: { id: `item-${randomUUID().slice(0, 8)}`, title: 'Ny sak', kind: 'briefing' },
      }),
  },
  'PUT /api/councils/:councilId/meetings/:meetingId/agenda/items/:itemId': {
    who: 'managers',
    prepare: async (ctx) => {
      const item = await freshItem(ctx);
      return {
        path: at(ctx, `${meeting}/agenda/items/${item.id}`),
        etag: item.etag,
        body: { title: 'Endret sak', kind: 'decision' },
      };
    },
  },
  'POST /api/councils/:councilId/meetings/:meetingId/agenda/items/:itemId/remove': {
    who: 'managers',
    prepare: async (ctx) => {
      const item = await freshItem(ctx);
      return { path: at(ctx, `${meeting}/agenda/items/${item.id}/remove`), etag: item.etag, body: {} };
    },
  },
  'PUT /api/councils/:councilId/meetings/:meetingId/agenda/items/:itemId/postponed': {
    who: 'managers',
    // Marking "not reached" belongs to a held meeting: the past one's item, with its ETag read afresh.
    prepare: async (ctx) => {
      const path = at(ctx, `${council}/meetings/${ctx.pastMeetingId}/agenda`);
      const read = await ctx.asSecretary<AgendaBody>('GET', path);
      const entry = read.body.agenda.items.find((e) => e.item.id === 'strategy');
      if (!entry) throw new Error(`the past meeting has no item "strategy" (${read.status})`);
      return { path: `${path}/items/strategy/postponed`, etag: entry.etag, body: { postponed: true } };
    },
  },
  'PUT /api/councils/:councilId/meetings/:meetingId/agenda/order': {
    who: 'managers',
    prepare: async (ctx) => {
      // The order names every ordinary item, as the agenda builder sends it: here reversed.
      const read = await ctx.asSecretary<AgendaBody>('GET', at(ctx, `${meeting}/agenda`));
      const ordinary = read.body.agenda.items.filter((e) => e.item.standard === undefined && !e.item.removedAt);
      const items = ordinary.reverse().map((e) => ({ id: e.item.id, etag: e.etag }));
      return { path: at(ctx, `${meeting}/agenda/order`), body: { items } };
    },
  },
  'POST /api/councils/:councilId/meetings/:meetingId/agenda/standard-items': {
    who: 'managers',
    prepare: get(`${meeting}/agenda/standard-items`),
  },
  'POST /api/councils/:councilId/meetings/:meetingId/agenda/postponed-items': {
    who: 'managers',
    // Each call takes up its own numbered item left "not reached" at the past meeting.
    prepare: async (ctx) => {
      const fromItemId = `not-reached-${randomUUID().slice(0, 8)}`;
      await ctx.deps.work.create(
        ctx.councilId,
        'item',
        anItem(ctx.pastMeetingId, fromItemId, 90, {
          postponed: true,
          caseNumber: { year: 2025, sequence: 500 + (nextNumber += 1) },
        }),
      );
      return { path: at(ctx, `${meeting}/agenda/postponed-items`), body: { id: `item-${randomUUID().slice(0, 8)}`, fromItemId } };
    },
  },

  'POST /api/councils/:councilId/meetings/:meetingId/agenda/postponed-items/:fromMeetingId/:fromItemId/dropped': {
    who: 'managers',
    // Each call drops its own numbered item left "not reached" at the past meeting, with the ETag storage gave it.
    prepare: async (ctx) => {
      const fromItemId = `dropped-${randomUUID().slice(0, 8)}`;
      const stored = await ctx.deps.work.create(
        ctx.councilId,
        'item',
        anItem(ctx.pastMeetingId, fromItemId, 90, {
          postponed: true,
          caseNumber: { year: 2025, sequence: 500 + (nextNumber += 1) },
        }),
      );
      return {
        path: at(ctx, `${meeting}/agenda/postponed-items/${ctx.pastMeetingId}/${fromItemId}/dropped`),
        etag: stored.etag,
        body: { reason: 'Løst utenfor møtet' },
      };
    },
  },

  'GET /api/councils/:councilId/follow-ups': { who: 'members', prepare: get(`${council}/follow-ups`) },
  'POST /api/councils/:councilId/meetings/:meetingId/follow-ups': {
    // Written down with the minutes: on a held meeting whose minute-taker is the matrix's member.
    who: 'minuteTaker',
    prepare: async (ctx) => {
      const m = await freshMinutes(ctx, 'minutesDraft');
      return {
        path: minutesPath(ctx, m.id, '/follow-ups'),
        body: {
          id: `fu-${randomUUID().slice(0, 8)}`,
          responsibleId: DEMO_MEMBERS.isaiah,
          what: 'Sjekke om brukerpanelet kan møtes i Notodden',
          due: '2026-12-31',
        },
      };
    },
  },
  'POST /api/councils/:councilId/follow-ups/:followUpId/done': {
    // Isaiah's own follow-up: the matrix's member (Adele) is not responsible for it, so only the managers may.
    who: 'managers',
    prepare: async (ctx) => {
      const id = `fu-${randomUUID().slice(0, 8)}`;
      const stored = await ctx.deps.followUps.create({
        id,
        councilId: ctx.councilId,
        meetingId: ctx.pastMeetingId,
        meetingStartsAt: '2020-01-01T09:00:00.000Z',
        responsibleId: DEMO_MEMBERS.isaiah,
        what: 'Ringe NAV Notodden',
        due: '2026-12-31',
        status: 'open',
        createdBy: DEMO_MEMBERS.isaiah,
        createdAt: '2020-01-01T12:00:00.000Z',
      });
      return { path: at(ctx, `${council}/follow-ups/${id}/done`), etag: stored.etag, body: { note: 'Ringt, svar kommer' } };
    },
  },

  'GET /api/councils/:councilId/roster': { who: 'members', prepare: get(`${council}/roster`) },
  'POST /api/councils/:councilId/members': {
    who: 'managers',
    prepare: (ctx) =>
      Promise.resolve({
        path: at(ctx, `${council}/members`),
        body: { ...memberDraft, aadObjectId: `matrix-${randomUUID().slice(0, 8)}` },
      }),
  },
  'PUT /api/councils/:councilId/members/:memberId': {
    who: 'managers',
    prepare: async (ctx) => {
      const m = await freshMember(ctx);
      return { path: at(ctx, `${council}/members/${m.id}`), etag: m.etag, body: memberDraft };
    },
  },
  'POST /api/councils/:councilId/members/:memberId/end': {
    who: 'managers',
    prepare: async (ctx) => {
      const m = await freshMember(ctx);
      return { path: at(ctx, `${council}/members/${m.id}/end`), etag: m.etag, body: { activeTo: '2026-12-31' } };
    },
  },
  'POST /api/councils/:councilId/members/:memberId/reactivate': {
    who: 'managers',
    prepare: async (ctx) => {
      const m = await freshMember(ctx, { activeTo: '2025-01-01' });
      return {
        path: at(ctx, `${council}/members/${m.id}/reactivate`),
        etag: m.etag,
        body: { ...memberDraft, activeFrom: '2026-01-01' },
      };
    },
  },

  'GET /api/councils/:councilId/settings': { who: 'members', prepare: get(`${council}/settings`) },
  'PUT /api/councils/:councilId/settings': {
    who: 'managers',
    prepare: async (ctx) => {
      const read = await ctx.asSecretary<{ settings: Record<string, unknown>; etag: string }>(
        'GET',
        at(ctx, `${council}/settings`),
      );
      const { language, timeZone, quorumRule, inputVisibility } = read.body.settings;
      return {
        path: at(ctx, `${council}/settings`),
        etag: read.body.etag,
        body: { language, timeZone, quorumRule, inputVisibility },
      };
    },
  },

  'GET /api/councils/:councilId/meetings/:meetingId/publication': { who: 'managers', prepare: get(`${meeting}/publication`) },
  'POST /api/councils/:councilId/meetings/:meetingId/notice': {
    who: 'managers',
    prepare: async (ctx) => {
      const m = await freshMeeting(ctx);
      await ctx.deps.work.create(ctx.councilId, 'item', anItem(m.id, 'item-1', 10));
      return { path: at(ctx, `${council}/meetings/${m.id}/notice`), etag: m.etag, body: {} };
    },
  },
  'POST /api/councils/:councilId/meetings/:meetingId/agenda-changes': {
    who: 'managers',
    prepare: async (ctx) => {
      const m = await freshMeeting(ctx);
      return { path: at(ctx, `${council}/meetings/${m.id}/agenda-changes`), etag: m.etag, body: {} };
    },
    alsoAllowed: { statuses: [409], why: 'a fresh meeting has no notice yet, so there are no changes to send' },
  },
  'POST /api/councils/:councilId/meetings/:meetingId/channel-post': {
    who: 'managers',
    prepare: async (ctx) => {
      const m = await freshMeeting(ctx);
      return { path: at(ctx, `${council}/meetings/${m.id}/channel-post`), etag: m.etag, body: {} };
    },
    alsoAllowed: { statuses: [409], why: 'a fresh meeting has no failed channel post to retry' },
  },

  'GET /api/councils/:councilId/meetings/:meetingId/attendance': { who: 'members', prepare: get(`${meeting}/attendance`) },

  'GET /api/councils/:councilId/meetings/:meetingId/meeting.ics': { who: 'members', prepare: get(`${meeting}/meeting.ics`) },
  'GET /api/councils/:councilId/calendar/:yearFile': { who: 'members', prepare: get(`${council}/calendar/2027.ics`) },
  'GET /api/me/calendar-feed': { who: 'signedIn', prepare: get('/api/me/calendar-feed') },
  'POST /api/me/calendar-feed': {
    who: 'signedIn',
    // Each identity makes its first address; one who has one already must send its ETag (412 without).
    prepare: () => Promise.resolve({ path: '/api/me/calendar-feed', body: {} }),
    alsoAllowed: { statuses: [412], why: 'a person who made an address earlier in the run must send its ETag to replace it' },
  },
  'POST /api/me/calendar-feed/revoke': {
    who: 'signedIn',
    prepare: async (ctx) => {
      const feed = await freshFeed(ctx);
      return { path: '/api/me/calendar-feed/revoke', etag: feed.etag, body: {} };
    },
    alsoAllowed: {
      statuses: [404, 412],
      why: "the ETag is of the secretary's address: anyone else has none (404) or their own, with another ETag (412)",
    },
  },
  'GET /api/calendar-feeds/:feedFile': {
    who: 'feedSecret',
    prepare: async (ctx) => ({ path: (await freshFeed(ctx)).path }),
  },

  'GET /api/councils/:councilId/meetings/:meetingId/input-requests': {
    who: 'members',
    prepare: get(`${meeting}/input-requests`),
  },
  'POST /api/councils/:councilId/meetings/:meetingId/input-requests': {
    who: 'managers',
    prepare: (ctx) => Promise.resolve({ path: at(ctx, `${meeting}/input-requests`), body: inputRequestBody(randomUUID()) }),
  },
  'PUT /api/councils/:councilId/meetings/:meetingId/input-requests/:requestId': {
    who: 'managers',
    prepare: async (ctx) => {
      const r = await freshInputRequest(ctx);
      return { path: at(ctx, `${meeting}/input-requests/${r.id}`), etag: r.etag, body: inputRequestBody() };
    },
  },
  'POST /api/councils/:councilId/meetings/:meetingId/input-requests/:requestId/close': {
    who: 'managers',
    prepare: async (ctx) => {
      const r = await freshInputRequest(ctx);
      return { path: at(ctx, `${meeting}/input-requests/${r.id}/close`), etag: r.etag, body: {} };
    },
  },
  'POST /api/councils/:councilId/meetings/:meetingId/hold': {
    who: 'managers',
    prepare: async (ctx) => {
      const m = await freshMinutes(ctx, 'noticeSent');
      return { path: minutesPath(ctx, m.id, '/hold'), etag: m.meetingEtag, body: {} };
    },
  },
  'GET /api/councils/:councilId/meetings/:meetingId/minutes': { who: 'members', prepare: get(`${meeting}/minutes`) },
  // The minutes as documents: whoever may read them in the view (a draft once sent for approval: every member).
  'GET /api/councils/:councilId/meetings/:meetingId/minutes.docx': { who: 'members', prepare: minutesDocument('/minutes.docx') },
  'GET /api/councils/:councilId/meetings/:meetingId/minutes.pdf': {
    who: 'members',
    prepare: minutesDocument('/minutes.pdf?version=public'),
  },
  'GET /api/councils/:councilId/meetings/:meetingId/minutes.html': { who: 'members', prepare: minutesDocument('/minutes.html') },
  'PUT /api/councils/:councilId/meetings/:meetingId/minutes/attendance': {
    who: 'minuteTaker',
    prepare: async (ctx) => {
      const m = await freshMinutes(ctx, 'minutesDraft');
      return {
        path: minutesPath(ctx, m.id, '/minutes/attendance'),
        etag: m.minutesEtag,
        body: { corrections: [{ memberId: DEMO_SECRETARY, presence: 'inPerson', cameLate: true }] },
      };
    },
  },
  'PUT /api/councils/:councilId/meetings/:meetingId/minutes/minute-taker': {
    who: 'managers',
    prepare: async (ctx) => {
      const m = await freshMinutes(ctx, 'minutesDraft');
      return {
        path: minutesPath(ctx, m.id, '/minutes/minute-taker'),
        etag: m.minutesEtag,
        body: { minuteTakerId: DEMO_SECRETARY },
      };
    },
  },
  'PUT /api/councils/:councilId/meetings/:meetingId/minutes/items/:itemId': {
    who: 'minuteTaker',
    prepare: async (ctx) => {
      const m = await freshMinutes(ctx, 'minutesDraft');
      return {
        path: minutesPath(ctx, m.id, '/minutes/items/item-1'),
        etag: m.partEtag,
        body: { notes: 'Referat fra matrisen', qa: [], decision: '', notReached: false },
      };
    },
  },
  'POST /api/councils/:councilId/meetings/:meetingId/minutes/send-for-approval': {
    who: 'managers',
    prepare: async (ctx) => {
      const m = await freshMinutes(ctx, 'minutesDraft');
      return { path: minutesPath(ctx, m.id, '/minutes/send-for-approval'), etag: m.minutesEtag, body: {} };
    },
  },
  'POST /api/councils/:councilId/meetings/:meetingId/minutes/approve': {
    who: 'managers',
    prepare: async (ctx) => {
      const m = await freshMinutes(ctx, 'minutesDraft', sentForApproval());
      return { path: minutesPath(ctx, m.id, '/minutes/approve'), etag: m.minutesEtag, body: { corrections: 'Ingen' } };
    },
  },
  'POST /api/councils/:councilId/meetings/:meetingId/minutes/items/:itemId/amend': {
    who: 'managers',
    prepare: async (ctx) => {
      const m = await freshMinutes(ctx, 'minutesApproved', {
        ...sentForApproval(),
        approval: { at: '2025-05-14T09:00:00.000Z', by: DEMO_SECRETARY },
      });
      return {
        path: minutesPath(ctx, m.id, '/minutes/items/item-1/amend'),
        etag: m.partEtag,
        body: { field: 'decision', after: 'Vedtatt enstemmig.', reason: 'Rettet etter godkjenning' },
      };
    },
  },
  'POST /api/councils/:councilId/archive-due-meetings': {
    who: 'managers',
    prepare: (ctx) => Promise.resolve({ path: at(ctx, `${council}/archive-due-meetings`), body: {} }),
  },
};

export const MATRIX_COUNCIL_ID = DEMO_COUNCIL_ID;
