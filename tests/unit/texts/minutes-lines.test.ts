import type { OpenFollowUp } from '../../../bot/src/domain/minutes-draft';
import { textsFor } from '../../../bot/src/texts/catalogue';
import { openFollowUpText } from '../../../bot/src/texts/minutes-lines';

const ZONE = 'Europe/Oslo';

describe('an open follow-up from an earlier meeting, as the minutes view lists it', () => {
  const followUp: OpenFollowUp = {
    id: 'f1',
    who: 'Isaiah Langer',
    what: 'Legge fram tall for ventetiden på telefon per kontor',
    due: '2026-12-21',
  };

  it('writes the due date as the rest of the minutes do, not as YYYY-MM-DD', () => {
    expect(openFollowUpText(followUp, ZONE, 'nb', textsFor('nb'))).toBe(
      'Isaiah Langer: Legge fram tall for ventetiden på telefon per kontor, frist mandag 21. desember 2026',
    );
    expect(openFollowUpText(followUp, ZONE, 'nn', textsFor('nn'))).toBe(
      'Isaiah Langer: Legge fram tall for ventetiden på telefon per kontor, frist måndag 21. desember 2026',
    );
    expect(openFollowUpText(followUp, ZONE, 'en', textsFor('en'))).toBe(
      'Isaiah Langer: Legge fram tall for ventetiden på telefon per kontor, due Monday 21 December 2026',
    );
  });

  it('lets a task written as a sentence give its full stop way to the due date', () => {
    expect(openFollowUpText({ ...followUp, what: `${followUp.what}. ` }, ZONE, 'nb', textsFor('nb'))).toBe(
      'Isaiah Langer: Legge fram tall for ventetiden på telefon per kontor, frist mandag 21. desember 2026',
    );
  });

  it('says nothing of a due date when there is none', () => {
    const { due: _due, ...withoutDue } = followUp;
    expect(openFollowUpText(withoutDue, ZONE, 'nb', textsFor('nb'))).toBe(
      'Isaiah Langer: Legge fram tall for ventetiden på telefon per kontor',
    );
  });
});
