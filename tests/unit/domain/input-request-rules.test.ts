import { InvalidValue, MeetingClosed } from '../../../bot/src/domain/errors';
import {
  closedInputRequest,
  editedInputRequest,
  newInputRequest,
  type DraftContext,
  type InputRequestDraft,
} from '../../../bot/src/domain/input-request-rules';
import { isInputOpen } from '../../../bot/src/domain/input-request';
import { aMeeting, aMember, anItem } from './builders';

// The meeting: Wednesday 18 September 2024 10.00 in Oslo. Now: Tuesday 10 September 14.00.
const meeting = aMeeting({ startsAt: '2024-09-18T08:00:00.000Z' });
const NOW = new Date('2024-09-10T12:00:00.000Z');
const context: DraftContext = {
  meeting,
  items: [
    anItem('wheel', 10, { title: 'Årshjul' }),
    anItem('gone', 20, { title: 'Tatt av', removedAt: '2024-08-20T10:00:00.000Z' }),
  ],
  roster: [aMember('ola'), aMember('anne'), aMember('gammel', { activeTo: '2024-06-30' })],
  meetingDate: '2024-09-18',
  now: NOW,
};
const draft = (overrides: Partial<InputRequestDraft> = {}): InputRequestDraft => ({
  questions: ['Hva bør forventes av de lokale brukerutvalgene?'],
  deadline: '2024-09-13T21:59:00.000Z',
  askedMemberIds: [],
  ...overrides,
});

function problemWith(make: () => unknown): { field: string; reason: string } {
  try {
    make();
  } catch (error) {
    if (error instanceof InvalidValue) return { field: error.field, reason: error.reason };
    throw error;
  }
  throw new Error('expected an InvalidValue');
}

describe('newInputRequest', () => {
  it('numbers the questions, trims them, and records who made it and when', () => {
    const request = newInputRequest(
      'r1',
      draft({ questions: ['  Første? ', 'Andre?'], askedMemberIds: ['ola', 'ola'] }),
      context,
      'siri',
    );
    expect(request).toEqual({
      id: 'r1',
      meetingId: meeting.id,
      questions: [
        { id: 'q1', text: 'Første?' },
        { id: 'q2', text: 'Andre?' },
      ],
      deadline: '2024-09-13T21:59:00.000Z',
      askedMemberIds: ['ola'],
      createdAt: NOW.toISOString(),
      createdBy: 'siri',
    });
  });

  it('accepts a deadline exactly at the meeting start, and an item of the meeting', () => {
    const request = newInputRequest('r1', draft({ deadline: meeting.startsAt, agendaItemId: 'wheel' }), context, 'siri');
    expect(request).toMatchObject({ deadline: meeting.startsAt, agendaItemId: 'wheel' });
  });

  it.each<[string, Partial<InputRequestDraft>, string]>([
    ['no question', { questions: [] }, 'questions'],
    ['eleven questions', { questions: Array.from({ length: 11 }, (_, i) => `Spørsmål ${i + 1}?`) }, 'questions'],
    ['a blank second question', { questions: ['Første?', '   '] }, 'questions.1.text'],
    ['a question over 1000 characters', { questions: ['x'.repeat(1001)] }, 'questions.0.text'],
    ['a deadline now', { deadline: NOW.toISOString() }, 'deadline'],
    ['a deadline in the past', { deadline: '2024-09-01T10:00:00.000Z' }, 'deadline'],
    ['a deadline a minute after the meeting starts', { deadline: '2024-09-18T08:01:00.000Z' }, 'deadline'],
    ['an agenda item of another meeting', { agendaItemId: 'other' }, 'agendaItemId'],
    ['an item taken off the agenda', { agendaItemId: 'gone' }, 'agendaItemId'],
    ['a former member asked', { askedMemberIds: ['gammel'] }, 'askedMemberIds'],
    ['a stranger asked', { askedMemberIds: ['ola', 'stranger'] }, 'askedMemberIds'],
  ])('refuses %s, naming the field', (_what, overrides, field) => {
    expect(problemWith(() => newInputRequest('r1', draft(overrides), context, 'siri')).field).toBe(field);
  });

  it('allows exactly ten questions of 1000 characters', () => {
    const questions = Array.from({ length: 10 }, () => 'x'.repeat(1000));
    expect(newInputRequest('r1', draft({ questions }), context, 'siri').questions).toHaveLength(10);
  });

  it('refuses a meeting that has started, was held or was cancelled', () => {
    expect(() => newInputRequest('r1', draft(), { ...context, now: new Date(meeting.startsAt) }, 'siri')).toThrow(MeetingClosed);
    expect(() => newInputRequest('r1', draft(), { ...context, meeting: { ...meeting, status: 'held' } }, 'siri')).toThrow(
      MeetingClosed,
    );
    const cancelled = { ...meeting, status: 'cancelled' as const, cancelledReason: 'Avlyst' };
    expect(() => newInputRequest('r1', draft(), { ...context, meeting: cancelled }, 'siri')).toThrow(MeetingClosed);
  });
});

describe('editedInputRequest: everything until the first answer, then only the deadline and more people', () => {
  const existing = newInputRequest(
    'r1',
    draft({ questions: ['Første?', 'Andre?'], askedMemberIds: ['ola'], agendaItemId: 'wheel' }),
    context,
    'siri',
  );

  it('before any answer: questions, item, deadline and who is asked can all change', () => {
    const edited = editedInputRequest(existing, draft({ questions: ['Ny?'], askedMemberIds: ['anne'] }), context, false);
    expect(edited).toMatchObject({ questions: [{ id: 'q1', text: 'Ny?' }], askedMemberIds: ['anne'], createdBy: 'siri' });
    expect(edited.agendaItemId).toBeUndefined();
  });

  it('after an answer: the deadline can move and people can be added', () => {
    const edited = editedInputRequest(
      existing,
      draft({
        questions: ['Første?', 'Andre?'],
        agendaItemId: 'wheel',
        askedMemberIds: ['ola', 'anne'],
        deadline: '2024-09-16T21:59:00.000Z',
      }),
      context,
      true,
    );
    expect(edited).toMatchObject({
      deadline: '2024-09-16T21:59:00.000Z',
      askedMemberIds: ['ola', 'anne'],
      questions: existing.questions,
    });
  });

  it('after an answer: asking everyone instead of a few is adding people', () => {
    const edited = editedInputRequest(
      existing,
      draft({ questions: ['Første?', 'Andre?'], agendaItemId: 'wheel', askedMemberIds: [] }),
      context,
      true,
    );
    expect(edited.askedMemberIds).toEqual([]);
  });

  it.each<[string, Partial<InputRequestDraft>, string]>([
    ['a question changed', { questions: ['Første?', 'Endret?'], agendaItemId: 'wheel', askedMemberIds: ['ola'] }, 'questions'],
    [
      'a question added',
      { questions: ['Første?', 'Andre?', 'Tredje?'], agendaItemId: 'wheel', askedMemberIds: ['ola'] },
      'questions',
    ],
    ['the item removed', { questions: ['Første?', 'Andre?'], askedMemberIds: ['ola'] }, 'agendaItemId'],
    [
      'someone asked dropped',
      { questions: ['Første?', 'Andre?'], agendaItemId: 'wheel', askedMemberIds: ['anne'] },
      'askedMemberIds',
    ],
  ])('after an answer refuses %s', (_what, overrides, field) => {
    expect(problemWith(() => editedInputRequest(existing, draft(overrides), context, true)).field).toBe(field);
  });

  it('refuses to change a request that was closed early', () => {
    const closed = closedInputRequest(existing, NOW);
    expect(problemWith(() => editedInputRequest(closed, draft(), context, false)).field).toBe('request');
  });

  it('checks the edited draft like a new one', () => {
    expect(
      problemWith(() => editedInputRequest(existing, draft({ deadline: '2024-09-19T08:00:00.000Z' }), context, false)).field,
    ).toBe('deadline');
  });
});

describe('closedInputRequest', () => {
  const request = newInputRequest('r1', draft(), context, 'siri');

  it('closes at once, before the deadline', () => {
    const closed = closedInputRequest(request, NOW);
    expect(closed.closedAt).toBe(NOW.toISOString());
    expect(isInputOpen(request, NOW)).toBe(true);
    expect(isInputOpen(closed, NOW)).toBe(false);
  });

  it('keeps the first closing time when closed again', () => {
    const closed = closedInputRequest(request, NOW);
    expect(closedInputRequest(closed, new Date('2024-09-11T12:00:00.000Z'))).toBe(closed);
  });
});
