import fc from 'fast-check';
import type { z } from 'zod';
import { InvalidValue } from '../../../bot/src/domain/errors';
import { addMemberSchema, endMembershipSchema, memberDraftSchema } from '../../../bot/src/schemas/roster-bodies';
import {
  agendaOrderSchema,
  newAgendaItemSchema,
  postponedItemSchema,
  postponedMarkSchema,
} from '../../../bot/src/schemas/agenda-requests';
import { answersSchema, attendanceSubmissionSchema, proposalSubmissionSchema } from '../../../bot/src/schemas/card-payloads';
import { councilSettingsSchema } from '../../../bot/src/schemas/council-settings-bodies';
import { invalidValueOf } from '../../../bot/src/schemas/field-problems';
import { createInputRequestSchema } from '../../../bot/src/schemas/input-request-bodies';
import { cancelMeetingSchema, createMeetingSchema, updateMeetingSchema } from '../../../bot/src/schemas/meeting-bodies';
import {
  acceptProposalSchema,
  declineProposalSchema,
  deferProposalSchema,
  mergeProposalSchema,
} from '../../../bot/src/schemas/proposal-requests';
import { applyPlan, hostilePlan, literalText } from '../../support/hostile-values';

/**
 * Every body and card schema against hostile variants of a valid value (pure,
 * so many runs): parsing never throws, a refusal becomes an InvalidValue that
 * names a field of the body, and nothing parsed carries a `__proto__` key or
 * pollutes Object.prototype.
 */

const meetingDetails = { date: '2031-06-11', startTime: '10:00', endTime: '12:30', place: 'NAV Tønsberg' };
const member = {
  name: 'Mari',
  role: 'member',
  organisation: 'FFO',
  inDeputyPool: false,
  editorialBoard: false,
  activeFrom: '2024-01-01',
};

const SCHEMAS: [string, z.ZodType, Record<string, unknown>][] = [
  [
    'newAgendaItem',
    newAgendaItemSchema,
    { id: 'i1', title: 'Sak', kind: 'discussion', description: 'Om saken', plannedMinutes: 20 },
  ],
  ['agendaOrder', agendaOrderSchema, { items: [{ id: 'a', etag: `W/"datetime'2026-12-02T11%3A56%3A31.9801455Z'"` }] }],
  ['postponedItem', postponedItemSchema, { id: 'i2', fromItemId: 'i1' }],
  ['postponedMark', postponedMarkSchema, { postponed: true }],
  ['addMember', addMemberSchema, { ...member, aadObjectId: 'oid-1' }],
  ['memberDraft', memberDraftSchema, member],
  ['endMembership', endMembershipSchema, { activeTo: '2026-12-31' }],
  ['createMeeting', createMeetingSchema, { ...meetingDetails, requestId: 'r1' }],
  [
    'updateMeeting',
    updateMeetingSchema,
    { ...meetingDetails, proposalDeadline: '2031-05-28T23:59', noticeDeadline: '2031-06-04T10:00' },
  ],
  ['cancelMeeting', cancelMeetingSchema, { reason: 'Flyttet' }],
  [
    'councilSettings',
    councilSettingsSchema,
    { language: 'nb', timeZone: 'Europe/Oslo', quorumRule: { type: 'moreThanHalf' }, inputVisibility: 'secretaryUntilMeeting' },
  ],
  [
    'createInputRequest',
    createInputRequestSchema,
    { id: 'r1', questions: [{ text: 'Hva?' }], deadline: '2031-06-01T21:59:00.000Z', askedMemberIds: [] },
  ],
  ['acceptProposal', acceptProposalSchema, { decisionId: 'd1', reason: 'Ja' }],
  ['deferProposal', deferProposalSchema, { decisionId: 'd1', toMeetingId: 'm2' }],
  ['mergeProposal', mergeProposalSchema, { decisionId: 'd1', itemId: 'i1', reason: 'Samme sak' }],
  ['declineProposal', declineProposalSchema, { decisionId: 'd1', reason: 'Nei' }],
  [
    'proposalSubmission',
    proposalSubmissionSchema,
    { formId: '7d0c2f4e-0000-4000-8000-00000000ab01', meeting: 'c~m', title: 'Sak', kind: 'discussion' },
  ],
  ['attendanceSubmission', attendanceSubmissionSchema, { councilId: 'c', meetingId: 'm', choice: 'apologies', reason: 'Syk' }],
  ['answers', answersSchema(['q1', 'q2']), { answer_q1: 'Svar', answer_q2: '' }],
];

const hasOwnProto = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (Object.prototype.hasOwnProperty.call(value, '__proto__') || Object.values(value).some(hasOwnProto));

describe.each(SCHEMAS)('%s', (_name, schema, valid) => {
  const keys = Object.keys(valid);

  it('accepts the valid sample (so the fuzz starts from something real)', () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it('never throws; a refusal names one of the body fields; nothing parsed carries __proto__', () => {
    fc.assert(
      fc.property(hostilePlan(keys), (plan) => {
        const input = applyPlan(plan, keys, valid);
        const parsed = schema.safeParse(input);
        if (parsed.success) {
          expect(hasOwnProto(parsed.data)).toBe(false);
        } else {
          const problem = invalidValueOf(parsed.error, 'body');
          expect(problem).toBeInstanceOf(InvalidValue);
          // "value" is what a bare size check says; the form needs the field it belongs to.
          expect(problem.field).not.toBe('value');
          expect(problem.field.length).toBeGreaterThan(0);
        }
        expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});

it('keeps accepted text exactly as typed, only trimmed', () => {
  fc.assert(
    fc.property(literalText, (title) => {
      const parsed = newAgendaItemSchema.safeParse({ id: 'i1', title, kind: 'discussion' });
      if (parsed.success) expect(parsed.data.title).toBe(title.trim());
    }),
    { numRuns: 500 },
  );
});
