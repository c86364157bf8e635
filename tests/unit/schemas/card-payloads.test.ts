import type { z } from 'zod';
import { InvalidValue } from '../../../bot/src/domain/errors';
import {
  answerFieldId,
  answersSchema,
  attendanceSubmissionSchema,
  meetingChoiceSchema,
  meetingChoiceValue,
  parseMeetingRef,
  proposalSubmissionSchema,
} from '../../../bot/src/schemas/card-payloads';
import { fieldProblems, type FieldProblem } from '../../../bot/src/schemas/field-problems';

/** The problems a card would show for this payload, or [] when it parses. */
function problemsOf(schema: z.ZodType, data: unknown): FieldProblem[] {
  const result = schema.safeParse(data);
  return result.success ? [] : fieldProblems(result.error);
}

const FORM_ID = '3f6c2a9e-8b1d-4c7a-9e2f-1a2b3c4d5e6f';

/** What Teams sends for a filled-in proposal form: every input, "" where left empty. */
function proposalPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    formId: FORM_ID,
    meeting: 'council-vt~meeting-1',
    title: 'Ventetid på svar fra NAV Kontaktsenter',
    description: '',
    kind: 'discussion',
    presenter: '',
    link: '',
    ...overrides,
  };
}

describe('meetingChoiceSchema', () => {
  it('reads "councilId~meetingId" into a meeting reference', () => {
    expect(meetingChoiceSchema.parse('council-vt~meeting-1')).toEqual({ councilId: 'council-vt', meetingId: 'meeting-1' });
  });

  it('round-trips the value the bot puts in the card', () => {
    const ref = { councilId: 'c.vt_2026:x@y', meetingId: 'm-2026-10-26' };
    expect(meetingChoiceSchema.parse(meetingChoiceValue(ref))).toEqual(ref);
  });

  it.each([
    ['an extra ~ part', 'council-vt~meeting-1~x'],
    ['a trailing ~', 'council-vt~meeting-1~'],
    ['no ~ at all', 'council-vt'],
    ['an empty meeting id', 'council-vt~'],
    ['an empty council id', '~meeting-1'],
    ['a / in an id', 'council/vt~meeting-1'],
    ['a # in an id', 'council-vt~meeting#1'],
    ['a space in an id', 'council vt~meeting-1'],
    ['an id longer than 64 characters', `council-vt~${'m'.repeat(65)}`],
  ])('refuses %s', (_what, value) => {
    expect(meetingChoiceSchema.safeParse(value).success).toBe(false);
  });

  it.each([[''], ['   '], [undefined]])('treats %j as not chosen (required)', (value) => {
    expect(problemsOf(proposalSubmissionSchema, proposalPayload({ meeting: value }))).toEqual([
      { field: 'meeting', problem: 'required' },
    ]);
  });

  it('reports a garbled meeting choice on the meeting field, not as a crash', () => {
    const problems = problemsOf(proposalSubmissionSchema, proposalPayload({ meeting: 'a~b~c' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('meeting');
    expect(problems[0]!.problem).not.toBe('required');
  });
});

describe('proposalSubmissionSchema', () => {
  it('accepts a filled-in form and treats blank optional fields as absent', () => {
    const parsed = proposalSubmissionSchema.parse(
      proposalPayload({ title: '  Ventetid  ', description: '   ', presenter: '\t', link: ' ' }),
    );
    expect(parsed).toEqual({
      formId: FORM_ID,
      meeting: { councilId: 'council-vt', meetingId: 'meeting-1' },
      title: 'Ventetid',
      kind: 'discussion',
    });
    expect(parsed.description).toBeUndefined();
    expect(parsed.presenter).toBeUndefined();
    expect(parsed.link).toBeUndefined();
  });

  it('keeps the optional fields when they are filled in', () => {
    const parsed = proposalSubmissionSchema.parse(
      proposalPayload({
        description: 'Mange venter lenge.\nSe vedlagt statistikk.',
        kind: 'decision',
        presenter: 'Kari Nordmann',
        link: 'https://www.nav.no/kontakt',
      }),
    );
    expect(parsed.description).toBe('Mange venter lenge.\nSe vedlagt statistikk.');
    expect(parsed.kind).toBe('decision');
    expect(parsed.presenter).toBe('Kari Nordmann');
    expect(parsed.link).toBe('https://www.nav.no/kontakt');
  });

  it.each([[''], ['   '], [undefined]])('a title of %j is required', (title) => {
    expect(problemsOf(proposalSubmissionSchema, proposalPayload({ title }))).toEqual([{ field: 'title', problem: 'required' }]);
  });

  it('a title of 200 characters is fine; 201 is too long, with the limit in the problem', () => {
    expect(problemsOf(proposalSubmissionSchema, proposalPayload({ title: 'a'.repeat(200) }))).toEqual([]);
    expect(problemsOf(proposalSubmissionSchema, proposalPayload({ title: 'a'.repeat(201) }))).toEqual([
      { field: 'title', problem: 'tooLong', params: { max: 200 } },
    ]);
  });

  it('a description over 4000 characters is too long', () => {
    expect(problemsOf(proposalSubmissionSchema, proposalPayload({ description: 'x'.repeat(4001) }))).toEqual([
      { field: 'description', problem: 'tooLong', params: { max: 4000 } },
    ]);
  });

  it.each([['ftp://nav.no/fil'], ['javascript:alert(1)'], ['www.nav.no'], ['se nettsiden'], ['mailto:post@nav.no']])(
    'a link %j is not a web address',
    (link) => {
      expect(problemsOf(proposalSubmissionSchema, proposalPayload({ link }))).toEqual([{ field: 'link', problem: 'notUrl' }]);
    },
  );

  it.each([['http://intranett.nav.no/sak'], ['https://www.nav.no/']])('a link %j is accepted', (link) => {
    expect(proposalSubmissionSchema.parse(proposalPayload({ link })).link).toBe(link);
  });

  it.each([['urgent'], ['Vedtak'], ['DISCUSSION']])('a kind of %j is not one of the choices', (kind) => {
    expect(problemsOf(proposalSubmissionSchema, proposalPayload({ kind }))).toEqual([{ field: 'kind', problem: 'notChosen' }]);
  });

  it('a blank kind asks the member to pick one', () => {
    expect(problemsOf(proposalSubmissionSchema, proposalPayload({ kind: '' }))).toEqual([
      { field: 'kind', problem: 'notChosen' },
    ]);
  });

  it('reports one problem per field, for every field that has one', () => {
    const problems = problemsOf(
      proposalSubmissionSchema,
      proposalPayload({ meeting: '', title: '', kind: 'urgent', link: 'nav.no', presenter: 'p'.repeat(121) }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'meeting', problem: 'required' },
        { field: 'title', problem: 'required' },
        { field: 'kind', problem: 'notChosen' },
        { field: 'link', problem: 'notUrl' },
        { field: 'presenter', problem: 'tooLong', params: { max: 120 } },
      ]),
    );
    expect(problems).toHaveLength(5);
  });

  it('refuses a form without a valid form id (a card Utvalg did not make)', () => {
    expect(problemsOf(proposalSubmissionSchema, proposalPayload({ formId: 'not-a-uuid' }))).toEqual([
      { field: 'formId', problem: 'invalid' },
    ]);
  });
});

describe('attendanceSubmissionSchema', () => {
  const base = { councilId: 'council-vt', meetingId: 'meeting-1' };

  it('accepts a plain answer and leaves blank fields out', () => {
    expect(attendanceSubmissionSchema.parse({ ...base, choice: 'attend', reason: '', deputyId: '' })).toEqual({
      ...base,
      choice: 'attend',
    });
  });

  it('keeps the reason given with apologies', () => {
    expect(attendanceSubmissionSchema.parse({ ...base, choice: 'apologies', reason: ' Sykdom ' })).toEqual({
      ...base,
      choice: 'apologies',
      reason: 'Sykdom',
    });
  });

  it.each([[undefined], [''], ['  ']])('"deputy" with deputyId %j asks for the deputy', (deputyId) => {
    expect(problemsOf(attendanceSubmissionSchema, { ...base, choice: 'deputy', deputyId })).toEqual([
      { field: 'deputyId', problem: 'required' },
    ]);
  });

  it('"deputy" with a deputy is accepted', () => {
    expect(attendanceSubmissionSchema.parse({ ...base, choice: 'deputy', deputyId: 'per' })).toEqual({
      ...base,
      choice: 'deputy',
      deputyId: 'per',
    });
  });

  it.each([['maybe'], ['ATTEND'], [''], [undefined]])('a choice of %j asks the member to pick one of the four', (choice) => {
    expect(problemsOf(attendanceSubmissionSchema, { ...base, choice })).toEqual([{ field: 'choice', problem: 'notChosen' }]);
  });

  it('a reason over 500 characters is too long', () => {
    expect(problemsOf(attendanceSubmissionSchema, { ...base, choice: 'apologies', reason: 'r'.repeat(501) })).toEqual([
      { field: 'reason', problem: 'tooLong', params: { max: 500 } },
    ]);
  });

  it('refuses a deputy id that is not an id', () => {
    expect(problemsOf(attendanceSubmissionSchema, { ...base, choice: 'deputy', deputyId: 'per/../kari' })).toEqual([
      { field: 'deputyId', problem: 'invalid' },
    ]);
  });
});

describe('answersSchema', () => {
  const schema = answersSchema(['q1', 'q2']);

  it('names each answer field after its question', () => {
    expect(answerFieldId('q1')).toBe('answer_q1');
  });

  it('keeps the answered questions and leaves blank ones out', () => {
    expect(schema.parse({ answer_q1: ' Mer samarbeid. ', answer_q2: '  ' })).toEqual({
      answer_q1: 'Mer samarbeid.',
      answer_q2: undefined,
    });
  });

  it('needs at least one answer, reported on the first question', () => {
    expect(problemsOf(schema, { answer_q1: '', answer_q2: ' ' })).toEqual([{ field: 'answer_q1', problem: 'required' }]);
    expect(problemsOf(schema, {})).toEqual([{ field: 'answer_q1', problem: 'required' }]);
  });

  it('an answer over 8000 characters is too long, on its own field', () => {
    expect(problemsOf(schema, { answer_q1: 'Kort.', answer_q2: 'x'.repeat(8001) })).toEqual([
      { field: 'answer_q2', problem: 'tooLong', params: { max: 8000 } },
    ]);
  });

  it('an answer of exactly 8000 characters is fine', () => {
    expect(problemsOf(schema, { answer_q1: 'x'.repeat(8000) })).toEqual([]);
  });
});

describe('parseMeetingRef', () => {
  it('reads the council and meeting the bot put in the card, ignoring the rest', () => {
    expect(parseMeetingRef({ councilId: 'council-vt', meetingId: 'meeting-1', choice: 'attend' })).toEqual({
      councilId: 'council-vt',
      meetingId: 'meeting-1',
    });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'council-vt~meeting-1'],
    ['an empty object', {}],
    ['a missing meeting', { councilId: 'council-vt' }],
    ['a number as id', { councilId: 'council-vt', meetingId: 42 }],
    ['an id with ~', { councilId: 'council~vt', meetingId: 'meeting-1' }],
    ['an empty id', { councilId: '', meetingId: 'meeting-1' }],
  ])('throws InvalidValue on %s', (_what, data) => {
    expect(() => parseMeetingRef(data)).toThrow(InvalidValue);
  });
});
