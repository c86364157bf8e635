import { Forbidden, InvalidValue } from '../../../bot/src/domain/errors';
import { MeetingClosed } from '../../../bot/src/domain/errors';
import {
  agreedAt,
  assertFollowUpsOpen,
  canRecordFollowUps,
  followUpsCarriedTo,
  followUpsOf,
  markFollowUpDone,
  newFollowUp,
  type FollowUp,
} from '../../../bot/src/domain/follow-up';
import type { MeetingMinutes } from '../../../bot/src/domain/minutes';
import { aMeeting } from './builders';
import type { Member } from '../../../bot/src/domain/member';

const member = (aadObjectId: string, role: Member['role'] = 'member', activeTo?: string): Member => ({
  councilId: 'council-1',
  aadObjectId,
  tenantId: 't',
  name: `Navn ${aadObjectId}`,
  role,
  votingMember: role !== 'observer',
  inDeputyPool: false,
  editorialBoard: false,
  activeFrom: '2024-01-01',
  ...(activeTo !== undefined && { activeTo }),
});
const roster = [member('sec', 'secretary'), member('bernhard'), member('kari'), member('gone', 'member', '2024-06-30')];
const sep = aMeeting({ id: 'm-sep', councilId: 'council-1', status: 'held', startsAt: '2024-09-18T08:00:00.000Z' });
const nov = aMeeting({ id: 'm-nov', councilId: 'council-1', status: 'collecting', startsAt: '2024-11-20T09:00:00.000Z' });
const feb = aMeeting({ id: 'm-feb', councilId: 'council-1', status: 'planned', startsAt: '2025-02-12T09:00:00.000Z' });
const at = new Date('2024-09-18T10:15:00.000Z');

const agreed = (id: string, meeting = sep, responsibleId = 'bernhard', due = '2024-11-01'): FollowUp =>
  newFollowUp(
    { responsibleId, what: `  Oppgave ${id} `, due },
    { id, meeting, createdBy: 'sec', now: at, today: '2024-09-18', roster },
  );

describe('writing a follow-up down', () => {
  it('is open, keeps the meeting it was agreed at and its start, and trims the text', () => {
    expect(agreed('a')).toEqual({
      id: 'a',
      councilId: 'council-1',
      meetingId: 'm-sep',
      meetingStartsAt: '2024-09-18T08:00:00.000Z',
      responsibleId: 'bernhard',
      what: 'Oppgave a',
      due: '2024-11-01',
      status: 'open',
      createdBy: 'sec',
      createdAt: '2024-09-18T10:15:00.000Z',
    });
  });

  it('needs someone on the roster that day and something to do', () => {
    expect(() => agreed('x', sep, 'gone')).toThrow(InvalidValue);
    expect(() => agreed('x', sep, 'stranger')).toThrow(InvalidValue);
    expect(() =>
      newFollowUp(
        { responsibleId: 'kari', what: '  ', due: '2024-11-01' },
        { id: 'y', meeting: sep, createdBy: 'sec', now: at, today: '2024-09-18', roster },
      ),
    ).toThrow(InvalidValue);
  });
});

describe('who writes follow-ups down, and until when', () => {
  const minutes = (minuteTakerId?: string): MeetingMinutes => ({
    meetingId: 'm-sep',
    heldAt: '2024-09-18T10:00:00.000Z',
    heldBy: 'sec',
    attendance: [],
    amendments: [],
    ...(minuteTakerId !== undefined && { minuteTakerId }),
  });

  it('is the secretary, the chair and the meeting’s named minute-taker, not another member', () => {
    expect(canRecordFollowUps(member('sec', 'secretary'), undefined)).toBe(true);
    expect(canRecordFollowUps(member('leder', 'chair'), minutes())).toBe(true);
    expect(canRecordFollowUps(member('kari'), minutes('kari'))).toBe(true);
    expect(canRecordFollowUps(member('bernhard'), minutes('kari'))).toBe(false);
    expect(canRecordFollowUps(member('kari'), undefined)).toBe(false);
  });

  it('stops once the minutes are approved, archived or the meeting cancelled', () => {
    expect(() => assertFollowUpsOpen(sep)).not.toThrow();
    for (const status of ['minutesApproved', 'archived', 'cancelled'] as const)
      expect(() => assertFollowUpsOpen({ ...sep, status })).toThrow(MeetingClosed);
  });

  it('lists a meeting’s own follow-ups, open and done, in the order written down', () => {
    const first = agreed('first');
    const second = { ...agreed('second'), createdAt: '2024-09-18T10:20:00.000Z' };
    const done = markFollowUpDone(first, member('sec', 'secretary'), 'Gjort', at).followUp;
    expect(agreedAt('m-sep', [second, agreed('other', nov), done]).map((f) => f.id)).toEqual(['first', 'second']);
  });
});

describe('carrying follow-ups to later meetings', () => {
  const open = [
    agreed('late', sep, 'kari', '2025-01-10'),
    agreed('soon', sep, 'bernhard', '2024-10-01'),
    agreed('from-nov', nov),
  ];

  it('shows the open ones of earlier meetings at the next meeting, by due date, not at their own', () => {
    expect(followUpsCarriedTo(nov, open).map((f) => f.id)).toEqual(['soon', 'late']);
    expect(followUpsCarriedTo(sep, open)).toEqual([]);
  });

  it('keeps showing one not done at the meeting after next, and drops it once done', () => {
    expect(followUpsCarriedTo(feb, open).map((f) => f.id)).toEqual(['soon', 'from-nov', 'late']);
    const { followUp: done } = markFollowUpDone(open[1]!, member('bernhard'), 'Ringt', new Date('2024-12-01T12:00:00Z'));
    expect(followUpsCarriedTo(feb, [open[0]!, done, open[2]!]).map((f) => f.id)).toEqual(['from-nov', 'late']);
  });

  it('gives a member only their own open ones', () => {
    expect(followUpsOf('bernhard', open).map((f) => f.id)).toEqual(['soon', 'from-nov']);
  });
});

describe('marking a follow-up done', () => {
  const open = agreed('a');
  const when = new Date('2024-10-20T08:00:00.000Z');

  it('the responsible member or a manager may, with a note kept with who and when', () => {
    expect(markFollowUpDone(open, member('bernhard'), ' Sjekket ', when)).toEqual({
      followUp: { ...open, status: 'done', done: { by: 'bernhard', at: '2024-10-20T08:00:00.000Z', note: 'Sjekket' } },
      changed: true,
    });
    expect(markFollowUpDone(open, member('sec', 'secretary'), 'Sjekket', when).changed).toBe(true);
    expect(markFollowUpDone(open, member('kari', 'chair'), 'Sjekket', when).changed).toBe(true);
    expect(() => markFollowUpDone(open, member('kari'), 'Sjekket', when)).toThrow(Forbidden);
    expect(() => markFollowUpDone(open, member('bernhard'), '  ', when)).toThrow(InvalidValue);
  });

  it('a repeat with the same note changes nothing; another note on a done one is refused', () => {
    const { followUp: done } = markFollowUpDone(open, member('bernhard'), 'Sjekket', when);
    expect(markFollowUpDone(done, member('bernhard'), 'Sjekket', new Date('2024-10-21T08:00:00Z'))).toEqual({
      followUp: done,
      changed: false,
    });
    expect(() => markFollowUpDone(done, member('sec', 'secretary'), 'Noe annet', when)).toThrow(InvalidValue);
  });
});
