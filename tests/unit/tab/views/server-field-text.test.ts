import type { Problem } from '../../../../bot/src/domain/problem';
import { textsFor } from '../../../../bot/src/texts/catalogue';
import { serverFieldText as meetingText } from '../../../../tab/src/views/meetings/meeting-form-values';
import { serverFieldText as memberText } from '../../../../tab/src/views/roster/member-form-values';
import { serverFieldText as settingsText } from '../../../../tab/src/views/settings/settings-form-values';

const t = textsFor('nb');

describe("a form's field refused by the server", () => {
  it.each<[string, (problem: Problem) => string, Problem, string]>([
    ['member', (p) => memberText(p, t.editing, 'nb'), { problem: 'lastSecretary' }, t.problems.lastSecretary],
    ['settings', (p) => settingsText(p, t.editing, 'nb'), { problem: 'unknownTimeZone' }, t.problems.unknownTimeZone],
    ['meeting', (p) => meetingText(p, t.meetings, t.editing, 'nb'), { problem: 'startInPast' }, t.problems.startInPast],
    [
      'meeting',
      (p) => meetingText(p, t.meetings, t.editing, 'nb'),
      { problem: 'yearLocked', params: { year: 2026 } },
      t.problems.yearLocked(2026),
    ],
  ])('%s form: says what only the server could see in its own words', (_form, text, problem, words) => {
    expect(text(problem)).toBe(words);
  });

  it('says "not a date or time" on the meeting form for an invalid time', () => {
    expect(meetingText({ problem: 'invalid' }, t.meetings, t.editing, 'nb')).toBe(t.meetings.invalidDateTime);
  });

  it.each<[string, (problem: Problem) => string]>([
    ['member', (p) => memberText(p, t.editing, 'nb')],
    ['settings', (p) => settingsText(p, t.editing, 'nb')],
    ['meeting', (p) => meetingText(p, t.meetings, t.editing, 'nb')],
  ])('%s form: falls back to the generic text for a problem its own checks cover', (_form, text) => {
    expect(text({ problem: 'tooLong', params: { max: 10 } })).toBe(t.editing.invalid);
  });
});
