import { attendanceCard, type AttendanceCardData } from '../../../bot/src/cards/attendance-card';
import type { AdaptiveCard } from '../../../bot/src/cards/bind-card';
import { CARD_VERBS } from '../../../bot/src/cards/card-verbs';
import { textsFor } from '../../../bot/src/texts/catalogue';
import { helpCard } from '../../../bot/src/cards/help-card';
import { followUpCard, type FollowUpCardData } from '../../../bot/src/cards/follow-up-card';
import { inputCard, type InputCardData } from '../../../bot/src/cards/input-card';
import { inputRequestNotice } from '../../../bot/src/cards/input-request-notice';
import { proposalFormCard, proposalReceiptCard, type ProposalFormData } from '../../../bot/src/cards/proposal-cards';
import { statusCard, type MeetingCardBase, type PersonalStatus } from '../../../bot/src/cards/status-card';
import { formatDeadline, formatMeetingTime } from '../../../bot/src/domain/date-format';
import { LANGUAGES, type Language } from '../../../bot/src/domain/language';
import { memberStatus } from '../../../bot/src/domain/member-status';
import { COMMANDS } from '../../../bot/src/teams/command-table';
import { aMeeting, anAnswer, anInput, anInputRequest, aProposal, COUNCIL_ID, MEETING_ID } from '../domain/builders';
import { cardNodes as nodes, cardStrings as strings, isCardNode as isNode, type CardNode as Node } from '../../support/card-tree';

/**
 * User text that would change if the templating engine evaluated it:
 * `${councilId}` and `${t.submit}` name real data keys. It must reach the card literally.
 */
const EVIL = '${secret} ${councilId} ${t.submit} <script>alert(1)</script>';

/** What a person sees and presses: body and actions (the refresh action is not a button). */
const visible = (card: AdaptiveCard) => nodes([card['body'], card['actions']]);
const ofType = (card: AdaptiveCard, type: string) => visible(card).filter((n) => n['type'] === type);
/** TextBlocks, and RichTextBlocks (user text, shown as typed) as the line their runs make. */
const texts = (card: AdaptiveCard) =>
  visible(card)
    .filter((n) => n['type'] === 'TextBlock' || n['type'] === 'RichTextBlock')
    .map((n) =>
      n['type'] === 'TextBlock' ? (n['text'] as string) : (n['inlines'] as { text: string }[]).map((run) => run.text).join(''),
    );
const attention = (card: AdaptiveCard) =>
  ofType(card, 'TextBlock')
    .filter((n) => n['color'] === 'Attention')
    .map((n) => n['text'] as string);
const inputs = (card: AdaptiveCard) =>
  visible(card).filter((n) => typeof n['type'] === 'string' && n['type'].startsWith('Input.'));
const buttons = (card: AdaptiveCard) => ofType(card, 'Action.Execute');
const verbs = (card: AdaptiveCard) => buttons(card).map((b) => b['verb']);

function input(card: AdaptiveCard, id: string): Node {
  const found = inputs(card).find((n) => n['id'] === id);
  if (!found)
    throw new Error(
      `no input ${id}; inputs: ${inputs(card)
        .map((n) => String(n['id']))
        .join(', ')}`,
    );
  return found;
}

/** The element right after the input with this id, in the same list. */
function elementAfter(card: AdaptiveCard, id: string): Node | undefined {
  for (const node of nodes(card)) {
    for (const list of Object.values(node)) {
      if (!Array.isArray(list)) continue;
      const index = list.findIndex((el) => isNode(el) && el['id'] === id);
      if (index >= 0) return list[index + 1] as Node | undefined;
    }
  }
  throw new Error(`no element with id ${id}`);
}

function expectProblemAfter(card: AdaptiveCard, id: string, message: string): void {
  expect(elementAfter(card, id)).toMatchObject({ type: 'TextBlock', color: 'Attention', text: message });
}

const KNOWN_TYPES = new Set([
  'TextBlock',
  'Input.Text',
  'Input.Toggle',
  'Input.ChoiceSet',
  'Container',
  'ActionSet',
  'FactSet',
  'RichTextBlock',
  'TextRun',
  'Action.Execute',
]);

/**
 * What any card Utvalg sends must look like: an Adaptive Card 1.5 in the
 * member's language, every template expression bound (a `${` may only come
 * from user text), nothing shown empty or as "undefined".
 */
function expectWellFormed(card: AdaptiveCard, language: Language): void {
  expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: language });
  expect(card['$schema']).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
  expect(Array.isArray(card['body']) && card['body'].length > 0).toBe(true);

  const all = strings(card);
  const fromUser = (s: string) => s.includes(EVIL);
  expect(all.filter((s) => s.includes('${') && !fromUser(s))).toEqual([]);
  // A "{name}" left by a text that was not filled in.
  expect(all.filter((s) => /\{\w+\}/.test(s) && !fromUser(s))).toEqual([]);
  expect(all.filter((s) => /undefined|\[object Object\]|NaN/.test(s))).toEqual([]);

  for (const node of nodes([card['body'], card['actions'], card['refresh']])) {
    expect(Object.keys(node).filter((k) => k.startsWith('$'))).toEqual([]);
    if (node['type'] === undefined) continue;
    expect(KNOWN_TYPES).toContain(node['type']);
  }
  for (const text of texts(card)) expect(text.trim()).not.toBe('');
  const ids = inputs(card).map((n) => n['id']);
  expect(new Set(ids).size).toBe(ids.length);
  for (const field of inputs(card)) {
    expect(typeof field['id'] === 'string' && field['id'] !== '').toBe(true);
    expect(typeof field['label'] === 'string' && field['label'].trim() !== '').toBe(true);
    if (field['maxLength'] !== undefined) expect(typeof field['maxLength']).toBe('number');
    for (const choice of (field['choices'] as Node[] | undefined) ?? []) {
      expect(typeof choice['title'] === 'string' && choice['title'].trim() !== '').toBe(true);
      expect(typeof choice['value'] === 'string' && choice['value'] !== '').toBe(true);
    }
  }
  for (const button of buttons(card)) {
    expect(CARD_VERBS).toContain(button['verb']);
    expect(typeof button['title'] === 'string' && button['title'].trim() !== '').toBe(true);
  }
  for (const factSet of ofType(card, 'FactSet')) {
    for (const fact of factSet['facts'] as Node[]) {
      expect(typeof fact['title'] === 'string' && fact['title'].trim() !== '').toBe(true);
      expect(typeof fact['value'] === 'string' && fact['value'].trim() !== '').toBe(true);
    }
  }
}

// Meeting on Monday 26 October 2026, the day after the clocks go back.
const MEETING = aMeeting({
  status: 'noticeSent',
  startsAt: '2026-10-26T09:00:00.000Z',
  endsAt: '2026-10-26T11:30:00.000Z',
  proposalDeadline: '2026-10-25T22:59:00.000Z',
  place: 'Møterom Gauken, Storgata 1, Skien',
});
const ZONE = 'Europe/Oslo';
const meetingTime = (language: Language) => formatMeetingTime(MEETING.startsAt, MEETING.endsAt, ZONE, language);
const deadline = (iso: string, language: Language) => formatDeadline(iso, ZONE, language);
const FORM_ID = '3f6c2a9e-8b1d-4c7a-9e2f-1a2b3c4d5e6f';

function proposalForm(language: Language, overrides: Partial<ProposalFormData> = {}): AdaptiveCard {
  return proposalFormCard({
    language,
    formId: FORM_ID,
    meetings: [
      { title: meetingTime(language), value: `${COUNCIL_ID}~${MEETING_ID}` },
      { title: `${EVIL} – 17.12.2026`, value: `${COUNCIL_ID}~meeting-2` },
    ],
    values: {},
    problems: [],
    ...overrides,
  });
}

function attendance(language: Language, overrides: Partial<AttendanceCardData> = {}): AdaptiveCard {
  return attendanceCard({
    language,
    councilId: COUNCIL_ID,
    meetingId: MEETING_ID,
    meetingTime: meetingTime(language),
    place: MEETING.place,
    deputies: [
      { aadObjectId: 'per', name: 'Per Personlig', personal: true },
      { aadObjectId: 'pool-1', name: EVIL, personal: false },
    ],
    open: true,
    saved: false,
    problems: [],
    ...overrides,
  });
}

const QUESTIONS = [
  { id: 'q1', text: 'Hva bør forventes av de lokale brukerutvalgene?' },
  { id: 'q2', text: EVIL },
];

function inputRequestCard(language: Language, overrides: Partial<InputCardData> = {}): AdaptiveCard {
  return inputCard({
    language,
    councilId: COUNCIL_ID,
    meetingId: MEETING_ID,
    requestId: 'r1',
    meetingTime: meetingTime(language),
    itemTitle: `23/20 ${EVIL}`,
    deadlineText: deadline('2026-10-25T22:59:00.000Z', language),
    questions: QUESTIONS,
    answers: { q1: EVIL },
    open: true,
    saved: false,
    problems: [],
    visibility: 'secretaryUntilMeeting',
    ...overrides,
  });
}

// Sunday 25 October 2026 23:30 in Oslo (CET).
const NOW = new Date('2026-10-25T22:30:00.000Z');
const STATUS = memberStatus(
  MEETING,
  {
    attendance: [anAnswer('ola', { kind: 'deputy', deputyId: 'per' })],
    inputRequests: [
      { ...anInputRequest('open', '2026-10-25T22:59:00.000Z'), questions: [{ id: 'q1', text: EVIL }] },
      anInputRequest('answered', '2026-10-30T22:59:00.000Z'),
      anInputRequest('closed', '2026-10-24T21:59:00.000Z'),
    ],
    inputs: [anInput('answered', 'ola')],
    proposals: [aProposal('p1', 'ola', '2026-10-20T10:00:00.000Z'), aProposal('p2', 'kari', '2026-10-20T11:00:00.000Z')],
  },
  'ola',
  NOW,
);

function base(language: Language, overrides: Partial<MeetingCardBase> = {}): MeetingCardBase {
  return {
    language,
    councilId: COUNCIL_ID,
    councilName: `Brukerutvalget ${EVIL}`,
    meetingId: MEETING_ID,
    meetingTime: meetingTime(language),
    place: MEETING.place,
    proposalsOpen: true,
    proposalDeadlineText: deadline(MEETING.proposalDeadline, language),
    ...overrides,
  };
}

function personal(language: Language, overrides: Partial<PersonalStatus> = {}): PersonalStatus {
  return {
    status: STATUS,
    deputyName: EVIL,
    inputDeadlines: Object.fromEntries(STATUS.inputs.map((i) => [i.request.id, deadline(i.request.deadline, language)])),
    ...overrides,
  };
}

function help(language: Language, notMember: boolean): AdaptiveCard {
  return helpCard({
    language,
    commands: COMMANDS.map((c) => ({ word: c.words[language][0]!, description: c.description[language] })),
    notMember,
  });
}

/** Every card in the states a member can meet it in. */
function everyCard(language: Language): [string, AdaptiveCard][] {
  return [
    ['proposal form', proposalForm(language)],
    [
      'proposal form with problems',
      proposalForm(language, {
        values: { title: '', link: 'nav.no', presenter: EVIL },
        problems: [
          { field: 'title', problem: 'required' },
          { field: 'link', problem: 'notUrl' },
          { field: 'description', problem: 'tooLong', params: { max: 4000 } },
          { field: 'kind', problem: 'notChosen' },
          { field: 'meeting', problem: 'invalid' },
        ],
      }),
    ],
    [
      'proposal receipt',
      proposalReceiptCard({
        language,
        councilId: COUNCIL_ID,
        meetingId: MEETING_ID,
        meetingTime: meetingTime(language),
        title: EVIL,
        description: EVIL,
        kind: 'decision',
        presenter: EVIL,
        link: 'https://www.nav.no/',
      }),
    ],
    [
      'proposal receipt, minimal',
      proposalReceiptCard({
        language,
        councilId: COUNCIL_ID,
        meetingId: MEETING_ID,
        meetingTime: meetingTime(language),
        title: 'Ventetid',
        kind: 'briefing',
      }),
    ],
    ['attendance, not answered', attendance(language)],
    [
      'attendance, deputy answer saved',
      attendance(language, { answer: { kind: 'deputy', deputyId: 'pool-1' }, deputyName: EVIL, saved: true }),
    ],
    [
      'attendance with problems',
      attendance(language, {
        values: { choice: 'deputy', reason: EVIL, deputyId: '' },
        problems: [{ field: 'deputyId', problem: 'required' }],
      }),
    ],
    ['attendance, no deputies', attendance(language, { deputies: [], place: undefined })],
    ['attendance, closed', attendance(language, { open: false, answer: { kind: 'apologies', reason: EVIL } })],
    ['input, open', inputRequestCard(language)],
    ['input, saved, no item', inputRequestCard(language, { itemTitle: undefined, saved: true })],
    ['input, saved after an edit', inputRequestCard(language, { saved: true, edited: true })],
    [
      'input with problems',
      inputRequestCard(language, { problems: [{ field: 'answer_q2', problem: 'tooLong', params: { max: 8000 } }] }),
    ],
    ['input, closed', inputRequestCard(language, { open: false, secretaryName: EVIL })],
    ['input, closed, no secretary', inputRequestCard(language, { open: false })],
    ['input, shared with all members', inputRequestCard(language, { visibility: 'allMembers' })],
    ['status, personal', statusCard(base(language), personal(language))],
    [
      'status, personal, all done',
      statusCard(base(language, { proposalsOpen: false }), {
        status: { ...STATUS, openCount: 0, attendance: 'attend', inputs: [], myProposals: [] },
        inputDeadlines: {},
      }),
    ],
    ['status, channel', statusCard(base(language, { refreshUserIds: ['ola', 'kari'] }))],
    ['help', help(language, false)],
    ['help, not a member', help(language, true)],
    ['follow-up, open', followUp(language)],
    ['follow-up, note refused', followUp(language, { note: EVIL, problems: [{ field: 'note', problem: 'required' }] })],
    ['follow-up, not theirs', followUp(language, { canMarkDone: false, problems: [{ field: 'note', problem: 'notYours' }] })],
    [
      'follow-up, done',
      followUp(language, {
        canMarkDone: true,
        doneByName: EVIL,
        done: { by: 'ola', at: '2024-10-01T10:00:00.000Z', note: EVIL },
      }),
    ],
  ];
}

/** A follow-up card; `done` marks the follow-up done with that note. */
function followUp(
  language: Language,
  overrides: Partial<Omit<FollowUpCardData, 'entry'>> & { done?: { by: string; at: string; note: string } } = {},
): AdaptiveCard {
  const { done, ...rest } = overrides;
  return followUpCard({
    language,
    councilName: EVIL,
    timeZone: 'Europe/Oslo',
    entry: {
      followUp: {
        id: 'fu-1',
        councilId: COUNCIL_ID,
        meetingId: MEETING_ID,
        meetingStartsAt: '2024-09-18T08:00:00.000Z',
        responsibleId: 'ola',
        what: EVIL,
        due: '2024-11-01',
        status: done ? 'done' : 'open',
        createdBy: 'sec',
        createdAt: '2024-09-18T10:00:00.000Z',
        ...(done && { done }),
      },
      etag: 'W/"1"',
      responsibleName: EVIL,
    },
    note: done?.note ?? '',
    canMarkDone: true,
    problems: [],
    ...rest,
  });
}

describe.each(LANGUAGES)('cards in %s', (language) => {
  it.each(everyCard(language))('%s is a well-formed Adaptive Card 1.5', (_name, card) => {
    expectWellFormed(card, language);
  });
});

describe('the well-formedness check', () => {
  // Guards the guard: each of these broken cards must be refused.
  const good = () => help('nb', false);
  const withBody = (extra: Node) => ({ ...good(), body: [...(good()['body'] as Node[]), extra] });

  it.each([
    ['an unbound expression', withBody({ type: 'TextBlock', text: '${t.missing}' })],
    ['an unfilled placeholder', withBody({ type: 'TextBlock', text: 'Frist: {date}' })],
    ['"undefined" shown', withBody({ type: 'TextBlock', text: 'Oppmøte: undefined' })],
    ['an empty text', withBody({ type: 'TextBlock', text: ' ' })],
    ['a leftover $when', withBody({ type: 'TextBlock', text: 'x', $when: '${false}' })],
    ['an unknown verb', { ...good(), actions: [{ type: 'Action.Execute', verb: 'deleteEverything', title: 'Slett' }] }],
    ['another language', { ...good(), lang: 'en' }],
  ])('refuses a card with %s', (_what, card) => {
    expect(() => expectWellFormed(card, 'nb')).toThrow();
  });
});

describe('all three languages', () => {
  it('render different text for the same card (each uses its own catalogue)', () => {
    for (const name of everyCard('nb').map(([n]) => n)) {
      const [nb, nn, en] = LANGUAGES.map((l) => JSON.stringify(texts(everyCard(l).find(([n]) => n === name)![1])));
      expect(en).not.toBe(nb);
      expect(nn).not.toBe(nb);
    }
  });

  it('use only verbs the handlers know, and between them use every member verb', () => {
    const used = new Set(
      LANGUAGES.flatMap((l) => everyCard(l)).flatMap(([, card]) => nodes(card).filter((n) => n['type'] === 'Action.Execute')),
    );
    const usedVerbs = new Set([...used].map((n) => n['verb']));
    for (const verb of usedVerbs) expect(CARD_VERBS).toContain(verb);
    expect([...usedVerbs].sort()).toEqual(CARD_VERBS.filter((v) => v !== 'setupCouncil').sort());
  });
});

describe('user text stays literal', () => {
  // The states that carry user text; the others (help, closed attendance, …) have none to show.
  const withUserText = [
    'proposal form',
    'proposal form with problems',
    'proposal receipt',
    'attendance, not answered',
    'attendance, deputy answer saved',
    'attendance with problems',
    'input, open',
    'input, closed',
    'status, personal',
    'status, channel',
  ];
  it.each(everyCard('nb').filter(([name]) => withUserText.includes(name)))(
    '%s shows the text exactly as typed',
    (_name, card) => {
      expect(strings(card).some((s) => s.includes(EVIL))).toBe(true);
      // The data key the text names must not have been substituted into it.
      expect(strings(card).some((s) => s.includes(`${COUNCIL_ID} `) && s.includes('<script>'))).toBe(false);
    },
  );
});

describe('proposal form', () => {
  const t = textsFor('nb').cards;

  it('has the six inputs and a submit button carrying the form id', () => {
    const card = proposalForm('nb');
    expect(inputs(card).map((n) => n['id'])).toEqual(['meeting', 'title', 'description', 'kind', 'presenter', 'link']);
    expect(buttons(card)).toEqual([expect.objectContaining({ verb: 'submitProposal', data: { formId: FORM_ID } })]);
    expect(input(card, 'title')['maxLength']).toBe(200);
    expect(attention(card)).toEqual([]);
  });

  it('offers the meetings and preselects the only one; "discussion" is the default kind', () => {
    expect(input(proposalForm('nb'), 'meeting')['value']).toBe('');
    const one = proposalForm('nb', { meetings: [{ title: 'mandag 26. oktober', value: 'council-vt~meeting-1' }] });
    expect(input(one, 'meeting')['value']).toBe('council-vt~meeting-1');
    expect(input(one, 'kind')['value']).toBe('discussion');
    expect((input(one, 'kind')['choices'] as Node[]).map((c) => c['value'])).toEqual(['briefing', 'discussion', 'decision']);
  });

  it('keeps what the member typed and shows each problem right under its input', () => {
    const card = proposalForm('nb', {
      values: { meeting: 'council-vt~meeting-2', title: EVIL, description: 'd'.repeat(4001), kind: 'decision', link: 'nav.no' },
      problems: [
        { field: 'description', problem: 'tooLong', params: { max: 4000 } },
        { field: 'link', problem: 'notUrl' },
      ],
    });
    expect(input(card, 'meeting')['value']).toBe('council-vt~meeting-2');
    expect(input(card, 'title')['value']).toBe(EVIL);
    expect(input(card, 'description')['value']).toBe('d'.repeat(4001));
    expect(input(card, 'kind')['value']).toBe('decision');
    expect(input(card, 'link')['value']).toBe('nav.no');
    expectProblemAfter(card, 'description', 'For lang tekst: høyst 4000 tegn.');
    expectProblemAfter(card, 'link', textsFor('nb').problems.notUrl);
    expect(elementAfter(card, 'title')).not.toMatchObject({ color: 'Attention' });
    expect(attention(card)).toEqual([t.fixBelow, 'For lang tekst: høyst 4000 tegn.', textsFor('nb').problems.notUrl]);
  });

  it('shows required, not-chosen and invalid problems in the member’s language', () => {
    const en = textsFor('en').problems;
    const card = proposalForm('en', {
      problems: [
        { field: 'meeting', problem: 'invalid' },
        { field: 'title', problem: 'required' },
        { field: 'kind', problem: 'notChosen' },
      ],
    });
    expectProblemAfter(card, 'meeting', en.invalid);
    expectProblemAfter(card, 'title', en.required);
    expectProblemAfter(card, 'kind', en.notChosen);
  });
});

describe('proposal receipt', () => {
  it('shows the proposal back with a button to propose another for the same meeting, and no inputs', () => {
    const card = everyCard('nb').find(([n]) => n === 'proposal receipt')![1];
    expect(texts(card)).toContain(EVIL);
    expect(inputs(card)).toEqual([]);
    expect(buttons(card)).toEqual([
      expect.objectContaining({ verb: 'openProposalForm', data: { councilId: COUNCIL_ID, meetingId: MEETING_ID } }),
    ]);
  });

  it('leaves out presenter and link when there are none', () => {
    const full = everyCard('nb').find(([n]) => n === 'proposal receipt')![1];
    const minimal = everyCard('nb').find(([n]) => n === 'proposal receipt, minimal')![1];
    const facts = (card: AdaptiveCard) => ofType(card, 'FactSet').flatMap((f) => f['facts'] as Node[]);
    expect(facts(full)).toHaveLength(4);
    expect(facts(minimal)).toHaveLength(2);
  });
});

describe('attendance card', () => {
  it('offers the four answers, the reason and the deputies (personal first, labelled) while open', () => {
    const card = attendance('nb');
    expect(inputs(card).map((n) => n['id'])).toEqual(['choice', 'reason', 'reasonInMinutes', 'deputyId']);
    expect((input(card, 'choice')['choices'] as Node[]).map((c) => c['value'])).toEqual([
      'attend',
      'remote',
      'apologies',
      'deputy',
    ]);
    expect(input(card, 'deputyId')['choices']).toEqual([
      { title: 'Per Personlig (din vara)', value: 'per' },
      { title: `${EVIL} (varapool)`, value: 'pool-1' },
    ]);
    expect(input(card, 'deputyId')['value']).toBe('per');
    expect(input(card, 'choice')['value']).toBe('');
    expect(texts(card)).toContain('Svaret ditt nå: ikke svart');
    expect(buttons(card)).toEqual([
      expect.objectContaining({ verb: 'answerAttendance', data: { councilId: COUNCIL_ID, meetingId: MEETING_ID } }),
    ]);
  });

  it('asks whether the reason may appear in the minutes (default no) and says truthfully who sees it', () => {
    const fresh = attendance('nb', { answer: { kind: 'apologies', reason: 'sykdom' } });
    expect(input(fresh, 'reasonInMinutes')).toMatchObject({ value: 'false', valueOn: 'true', valueOff: 'false' });
    expect(input(fresh, 'reasonInMinutes')['label']).toBe('Kan grunnen stå i referatet?');
    expect(texts(fresh).join(' ')).toContain('Sekretæren og lederen ser grunnen');
    expect(texts(fresh).join(' ')).not.toContain('vises i referatet');
    const allowed = attendance('nb', { answer: { kind: 'apologies', reason: 'ferie', reasonInMinutes: true } });
    expect(input(allowed, 'reasonInMinutes')['value']).toBe('true');
  });

  it('shows the stored answer, with the deputy by name, and preselects it', () => {
    const card = attendance('nb', { answer: { kind: 'deputy', deputyId: 'pool-1' }, deputyName: EVIL, saved: true });
    expect(texts(card)).toContain(`Svaret ditt nå: vara møter: ${EVIL}`);
    expect(input(card, 'choice')['value']).toBe('deputy');
    expect(input(card, 'deputyId')['value']).toBe('pool-1');
    expect(ofType(card, 'TextBlock').find((n) => n['text'] === 'Takk! Svaret ditt er lagret.')).toMatchObject({
      weight: 'Bolder',
    });
  });

  it('keeps the typed values and shows the problem right under the deputy picker', () => {
    const card = attendance('nb', {
      values: { choice: 'deputy', reason: EVIL, deputyId: '' },
      problems: [{ field: 'deputyId', problem: 'required' }],
    });
    expect(input(card, 'choice')['value']).toBe('deputy');
    expect(input(card, 'reason')['value']).toBe(EVIL);
    expect(input(card, 'deputyId')['value']).toBe('');
    expectProblemAfter(card, 'deputyId', textsFor('nb').problems.required);
    expect(attention(card)).toEqual([textsFor('nb').cards.fixBelow, textsFor('nb').problems.required]);
  });

  it('shows a problem with the choice or the reason right under that input', () => {
    const card = attendance('nn', {
      problems: [
        { field: 'choice', problem: 'notChosen' },
        { field: 'reason', problem: 'tooLong', params: { max: 500 } },
      ],
    });
    expectProblemAfter(card, 'choice', textsFor('nn').problems.notChosen);
    expectProblemAfter(card, 'reason', 'For lang tekst: høgst 500 teikn.');
  });

  it('without deputies has no deputy picker and says so', () => {
    const card = attendance('nb', { deputies: [] });
    expect(inputs(card).map((n) => n['id'])).toEqual(['choice', 'reason', 'reasonInMinutes']);
    expect(texts(card)).toContain('Du har ingen vara registrert. Spør sekretæren hvis noen skal møte for deg.');
  });

  it('once the meeting has started: the answer, no inputs and no button', () => {
    const card = attendance('nb', { open: false, answer: { kind: 'apologies', reason: 'Sykdom' } });
    expect(inputs(card)).toEqual([]);
    expect(buttons(card)).toEqual([]);
    expect(texts(card)).toEqual(
      expect.arrayContaining(['Svaret ditt nå: forfall', 'Møtet har startet, så svaret kan ikke endres lenger.']),
    );
  });
});

describe('input card', () => {
  it('has an answer field per question, holding the stored answer, and a submit button for the request', () => {
    const card = inputRequestCard('nb');
    expect(inputs(card).map((n) => n['id'])).toEqual(['answer_q1', 'answer_q2']);
    expect(input(card, 'answer_q1')['value']).toBe(EVIL);
    expect(input(card, 'answer_q2')['value']).toBe('');
    expect(texts(card)).toContain(`Til saken: 23/20 ${EVIL}`);
    expect(buttons(card)).toEqual([
      expect.objectContaining({
        verb: 'submitInput',
        data: { councilId: COUNCIL_ID, meetingId: MEETING_ID, requestId: 'r1' },
      }),
    ]);
  });

  it('labels each answer field with its own question, so no two fields are both called "your answer"', () => {
    const card = inputRequestCard('nb');
    expect(inputs(card).map((n) => n['label'])).toEqual([QUESTIONS[0]!.text, EVIL]);
    // The question is the label, not repeated as a text above it.
    expect(texts(card)).not.toContain(QUESTIONS[0]!.text);
  });

  it('says "saved" after a first answer and "changes saved" after an edit, so an edit visibly does something', () => {
    const first = texts(inputRequestCard('nb', { saved: true }));
    const edit = texts(inputRequestCard('nb', { saved: true, edited: true }));
    expect(first).toContain('Takk! Innspillet ditt er lagret. Du kan endre det fram til fristen.');
    expect(edit).toContain('Takk! Endringene dine er lagret. Du kan endre innspillet fram til fristen.');
    expect(edit).not.toContain('Takk! Innspillet ditt er lagret. Du kan endre det fram til fristen.');
    expect(texts(inputRequestCard('nb', { edited: true })).some((t) => t.startsWith('Takk!'))).toBe(false);
  });

  it('uses no faint green for the confirmations members must read', () => {
    const saved = [
      inputRequestCard('nb', { saved: true }),
      attendance('nb', { answer: { kind: 'attend' }, saved: true }),
      statusCard(base('nb', { proposalsOpen: false }), {
        status: { ...STATUS, attendanceOpen: false, openCount: 0, inputs: [] },
        inputDeadlines: {},
      }),
      proposalReceiptCard({
        language: 'nb',
        councilId: COUNCIL_ID,
        meetingId: MEETING_ID,
        meetingTime: meetingTime('nb'),
        title: 'Ventetid',
        kind: 'briefing',
      }),
    ];
    for (const card of saved) expect(ofType(card, 'TextBlock').filter((n) => n['color'] === 'Good')).toEqual([]);
  });

  it('shows a problem right under the answer it belongs to', () => {
    const card = inputRequestCard('en', { problems: [{ field: 'answer_q2', problem: 'tooLong', params: { max: 8000 } }] });
    expectProblemAfter(card, 'answer_q2', 'Too long: at most 8000 characters.');
    expect(elementAfter(card, 'answer_q1')).toBeUndefined();
    expect(attention(card)).toEqual([textsFor('en').cards.fixBelow, 'Too long: at most 8000 characters.']);
  });

  it('after the deadline: the answers as text, who to contact, no inputs and no button', () => {
    const card = inputRequestCard('nb', { open: false, secretaryName: 'Siri Sekretær' });
    expect(inputs(card)).toEqual([]);
    expect(buttons(card)).toEqual([]);
    const closed = attention(card);
    expect(closed).toHaveLength(1);
    expect(closed[0]).toContain('Siri Sekretær');
    expect(closed[0]).toContain(deadline('2026-10-25T22:59:00.000Z', 'nb'));
    // Each question as text, then the answer given (q1's answer is EVIL).
    expect(texts(card)).toEqual(expect.arrayContaining([QUESTIONS[0]!.text, EVIL]));
  });

  it('after the deadline without a named secretary, points to "the secretary"', () => {
    expect(attention(inputRequestCard('en', { open: false }))[0]).toContain('the secretary');
  });

  it('says who reads the answer before the meeting, as the council decided, and that input can become public', () => {
    const privateCard = texts(inputRequestCard('nb'));
    expect(privateCard).toContain('Bare sekretæren og lederen ser svaret ditt før møtet.');
    expect(privateCard).not.toContain('Alle medlemmene kan lese svaret ditt før møtet.');
    expect(privateCard).toContain('Innspill kan bli et offentlig dokument etter offentleglova.');

    const shared = texts(inputRequestCard('nb', { visibility: 'allMembers' }));
    expect(shared).toContain('Alle medlemmene kan lese svaret ditt før møtet.');
    expect(shared).not.toContain('Bare sekretæren og lederen ser svaret ditt før møtet.');
    expect(texts(inputRequestCard('nn'))).toContain('Berre sekretæren og leiaren ser svaret ditt før møtet.');
    expect(texts(inputRequestCard('en', { visibility: 'allMembers' }))).toContain(
      'All members can read your answer before the meeting.',
    );
  });

  it('says it where the member writes: before the first question and its answer field', () => {
    const all = visible(inputRequestCard('nb'));
    const privacy = all.findIndex((n) => n['text'] === 'Bare sekretæren og lederen ser svaret ditt før møtet.');
    expect(privacy).toBeGreaterThan(-1);
    expect(privacy).toBeLessThan(all.findIndex((n) => n['id'] === 'answer_q1'));
  });

  it('keeps saying it after the deadline, when the answer is shown as text', () => {
    expect(texts(inputRequestCard('en', { open: false }))).toContain(
      'Only the secretary and the chair see your answer before the meeting.',
    );
  });
});

describe('input request notice (the 1:1 message when a request is made)', () => {
  const council = {
    id: COUNCIL_ID,
    tenantId: 'tenant-test',
    name: 'Brukerutvalget',
    kind: 'regional' as const,
    language: 'nb' as const,
    timeZone: 'Europe/Oslo',
    quorumRule: { type: 'moreThanHalf' as const },
    inputVisibility: 'allMembers' as const,
  };
  const meeting = aMeeting({ startsAt: '2026-11-04T09:00:00.000Z', endsAt: '2026-11-04T11:30:00.000Z' });
  const request = { ...anInputRequest('r9', '2026-10-30T22:59:00.000Z'), questions: [{ id: 'q1', text: EVIL }] };

  it.each(LANGUAGES)(
    'in %s: the input card, empty and open, with the council setting, and a line for notifications',
    (language) => {
      const notice = inputRequestNotice({
        council,
        meeting,
        request,
        language,
        itemTitle: `23/20 ${EVIL}`,
        secretaryName: 'Siri',
      });
      expectWellFormed(notice.card, language);
      expect(inputs(notice.card).map((n) => [n['id'], n['value']])).toEqual([['answer_q1', '']]);
      expect(verbs(notice.card)).toEqual(['submitInput']);
      expect(texts(notice.card)).toContain(textsFor(language).inputCard.visibleToAll);
      expect(notice.text).toContain(deadline(request.deadline, language));
      expect(notice.text).not.toMatch(/\{\w+\}/);
    },
  );
});

describe('status card', () => {
  it('personal: says how much is open and offers a button for each open thing', () => {
    const card = statusCard(base('nb'), personal('nb'));
    expect(texts(card)[0]).toBe('Din status');
    expect(STATUS.openCount).toBe(1);
    expect(attention(card)).toEqual(['Dette venter på svar fra deg: 1']);
    expect(texts(card)).toContain(`Oppmøte: vara møter: ${EVIL}`);
    expect(texts(card)).toContain('Dine saksforslag til møtet: 1');
    expect(verbs(card)).toEqual(['openAttendance', 'openInput', 'openInput', 'openProposalForm']);
    const inputButtons = buttons(card).filter((b) => b['verb'] === 'openInput');
    expect(inputButtons.map((b) => (b['data'] as Node)['requestId'])).toEqual(['open', 'answered']);
    expect(inputButtons.map((b) => b['title'])).toEqual(['Gi innspill', 'Endre innspill']);
  });

  it('personal: shows each input request with its state, the open one with its deadline', () => {
    const lines = texts(statusCard(base('nb'), personal('nb'))).filter((s) => s.startsWith('Innspill:'));
    expect(lines).toEqual([
      `Innspill: Hva bør forventes av de lokale brukerutvalgene? (fristen er ute)`,
      `Innspill: ${EVIL} (ikke svart, frist ${deadline('2026-10-25T22:59:00.000Z', 'nb')})`,
      `Innspill: Hva bør forventes av de lokale brukerutvalgene? (svart)`,
    ]);
  });

  it('personal: all done, nothing to press when attendance and proposals are closed', () => {
    const card = statusCard(base('nb', { proposalsOpen: false }), {
      status: { ...STATUS, attendanceOpen: false, openCount: 0, inputs: [] },
      inputDeadlines: {},
    });
    expect(texts(card)).toContain('Du har svart på alt til dette møtet. Takk!');
    expect(attention(card)).toEqual([]);
    expect(buttons(card)).toEqual([]);
  });

  it('channel: names the council and offers attendance, own status and proposing', () => {
    const card = statusCard(base('en'));
    expect(texts(card)[0]).toBe(`Next meeting of Brukerutvalget ${EVIL}`);
    expect(verbs(card)).toEqual(['openProposalForm', 'openAttendance', 'showStatus']);
    expect(texts(card).some((s) => s.startsWith('Attendance:') || s.startsWith('Your proposals'))).toBe(false);
    for (const b of buttons(card)) expect(b['data']).toEqual({ councilId: COUNCIL_ID, meetingId: MEETING_ID });
  });

  it('has no refresh unless user ids are given', () => {
    expect('refresh' in statusCard(base('nb'))).toBe(false);
    expect('refresh' in statusCard(base('nb', { refreshUserIds: [] }))).toBe(false);
    expect('refresh' in statusCard(base('nb'), personal('nb'))).toBe(false);
  });

  it('refreshes for the given users with the refresh verb and the meeting', () => {
    const card = statusCard(base('nb', { refreshUserIds: ['ola', 'kari'] }));
    expect(card['refresh']).toEqual({
      action: { type: 'Action.Execute', verb: 'refreshMeetingCard', data: { councilId: COUNCIL_ID, meetingId: MEETING_ID } },
      userIds: ['ola', 'kari'],
    });
  });

  it('asks at most 60 clients to refresh (Teams’ limit): 100 ids become the first 60', () => {
    const ids = Array.from({ length: 100 }, (_, i) => `user-${i}`);
    const userIds = (statusCard(base('nb', { refreshUserIds: ids }))['refresh'] as Node)['userIds'];
    expect(userIds).toEqual(ids.slice(0, 60));
  });
});

describe('help card', () => {
  it('lists every command word with its description in the language', () => {
    const card = help('nn', false);
    const facts = ofType(card, 'FactSet').flatMap((f) => f['facts'] as Node[]);
    expect(facts).toEqual(COMMANDS.map((c) => ({ title: c.words.nn[0], value: c.description.nn })));
    expect(texts(card)[0]).toBe('Hei! Eg er Utvalg');
    expect(buttons(card)).toEqual([]);
  });

  it('tells someone who is not a member to ask the secretary, and only them', () => {
    expect(texts(help('nb', true))).toContain(textsFor('nb').cards.notMemberHint);
    expect(texts(help('nb', false))).not.toContain(textsFor('nb').cards.notMemberHint);
  });
});
