import { proposalDecisionMessage, type ProposalDecisionCardData } from '../../../bot/src/cards/proposal-decision-card';
import { LANGUAGES } from '../../../bot/src/domain/language';
import { DECISION_ACTIONS } from '../../../bot/src/domain/proposal';
import { cardNodes as nodes, cardStrings as strings, type CardNode as Node } from '../../support/card-tree';

/** User text that the templating engine would change if it were part of the template. */
const EVIL = '${secret} ${t.reason} ${heading} <script>alert(1)</script>';

/** TextBlocks, and RichTextBlocks (user text, shown as typed) as the line their runs make. */
const texts = (card: Node) =>
  nodes(card['body'])
    .filter((n) => n['type'] === 'TextBlock' || n['type'] === 'RichTextBlock')
    .map((n) =>
      n['type'] === 'TextBlock' ? String(n['text']) : (n['inlines'] as { text: string }[]).map((run) => run.text).join(''),
    );
const facts = (card: Node) =>
  Object.fromEntries(
    nodes(card['body'])
      .filter((n) => n['type'] === 'FactSet')
      .flatMap((n) => n['facts'] as { title: string; value: string }[])
      .map((f) => [f.title, f.value]),
  );

const base: ProposalDecisionCardData = {
  language: 'nb',
  action: 'decline',
  councilName: 'Brukerutvalget i NAV Vestfold og Telemark',
  proposalTitle: 'Egen e-postadresse for brukerutvalget',
  meetingTime: 'torsdag 17. desember 2026 kl. 10.00–12.30',
  reason: 'Saken hører hjemme i det lokale utvalget.',
  decidedByName: 'Alex Wilber',
};

describe('the decision message to a proposer', () => {
  it.each(LANGUAGES.flatMap((language) => DECISION_ACTIONS.map((action) => [language, action] as const)))(
    'is a well-formed Adaptive Card 1.5 in %s for %s, with no unbound or empty text',
    (language, action) => {
      const { text, card } = proposalDecisionMessage({
        ...base,
        language,
        action,
        newMeetingTime: action === 'defer' ? 'onsdag 20. januar 2027 kl. 10.00–12.30' : undefined,
        mergedIntoTitle: action === 'merge' ? '24/26 Nytt fra NAV' : undefined,
      });
      expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: language });
      const all = strings(card);
      expect(all.filter((s) => s.includes('${') || /\{\w+\}/.test(s) || /undefined|\[object Object\]/.test(s))).toEqual([]);
      for (const node of nodes(card['body'])) expect(Object.keys(node).filter((k) => k.startsWith('$'))).toEqual([]);
      for (const t of texts(card)) expect(t.trim()).not.toBe('');
      expect(text).toContain(base.proposalTitle);
      expect(texts(card)[0]).toBe(text.split(':')[0]);
    },
  );

  it('tells the decision, the proposal, the meeting and the reason (bokmål)', () => {
    const { text, card } = proposalDecisionMessage(base);
    expect(text).toBe('Saksforslaget ditt blir ikke satt opp på sakslisten: «Egen e-postadresse for brukerutvalget»');
    expect(texts(card)).toEqual([
      'Saksforslaget ditt blir ikke satt opp på sakslisten',
      'Brukerutvalget i NAV Vestfold og Telemark',
      'Begrunnelse',
      'Saken hører hjemme i det lokale utvalget.',
      'Lurer du på noe? Spør Alex Wilber.',
    ]);
    expect(facts(card)).toEqual({
      Forslag: 'Egen e-postadresse for brukerutvalget',
      Møte: 'torsdag 17. desember 2026 kl. 10.00–12.30',
    });
  });

  it('names the new meeting of a deferral and the item of a merge (nynorsk, English)', () => {
    const deferred = proposalDecisionMessage({
      ...base,
      language: 'nn',
      action: 'defer',
      reason: undefined,
      newMeetingTime: 'onsdag 20. januar 2027 kl. 10.00–12.30',
    });
    expect(texts(deferred.card)[0]).toBe('Saksforslaget ditt er utsett til eit seinare møte');
    expect(facts(deferred.card)['Nytt møte']).toBe('onsdag 20. januar 2027 kl. 10.00–12.30');
    expect(texts(deferred.card)).not.toContain('Grunngiving');

    const merged = proposalDecisionMessage({ ...base, language: 'en', action: 'merge', mergedIntoTitle: '24/26 News from NAV' });
    expect(merged.text).toBe('Your proposal was merged with another item: “Egen e-postadresse for brukerutvalget”');
    expect(facts(merged.card)['Merged with']).toBe('24/26 News from NAV');
  });

  it('keeps user text literal: template syntax and markup in a title or reason are data', () => {
    const { text, card } = proposalDecisionMessage({ ...base, proposalTitle: EVIL, reason: EVIL, councilName: EVIL });
    expect(facts(card)['Forslag']).toBe(EVIL);
    expect(texts(card)).toContain(EVIL);
    // Markdown in user text would render in a TextBlock; a TextRun shows it as typed.
    const blocks = nodes(card['body']).filter((n) => n['type'] === 'TextBlock');
    expect(blocks.filter((n) => String(n['text']).includes(EVIL))).toEqual([]);
    expect(text).toContain(EVIL);
  });
});
