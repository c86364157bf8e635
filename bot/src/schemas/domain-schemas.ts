import { z } from 'zod';
import { ITEM_KINDS } from '../domain/agenda';
import { DEFAULT_INPUT_VISIBILITY, INPUT_VISIBILITIES } from '../domain/council';
import { INPUT_NOTICE_STATUSES } from '../domain/input-notice';
import { LANGUAGES } from '../domain/language';
import { LIMITS } from '../domain/limits';
import { MEETING_STATUSES } from '../domain/meeting-status';
import { AMENDABLE_FIELDS, PRESENCES } from '../domain/minutes';
import { ROLES } from '../domain/member';
import { DECISION_ACTIONS, NOTICE_RESULTS, PROPOSAL_STATUSES } from '../domain/proposal';
import { isAllowedAttachmentUrl, MAX_ATTACHMENTS_PER_ITEM } from '../domain/attachments';
import { MAX_POSTPONEMENTS } from '../domain/postponement';
import { FOLLOW_UP_STATUSES } from '../domain/follow-up';
import { refinementProblem } from './field-problems';

/**
 * Schemas for the domain types. Used at every edge (HTTP bodies, card
 * payloads) and when reading rows back from storage, so nothing unparsed
 * reaches the core. `satisfies` keeps each in step with its domain type.
 */

/** Trimmed text with a length cap; control characters other than newline/tab are refused. */
export function text(max: number) {
  return (
    z
      .string()
      .trim()
      .max(max, { message: `at most ${max} characters` })
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), {
        message: 'contains control characters',
        ...refinementProblem({ problem: 'controlCharacters' }),
      })
  );
}
export function requiredText(max: number) {
  return text(max).pipe(z.string().min(1, { message: 'required' }));
}

/** Ids are opaque but safe in table keys: no '/', '\\', '#', '?', or '~' (our key separator). */
export const idSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9._:@-]+$/, { message: 'not a valid id' });

/** Any ISO instant in, canonical UTC (`…T08:00:00.000Z`) out, so stored times compare and sort alike. */
export const isoInstant = z.iso.datetime({ offset: true }).transform((s) => new Date(s).toISOString());
export const isoDate = z.iso.date();
export const httpsUrl = z.url({ protocol: /^https?$/, message: 'must be a web address (https://…)' }).max(LIMITS.url);

/** Attachment links: https only (no javascript:, data:, http:), checked by the domain rule too. */
export const attachmentUrl = z
  .string()
  .max(LIMITS.url)
  .refine(isAllowedAttachmentUrl, { message: 'must be an https:// address', ...refinementProblem({ problem: 'notHttpsUrl' }) });

export const attachmentSchema = z.object({ title: requiredText(LIMITS.title), url: attachmentUrl });

export const languageSchema = z.enum(LANGUAGES);
export const roleSchema = z.enum(ROLES);
export const itemKindSchema = z.enum(ITEM_KINDS);
export const meetingStatusSchema = z.enum(MEETING_STATUSES);
export const proposalStatusSchema = z.enum(PROPOSAL_STATUSES);

export const caseNumberSchema = z.object({
  sequence: z.number().int().min(1).max(9999),
  year: z.number().int().min(2000).max(2099),
});

export const quorumRuleSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('moreThanHalf') }),
  z.object({ type: z.literal('atLeast'), count: z.number().int().min(1).max(500) }),
]);

export const councilSchema = z.object({
  id: idSchema,
  tenantId: idSchema,
  name: requiredText(LIMITS.councilName),
  kind: z.enum(['regional', 'local']),
  parentCouncilId: idSchema.optional(),
  language: languageSchema,
  timeZone: z.string().min(1).max(64),
  quorumRule: quorumRuleSchema,
  caseNumberStart: z.object({ year: z.number().int().min(2000).max(2099), next: z.number().int().min(1).max(9999) }).optional(),
  // Rows written before the setting existed read as the safe default.
  inputVisibility: z.enum(INPUT_VISIBILITIES).default(DEFAULT_INPUT_VISIBILITY),
  minutesArchiveMonths: z.number().int().min(1).max(120).optional(),
  teamId: z.string().max(200).optional(),
  channelId: z.string().max(200).optional(),
});

export const memberSchema = z.object({
  councilId: idSchema,
  aadObjectId: idSchema,
  tenantId: idSchema,
  name: requiredText(LIMITS.name),
  role: roleSchema,
  organisation: text(LIMITS.organisation).optional(),
  title: text(LIMITS.organisation).optional(),
  votingMember: z.boolean(),
  deputyOf: idSchema.optional(),
  inDeputyPool: z.boolean(),
  editorialBoard: z.boolean(),
  language: languageSchema.optional(),
  activeFrom: isoDate,
  activeTo: isoDate.optional(),
});

/** A calendar feed address as stored: its member and the hash of its secret (never the secret). */
export const calendarFeedSchema = z.object({
  tenantId: idSchema,
  aadObjectId: idSchema,
  secretHash: z.string().regex(/^[0-9a-f]{64}$/),
  createdAt: isoInstant,
});

export const meetingSchema = z.object({
  id: idSchema,
  councilId: idSchema,
  status: meetingStatusSchema,
  startsAt: isoInstant,
  endsAt: isoInstant,
  place: text(LIMITS.place).optional(),
  onlineLink: httpsUrl.optional(),
  proposalDeadline: isoInstant,
  noticeDeadline: isoInstant,
  cancelledReason: text(LIMITS.reason).optional(),
  agendaLockedAt: isoInstant.optional(),
  revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

/**
 * An item's chain of earlier case numbers. Rows written before the chain was
 * kept hold one number (an object): read as a chain of one.
 */
const postponedFromSchema = z.preprocess(
  (value) => (value !== undefined && !Array.isArray(value) ? [value] : value),
  z.array(caseNumberSchema).min(1).max(MAX_POSTPONEMENTS),
);

export const agendaItemSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  order: z.number().int().min(0).max(100000),
  title: requiredText(LIMITS.title),
  kind: itemKindSchema,
  standard: z.enum(['approval', 'anyOtherBusiness']).optional(),
  responsible: text(LIMITS.name).optional(),
  description: text(LIMITS.description).optional(),
  plannedMinutes: z.number().int().min(1).max(600).optional(),
  caseNumber: caseNumberSchema.optional(),
  exempt: z.object({ legalBasis: requiredText(LIMITS.reason), publicTitle: requiredText(LIMITS.title).optional() }).optional(),
  postponedFrom: postponedFromSchema.optional(),
  fromProposalId: idSchema.optional(),
  attachments: z.array(attachmentSchema).max(MAX_ATTACHMENTS_PER_ITEM).optional(),
  postponed: z.boolean().optional(),
  postponementDropped: z.object({ by: idSchema, at: isoInstant, reason: requiredText(LIMITS.reason) }).optional(),
  removedAt: isoInstant.optional(),
});

export const proposalSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  proposerId: idSchema,
  title: requiredText(LIMITS.title),
  description: text(LIMITS.description).optional(),
  kind: itemKindSchema,
  presenter: text(LIMITS.name).optional(),
  link: httpsUrl.optional(),
  status: proposalStatusSchema,
  decisionReason: text(LIMITS.reason).optional(),
  createdAt: isoInstant,
  decision: z
    .object({
      id: idSchema,
      action: z.enum(DECISION_ACTIONS),
      decidedBy: idSchema,
      decidedAt: isoInstant,
      agendaItemId: idSchema.optional(),
      deferredTo: z.object({ meetingId: idSchema, proposalId: idSchema }).optional(),
    })
    .optional(),
  deferredFrom: z.object({ meetingId: idSchema, proposalId: idSchema }).optional(),
  proposerNotified: z.object({ result: z.enum(NOTICE_RESULTS), at: isoInstant }).optional(),
});

export const attendanceAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('attend') }),
  z.object({ kind: z.literal('remote') }),
  z.object({ kind: z.literal('apologies'), reason: text(LIMITS.reason).optional(), reasonInMinutes: z.boolean().optional() }),
  z.object({ kind: z.literal('deputy'), deputyId: idSchema }),
]);

export const attendanceSchema = z.object({
  meetingId: idSchema,
  memberId: idSchema,
  answer: attendanceAnswerSchema,
  answeredAt: isoInstant,
});

export const inputRequestSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  questions: z
    .array(z.object({ id: idSchema, text: requiredText(LIMITS.question) }))
    .min(1)
    .max(LIMITS.questionsPerRequest),
  deadline: isoInstant,
  agendaItemId: idSchema.optional(),
  askedMemberIds: z.array(idSchema).max(500),
  createdAt: isoInstant,
  createdBy: idSchema.optional(),
  closedAt: isoInstant.optional(),
});

export const writtenInputSchema = z.object({
  meetingId: idSchema,
  requestId: idSchema,
  memberId: idSchema,
  answers: z.record(idSchema, text(LIMITS.answer)),
  submittedAt: isoInstant,
});

export const publishedItemSchema = z.object({
  id: idSchema,
  caseNumber: caseNumberSchema,
  title: requiredText(LIMITS.title),
  kind: itemKindSchema,
  responsible: text(LIMITS.name).optional(),
  plannedMinutes: z.number().int().min(1).max(600).optional(),
  exempt: z.boolean().optional(),
  contentFingerprint: z.string().regex(/^[0-9a-f]{16}$/),
});

export const agendaPublicationSchema = z.object({
  meetingId: idSchema,
  revision: z.number().int().min(0).max(9999),
  publishedAt: isoInstant,
  publishedBy: idSchema,
  meeting: z.object({
    startsAt: isoInstant,
    endsAt: isoInstant,
    place: text(LIMITS.place).optional(),
    onlineLink: httpsUrl.optional(),
  }),
  // One transaction holds at most 100 rows, so an agenda never has more items than that.
  items: z.array(publishedItemSchema).max(100),
  channelPost: z.object({
    state: z.enum(['pending', 'sending', 'sent', 'failed', 'unreachable', 'noChannel']),
    at: isoInstant,
  }),
});

const channelPostSchema = z.object({
  state: z.enum(['pending', 'sending', 'sent', 'failed', 'unreachable', 'noChannel']),
  at: isoInstant,
});

export const qaLineSchema = z.object({ name: text(LIMITS.name), text: text(LIMITS.qaLine) });

export const minutesItemSchema = z.object({
  meetingId: idSchema,
  itemId: idSchema,
  notes: text(LIMITS.minutesNotes),
  qa: z.array(qaLineSchema).max(LIMITS.qaLinesPerItem),
  decision: text(LIMITS.decision),
  notReached: z.boolean(),
  updatedAt: isoInstant,
  updatedBy: idSchema,
});

export const actualAttendanceSchema = z.object({
  memberId: idSchema,
  presence: z.enum(PRESENCES),
  answered: z.enum(['attend', 'remote', 'apologies', 'deputy', 'notAnswered']),
  standingInFor: idSchema.optional(),
  cameLate: z.boolean().optional(),
  leftEarly: z.boolean().optional(),
});

export const amendmentSchema = z.object({
  at: isoInstant,
  by: idSchema,
  itemId: idSchema,
  field: z.enum(AMENDABLE_FIELDS),
  before: text(LIMITS.minutesNotes),
  after: text(LIMITS.minutesNotes),
  reason: requiredText(LIMITS.reason),
});

export const meetingMinutesSchema = z.object({
  meetingId: idSchema,
  heldAt: isoInstant,
  heldBy: idSchema,
  noticeSentElsewhere: z.boolean().optional(),
  attendance: z.array(actualAttendanceSchema).max(500),
  minuteTakerId: idSchema.optional(),
  sentForApproval: z.object({ at: isoInstant, by: idSchema, channelPost: channelPostSchema }).optional(),
  approval: z.object({ at: isoInstant, by: idSchema, corrections: text(LIMITS.corrections).optional() }).optional(),
  amendments: z.array(amendmentSchema).max(200),
});

export const inputNoticeSchema = z.object({
  meetingId: idSchema,
  requestId: idSchema,
  memberId: idSchema,
  status: z.enum(INPUT_NOTICE_STATUSES),
  at: isoInstant,
  detail: text(LIMITS.reason).optional(),
});

export const followUpSchema = z.object({
  id: idSchema,
  councilId: idSchema,
  meetingId: idSchema,
  meetingStartsAt: isoInstant,
  itemId: idSchema.optional(),
  responsibleId: idSchema,
  what: requiredText(LIMITS.description),
  due: isoDate,
  status: z.enum(FOLLOW_UP_STATUSES),
  createdBy: idSchema,
  createdAt: isoInstant,
  done: z.object({ by: idSchema, at: isoInstant, note: requiredText(LIMITS.reason) }).optional(),
});

// Compile-time check that each schema produces exactly its domain type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<T extends true> = T;
export type SchemasMatchDomain = [
  Check<Same<z.infer<typeof councilSchema>, import('../domain/council').Council>>,
  Check<Same<z.infer<typeof memberSchema>, import('../domain/member').Member>>,
  Check<Same<z.infer<typeof meetingSchema>, import('../domain/meeting').Meeting>>,
  Check<Same<z.infer<typeof agendaItemSchema>, import('../domain/agenda').AgendaItem>>,
  Check<Same<z.infer<typeof proposalSchema>, import('../domain/proposal').AgendaProposal>>,
  Check<Same<z.infer<typeof attendanceSchema>, import('../domain/attendance').Attendance>>,
  Check<Same<z.infer<typeof inputRequestSchema>, import('../domain/input-request').InputRequest>>,
  Check<Same<z.infer<typeof writtenInputSchema>, import('../domain/input-request').WrittenInput>>,
  Check<Same<z.infer<typeof agendaPublicationSchema>, import('../domain/agenda-publication').AgendaPublication>>,
  Check<Same<z.infer<typeof inputNoticeSchema>, import('../domain/input-notice').InputNotice>>,
  Check<Same<z.infer<typeof minutesItemSchema>, import('../domain/minutes').MinutesItem>>,
  Check<Same<z.infer<typeof meetingMinutesSchema>, import('../domain/minutes').MeetingMinutes>>,
  Check<Same<z.infer<typeof followUpSchema>, import('../domain/follow-up').FollowUp>>,
];
