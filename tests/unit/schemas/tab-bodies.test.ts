import { councilSettingsSchema } from '../../../bot/src/schemas/council-settings-bodies';
import { createMeetingSchema } from '../../../bot/src/schemas/meeting-bodies';
import { addMemberSchema, memberDraftSchema } from '../../../bot/src/schemas/roster-bodies';

const draft = { name: 'Tor Haugen', role: 'member', inDeputyPool: false, editorialBoard: false, activeFrom: '2026-03-10' };

describe('tab API bodies', () => {
  it('treat empty optional fields as absent and trim text', () => {
    const parsed = memberDraftSchema.parse({ ...draft, name: '  Tor Haugen ', organisation: '', deputyOf: null, language: '' });
    expect(parsed).toEqual({ ...draft, name: 'Tor Haugen' });
    expect(parsed).not.toHaveProperty('organisation', '');
  });

  it('refuse unknown fields, too-long text and bad ids, naming the field', () => {
    const unknown = memberDraftSchema.safeParse({ ...draft, activeTo: '2026-12-31' });
    expect(unknown.success).toBe(false);
    const long = memberDraftSchema.safeParse({ ...draft, organisation: 'x'.repeat(121) });
    expect(long.success ? [] : long.error.issues.map((i) => i.path.join('.'))).toEqual(['organisation']);
    const badId = addMemberSchema.safeParse({ ...draft, aadObjectId: 'a/b' });
    expect(badId.success ? [] : badId.error.issues.map((i) => i.path.join('.'))).toEqual(['aadObjectId']);
  });

  it('take meeting times as wall-clock strings and an optional online link', () => {
    const meeting = { date: '2026-04-15', startTime: '10:00', endTime: '12:30', requestId: 'r-1' };
    expect(createMeetingSchema.parse({ ...meeting, onlineLink: '', place: 'NAV Skien' })).toEqual({
      ...meeting,
      place: 'NAV Skien',
    });
    expect(createMeetingSchema.safeParse({ ...meeting, startTime: '10.00' }).success).toBe(false);
    expect(createMeetingSchema.safeParse({ ...meeting, onlineLink: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('name the nested field of a bad quorum count or case-number start', () => {
    const settings = {
      language: 'nb',
      timeZone: 'Europe/Oslo',
      quorumRule: { type: 'atLeast', count: 0 },
      inputVisibility: 'allMembers',
    };
    const result = councilSettingsSchema.safeParse(settings);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['quorumRule.count']);
    const start = councilSettingsSchema.safeParse({
      ...settings,
      quorumRule: { type: 'moreThanHalf' },
      caseNumberStart: { year: 2026, next: 0 },
    });
    expect(start.success ? [] : start.error.issues.map((i) => i.path.join('.'))).toEqual(['caseNumberStart.next']);
  });
});
