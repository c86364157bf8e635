import type { AdaptiveCard } from '../../../bot/src/cards/bind-card';
import { setupCard, type SetupCardData, type SetupFormValues } from '../../../bot/src/cards/setup-card';
import { COMMON_TIME_ZONES } from '../../../bot/src/domain/council-setup';
import { LANGUAGES, type Language } from '../../../bot/src/domain/language';

interface El {
  type?: string;
  id?: string;
  text?: string;
  label?: string;
  value?: unknown;
  color?: string;
  maxLength?: unknown;
  isRequired?: boolean;
  verb?: string;
  data?: Record<string, unknown>;
  items?: El[];
  choices?: { title: string; value: string }[];
  facts?: { title: string; value: string }[];
}

/** Body elements in reading order, containers flattened. */
function flat(card: AdaptiveCard): El[] {
  const out: El[] = [];
  const visit = (els: El[] | undefined) => {
    for (const el of els ?? []) {
      out.push(el);
      visit(el.items);
    }
  };
  visit(card['body'] as El[]);
  return out;
}

const input = (card: AdaptiveCard, id: string) => flat(card).find((el) => el.id === id);
/** The Attention text right under an input: how the form says what is wrong with it. */
const errorUnder = (card: AdaptiveCard, id: string): string | undefined => {
  const els = flat(card);
  const next = els[els.findIndex((el) => el.id === id) + 1];
  return next?.type === 'TextBlock' && next.color === 'Attention' ? next.text : undefined;
};
const texts = (card: AdaptiveCard) => flat(card).flatMap((el) => (el.type === 'TextBlock' && el.text ? [el.text] : []));

const values: SetupFormValues = {
  councilName: 'Brukerutvalget i NAV Agder',
  language: 'nb',
  timeZone: 'Europe/Oslo',
  kind: 'local',
  parentCouncilId: 'regional-1',
};

function form(overrides: Partial<Extract<SetupCardData, { view: 'form' }>> = {}): AdaptiveCard {
  return setupCard({
    view: 'form',
    language: 'nb',
    installerTeamsUserId: '29:installer',
    values,
    regionalCouncils: [{ id: 'regional-1', name: 'Regionalt brukerutvalg Agder' }],
    problems: [],
    ...overrides,
  });
}

describe('setup card: the form', () => {
  it('is an Adaptive Card 1.5 that refreshes only for the person setting up', () => {
    const card = form();
    expect(card.version).toBe('1.5');
    expect(card['refresh']).toEqual({
      action: { type: 'Action.Execute', verb: 'setupCouncil', title: 'Oppdater', data: { step: 'view' } },
      userIds: ['29:installer'],
    });
  });

  it('has a labelled input per field, with the values it was given, and a confirm button', () => {
    const card = form();
    expect(input(card, 'councilName')).toMatchObject({
      type: 'Input.Text',
      label: 'Navn på utvalget',
      value: values.councilName,
      maxLength: 160,
      isRequired: true,
    });
    expect(input(card, 'language')).toMatchObject({ label: 'Språk', value: 'nb' });
    expect(input(card, 'language')?.choices?.map((c) => c.value)).toEqual(['nb', 'nn', 'en']);
    expect(input(card, 'timeZone')).toMatchObject({ label: 'Tidssone', value: 'Europe/Oslo' });
    expect(input(card, 'timeZone')?.choices?.map((c) => c.value)).toEqual([...COMMON_TIME_ZONES]);
    expect(input(card, 'kind')?.choices?.map((c) => c.value)).toEqual(['regional', 'local']);
    expect(input(card, 'parentCouncilId')).toMatchObject({
      value: 'regional-1',
      choices: [{ title: 'Regionalt brukerutvalg Agder', value: 'regional-1' }],
    });
    expect(card['actions']).toEqual([
      expect.objectContaining({
        type: 'Action.Execute',
        verb: 'setupCouncil',
        title: 'Opprett utvalget',
        data: { step: 'confirm' },
      }),
    ]);
    expect(flat(card).filter((el) => el.color === 'Attention')).toEqual([]);
  });

  it('says under each field what is wrong, keeping every value as sent', () => {
    const bad: SetupFormValues = { ...values, councilName: 'x'.repeat(500), timeZone: 'Mars/Olympus_Mons', parentCouncilId: '' };
    const card = form({
      values: bad,
      problems: [
        { field: 'councilName', problem: 'tooLong', params: { max: 160 } },
        { field: 'timeZone', problem: 'unknownTimeZone' },
        { field: 'parentCouncilId', problem: 'required' },
      ],
    });
    expect(texts(card)).toContain('Noe må rettes før jeg kan opprette utvalget. Se under.');
    expect(input(card, 'councilName')?.value).toBe(bad.councilName);
    expect(errorUnder(card, 'councilName')).toBe('For lang tekst: høyst 160 tegn.');
    expect(input(card, 'timeZone')?.value).toBe('Mars/Olympus_Mons');
    expect(errorUnder(card, 'timeZone')).toBe('Ukjent tidssone. Velg en fra listen.');
    expect(errorUnder(card, 'language')).toBeUndefined();
    expect(errorUnder(card, 'parentCouncilId')).toBe('Et lokalt utvalg hører til et regionalt utvalg. Velg det.');
  });

  it('keeps a real zone that is not on the short list choosable', () => {
    const card = form({ values: { ...values, timeZone: 'America/New_York' } });
    expect(input(card, 'timeZone')?.choices?.map((c) => c.value)).toContain('America/New_York');
    expect(input(card, 'timeZone')?.choices?.map((c) => c.value)).not.toContain('Mars/Olympus_Mons');
  });

  it('without regional councils, says a local council is set up without one instead of an empty list', () => {
    const card = form({ regionalCouncils: [] });
    expect(input(card, 'parentCouncilId')).toBeUndefined();
    expect(texts(card).join(' ')).toContain('ikke noe regionalt brukerutvalg');
  });

  it('shows user text literally: template syntax and markup in names stay as typed', () => {
    const name = '${secret} <script>alert(1)</script> ${$root.lang}';
    const card = form({ values: { ...values, councilName: name }, regionalCouncils: [{ id: 'r', name: '${title}' }] });
    expect(input(card, 'councilName')?.value).toBe(name);
    expect(input(card, 'parentCouncilId')?.choices).toEqual([{ title: '${title}', value: 'r' }]);
  });

  it.each(LANGUAGES)('is written in %s, with no binding left unfilled', (language: Language) => {
    const card = form({ language, problems: [{ field: 'councilName', problem: 'required' }] });
    expect(card['lang']).toBe(language);
    expect(JSON.stringify(card)).not.toMatch(/\$\{/);
    expect(errorUnder(card, 'councilName')).toBeTruthy();
  });

  it('speaks nynorsk and English', () => {
    expect(texts(form({ language: 'nn' }))[0]).toBe('Set opp brukarutvalet');
    expect(texts(form({ language: 'en' }))[0]).toBe('Set up the user council');
  });
});

describe('setup card: the other states', () => {
  it('while someone sets up: says who, and refreshes into the form for them only', () => {
    const card = setupCard({
      view: 'inProgress',
      language: 'nb',
      installerName: '${x} <b>Kari</b>',
      installerTeamsUserId: '29:kari',
    });
    expect(texts(card)).toEqual([
      'Utvalg settes opp',
      '${x} <b>Kari</b> setter opp brukerutvalget for dette teamet. Bare ${x} <b>Kari</b> kan fullføre oppsettet.',
    ]);
    expect((card['refresh'] as { userIds: string[] }).userIds).toEqual(['29:kari']);
    expect(card['actions']).toEqual([]);
    expect(flat(card).some((el) => el.type?.startsWith('Input.'))).toBe(false);
  });

  it('once set up: the council, its secretary and members, and no refresh or form', () => {
    const card = setupCard({
      view: 'linked',
      language: 'en',
      councilName: '${secret} <script>',
      secretaries: ['Kari Nordmann'],
      activeMembers: 250,
      justSetUp: true,
    });
    expect(card['refresh']).toBeUndefined();
    expect(texts(card)[0]).toBe('The user council is set up');
    const facts = flat(card).flatMap((el) => el.facts ?? []);
    expect(facts).toEqual([
      { title: 'Council', value: '${secret} <script>' },
      { title: 'Secretary', value: 'Kari Nordmann' },
      { title: 'Members', value: '250' },
    ]);
  });

  it('a team asked again says it already has its council', () => {
    const card = setupCard({
      view: 'linked',
      language: 'nb',
      councilName: 'X',
      secretaries: [],
      activeMembers: 3,
      justSetUp: false,
    });
    expect(texts(card)[0]).toBe('Teamet har allerede et brukerutvalg');
    expect(
      flat(card)
        .flatMap((el) => el.facts ?? [])
        .map((f) => f.title),
    ).toEqual(['Utvalg', 'Medlemmer']);
  });

  it('not started: tells how to start', () => {
    const card = setupCard({ view: 'notStarted', language: 'nn' });
    expect(texts(card).join(' ')).toContain('@Utvalg oppsett');
    expect(card['refresh']).toBeUndefined();
  });
});
