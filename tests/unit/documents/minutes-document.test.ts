import type { Block, DocumentModel } from '../../../bot/src/documents/model/document-model';
import { ALLOWED_REASON, PRIVATE_REASON, SECRET, minutesDocument } from './minutes-fixture';

/** The document's headings, level and text, in reading order. */
function headings(doc: DocumentModel, level?: number): string[] {
  return doc.blocks
    .filter((b): b is Extract<Block, { type: 'heading' }> => b.type === 'heading' && (level === undefined || b.level === level))
    .map((b) => b.text);
}

/** Every line of text a reader meets, in order (a list item and a table row are one line each). */
function lines(doc: DocumentModel): string[] {
  return doc.blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'heading':
        return [b.text];
      case 'paragraph':
        return [b.inlines.map((i) => i.text).join('')];
      case 'list':
        return b.items.flatMap((item) => [
          item.inlines.map((i) => i.text).join(''),
          ...(item.children ?? []).map((c) => `  ${c.inlines.map((i) => i.text).join('')}`),
        ]);
      case 'facts':
        return b.rows.map((r) => `${r.term}: ${r.value.map((i) => i.text).join('')}`);
      case 'table':
        return [b.columns.join(' | '), ...b.rows.map((r) => r.join(' | '))];
    }
  });
}

/** The lines from a heading (of level 2, unless told) up to the next heading of the same or a higher level. */
function section(doc: DocumentModel, title: string, level = 2): string[] {
  const start = doc.blocks.findIndex((b) => b.type === 'heading' && b.text === title && b.level === level);
  if (start < 0) return [];
  const end = doc.blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level <= level);
  return lines({ ...doc, blocks: doc.blocks.slice(start + 1, end < 0 ? undefined : end) });
}

describe('the minutes as a document model (meeting of Wednesday 18 September 2024)', () => {
  const doc = minutesDocument('full');

  it('reads in the order councils write minutes, with the numbers in order', () => {
    expect(headings(doc, 1)).toEqual(['Referat fra møte i Brukerutvalget i NAV Vestfold og Telemark 18. september 2024']);
    expect(headings(doc, 2)).toEqual([
      'Til stede',
      'Forfall',
      'Sak 23/24 Godkjenning av innkalling og referat',
      'Sak 24/24 Strategi for brukermedvirkning – årshjul',
      `Sak 25/24 Klage fra bruker ${SECRET}`,
      'Sak 26/24 Brukerpanel Notodden',
      'Sak 27/24 Eventuelt',
      'Oppfølging',
      'Åpne oppfølgingspunkter fra tidligere møter',
      'Neste møte',
      'Referent',
    ]);
    expect(lines(doc).slice(1, 3)).toEqual(['Tid: onsdag 18. september 2024 kl. 10.00–12.30', 'Sted: NAV Tønsberg, Storgata 1']);
    expect(doc).toMatchObject({
      languageTag: 'nb-NO',
      author: 'Brukerutvalget i NAV Vestfold og Telemark',
      subject: 'Referat, møte onsdag 18. september 2024',
      fileName: 'referat-2024-09-18',
    });
  });

  it('lists who was present (name, role – organisation; a deputy for whom) and apologies with a reason only where allowed', () => {
    expect(section(doc, 'Til stede')).toEqual([
      'Merete Bergan, leder – FFO',
      'Anne Britt Forbord, medlem – FFO',
      'Jonas Waksvik, medlem – A-larm (digitalt, kom senere)',
      'Stine Skoland, medlem – NAV Midt-Telemark (vara for Øyvind Hagen)',
      'Linn Farstad, sekretær – NAV Vestfold og Telemark',
    ]);
    expect(section(doc, 'Forfall')).toEqual([
      'Trine Utzig, medlem – NAV Vestfold og Telemark (forfall)',
      `Øyvind Hagen, medlem – Quality Hotel Tønsberg (${ALLOWED_REASON})`,
    ]);
    expect(lines(doc).join('\n')).not.toContain(PRIVATE_REASON);
  });

  it('writes each item with responsible, earlier numbers, notes, Q&A, Vedtak and its follow-ups as a table', () => {
    expect(section(doc, 'Sak 24/24 Strategi for brukermedvirkning – årshjul')).toEqual([
      'Ansvar: Linn Farstad · Utsatt fra 27/23, 3/24',
      'Skriftlige innspill',
      'Hva skal det forventes av brukerutvalgene på lokalkontorene?',
      '  Anne Britt Forbord: At de møtes fire ganger i året.',
      'Arbeidsgruppa har laget et utkast til strategi. Vi gikk igjennom deler av dokumentet.',
      'Det var enighet om at regionens brukerutvalg skal støtte de lokale utvalgene.',
      'Spørsmål og kommentarer',
      'Merete Bergan: Når får de lokale utvalgene se utkastet?',
      'Linn Farstad: Det sendes på høring etter sommeren.',
      'Vedtak',
      'Utkastet sendes på høring til NAV-lederne i regionen.',
      'Oppfølging',
      'Ansvar | Hva | Frist',
      'Linn Farstad | Sende strategien på høring | tirsdag 15. oktober 2024',
      // Done since: still agreed at this meeting.
      'Merete Bergan | Lage årshjul for brukermedvirkning | onsdag 20. november 2024',
      'Rettelser etter godkjenning',
      'Rettet av Merete Bergan mandag 2. desember 2024: Vedtaket manglet hvem det sendes til.',
      '  Rettet: vedtaket',
      '  Før: Utkastet sendes på høring.',
      '  Etter: Utkastet sendes på høring til NAV-lederne i regionen.',
    ]);
    expect(section(doc, 'Sak 26/24 Brukerpanel Notodden')).toEqual(['Ikke behandlet – utsatt til neste møte']);
    expect(section(doc, `Sak 25/24 Klage fra bruker ${SECRET}`)).toContain(
      'Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1',
    );
  });

  it('ends with the follow-ups under no item, the open ones from earlier meetings, Neste møte and Referent', () => {
    expect(section(doc, 'Oppfølging')).toEqual([
      'Ansvar | Hva | Frist',
      'Jonas Waksvik | Skaffe utvalget egen e-postadresse | søndag 1. desember 2024',
    ]);
    expect(section(doc, 'Åpne oppfølgingspunkter fra tidligere møter')).toEqual([
      'Ansvar | Hva | Frist',
      'Jonas Waksvik | Sjekke ventetider i Notodden | tirsdag 1. oktober 2024',
    ]);
    expect(section(doc, 'Neste møte')).toEqual(['onsdag 20. november 2024 kl. 10.00–12.30, NAV Skien']);
    expect(section(doc, 'Referent')).toEqual(['Linn Farstad']);
  });

  it('says when it was approved, with the corrections the meeting asked for, and is no draft', () => {
    expect(lines(doc)).toContain('Godkjent onsdag 20. november 2024. Rettelser: Stavemåten av Anne Britts navn rettet.');
    expect(doc.title).not.toContain('Utkast');
    expect(doc.blocks.filter((b) => b.type === 'paragraph' && b.tone === 'notice')).toEqual([]);
  });

  it('is marked Utkast in its heading, its title property and a notice until approved, with no amendments', () => {
    const draft = minutesDocument('full', 'nb', { approved: false });
    expect(draft.title).toBe('Referat fra møte i Brukerutvalget i NAV Vestfold og Telemark 18. september 2024 (Utkast)');
    expect(headings(draft, 1)).toEqual([draft.title]);
    expect(draft.blocks[1]).toEqual({
      type: 'paragraph',
      tone: 'notice',
      inlines: [{ text: 'Utkast: referatet er ikke godkjent. Det godkjennes på neste møte.', strong: true }],
    });
    expect(headings(draft)).not.toContain('Rettelser etter godkjenning');
    expect(lines(draft).some((l) => l.startsWith('Godkjent'))).toBe(false);
  });

  it('uses the councils’ headings in nynorsk and English', () => {
    const nn = minutesDocument('full', 'nn', { approved: false });
    expect(nn.languageTag).toBe('nn-NO');
    expect(nn.title).toBe('Referat frå møte i Brukerutvalget i NAV Vestfold og Telemark 18. september 2024 (Utkast)');
    expect(headings(nn, 2)).toEqual(expect.arrayContaining(['Til stades', 'Forfall', 'Neste møte', 'Referent']));
    expect(headings(nn, 3)).toEqual(expect.arrayContaining(['Vedtak', 'Spørsmål og kommentarar', 'Skriftlege innspel']));
    expect(lines(nn)).toContain('Ansvar: Linn Farstad · Utsett frå 27/23, 3/24');
    expect(lines(nn)).toContain('Ikkje handsama – utsett til neste møte');
    const en = minutesDocument('full', 'en');
    expect(en.languageTag).toBe('en-GB');
    expect(headings(en, 2).slice(0, 3)).toEqual(['Present', 'Apologies', 'Item 23/24 Godkjenning av innkalling og referat']);
    expect(lines(en)).toContain('Time: Wednesday 18 September 2024 at 10:00–12:30');
  });
});
