import { readsOthersInput, visibleInputs } from '../../../bot/src/domain/input-privacy';
import { aMeeting, anInput } from './builders';

// Wednesday 18 September 2024 10.00 in Oslo (08:00Z).
const meeting = aMeeting({ startsAt: '2024-09-18T08:00:00.000Z', endsAt: '2024-09-18T10:30:00.000Z' });
const JUST_BEFORE = new Date('2024-09-18T07:59:59.999Z');
const AT_START = new Date('2024-09-18T08:00:00.000Z');
const AFTER = new Date('2024-09-19T12:00:00.000Z');
const MEMBER = { memberId: 'ola', canManage: false };
const SECRETARY = { memberId: 'siri', canManage: true };

const inputs = [anInput('r1', 'ola'), anInput('r1', 'anne'), anInput('r1', 'kari')];
const authors = (list: { memberId: string }[]) => list.map((i) => i.memberId);

describe('input privacy: secretaryUntilMeeting (the default)', () => {
  it('a member sees only their own input until the very instant the meeting starts', () => {
    expect(readsOthersInput('secretaryUntilMeeting', meeting, MEMBER, JUST_BEFORE)).toBe(false);
    expect(authors(visibleInputs(inputs, 'secretaryUntilMeeting', meeting, MEMBER, JUST_BEFORE))).toEqual(['ola']);
  });

  it('from the meeting start on, members read everyone’s input', () => {
    expect(readsOthersInput('secretaryUntilMeeting', meeting, MEMBER, AT_START)).toBe(true);
    expect(authors(visibleInputs(inputs, 'secretaryUntilMeeting', meeting, MEMBER, AFTER))).toEqual(['ola', 'anne', 'kari']);
  });

  it('the secretary and the chair always read everything', () => {
    expect(authors(visibleInputs(inputs, 'secretaryUntilMeeting', meeting, SECRETARY, new Date('2024-09-01T00:00:00Z')))).toEqual(
      ['ola', 'anne', 'kari'],
    );
  });

  it('a member who gave no input sees none before the meeting', () => {
    expect(visibleInputs(inputs, 'secretaryUntilMeeting', meeting, { memberId: 'lise', canManage: false }, JUST_BEFORE)).toEqual(
      [],
    );
  });

  it('a cancelled meeting never starts: input stays with the secretary', () => {
    const cancelled = { ...meeting, status: 'cancelled' as const, cancelledReason: 'For få påmeldte' };
    expect(readsOthersInput('secretaryUntilMeeting', cancelled, MEMBER, AFTER)).toBe(false);
  });
});

describe('input privacy: allMembers', () => {
  it('every member reads every input before the meeting', () => {
    expect(readsOthersInput('allMembers', meeting, MEMBER, new Date('2024-09-01T00:00:00Z'))).toBe(true);
    expect(authors(visibleInputs(inputs, 'allMembers', meeting, MEMBER, JUST_BEFORE))).toEqual(['ola', 'anne', 'kari']);
  });
});
