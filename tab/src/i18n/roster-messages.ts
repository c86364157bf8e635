// The roster view ("Medlemmer") in bokmål, nynorsk and English.
import type { Language } from '../../../bot/src/domain/language';
import type { QuorumRule } from '../../../bot/src/domain/quorum';
import type { RosterProblemCode } from '../../../bot/src/domain/roster-rules';

export interface RosterMessages {
  nav: string;
  heading: string;
  intro: string;
  quorumHeading: string;
  quorumRule: (rule: QuorumRule) => string;
  quorumToday: (voting: number, required: number) => string;
  changeInSettings: string;
  add: string;
  showFormer: string;
  listLabel: string;
  empty: string;
  deputyPoolHeading: string;
  deputyPoolEmpty: string;
  personalDeputyFor: (name: string) => string;
  hasPersonalDeputy: (names: string) => string;
  inDeputyPool: string;
  editorialBoard: string;
  notVoting: string;
  formerMember: string;
  endsOn: (date: string) => string;
  startsOn: (date: string) => string;
  activeSince: (date: string) => string;
  ended: (date: string) => string;
  language: string;
  councilLanguage: (name: string) => string;
  edit: string;
  editFor: (name: string) => string;
  end: string;
  endFor: (name: string) => string;
  reactivate: string;
  reactivateFor: (name: string) => string;
  addHeading: string;
  addIntro: string;
  editHeading: (name: string) => string;
  reactivateHeading: (name: string) => string;
  reactivateIntro: string;
  endHeading: (name: string) => string;
  endIntro: string;
  fieldName: string;
  fieldAadObjectId: string;
  aadObjectIdHint: string;
  fieldRole: string;
  fieldOrganisation: string;
  fieldTitle: string;
  titleHint: string;
  fieldVotingMember: string;
  fieldDeputyOf: string;
  noDeputyOf: string;
  fieldInDeputyPool: string;
  fieldEditorialBoard: string;
  fieldLanguage: string;
  fieldActiveFrom: string;
  fieldActiveTo: string;
  endButton: string;
  problems: Record<Exclude<RosterProblemCode, 'hasPersonalDeputies'>, string>;
  hasPersonalDeputies: (names: string) => string;
  alreadyOnRoster: string;
  invalidId: string;
  added: (name: string) => string;
  saved: (name: string) => string;
  endedDone: (name: string) => string;
  reactivated: (name: string) => string;
  languageNames: Record<Language, string>;
}

const LANGUAGE_NAMES = {
  nb: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
  nn: { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' },
  en: { nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', en: 'English' },
} as const;

const nb: RosterMessages = {
  nav: 'Medlemmer',
  heading: 'Medlemmer',
  intro: 'Medlemmene kommer fra teamet i Teams. Her setter du rolle, organisasjon, vararepresentanter og redaksjonsråd.',
  quorumHeading: 'Vedtaksførhet',
  quorumRule: (rule) =>
    rule.type === 'moreThanHalf' ? 'Mer enn halvparten av de stemmeberettigede' : `Minst ${rule.count} stemmeberettigede`,
  quorumToday: (voting, required) => `I dag ${voting} stemmeberettigede: minst ${required} må være til stede.`,
  changeInSettings: 'Endre i Innstillinger',
  add: 'Legg til medlem',
  showFormer: 'Vis tidligere medlemmer',
  listLabel: 'Medlemsliste',
  empty: 'Ingen medlemmer ennå.',
  deputyPoolHeading: 'Varapool',
  deputyPoolEmpty: 'Ingen i varapoolen.',
  personalDeputyFor: (name) => `Personlig vara for ${name}`,
  hasPersonalDeputy: (names) => `Personlig vara: ${names}`,
  inDeputyPool: 'I varapoolen',
  editorialBoard: 'Redaksjonsråd',
  notVoting: 'Uten stemmerett',
  formerMember: 'Tidligere medlem',
  endsOn: (date) => `Slutter ${date}`,
  startsOn: (date) => `Begynner ${date}`,
  activeSince: (date) => `Medlem fra ${date}`,
  ended: (date) => `Sluttet ${date}`,
  language: 'Språk',
  councilLanguage: (name) => `Utvalgets språk (${name})`,
  edit: 'Rediger',
  editFor: (name) => `Rediger ${name}`,
  end: 'Avslutt medlemskap',
  endFor: (name) => `Avslutt medlemskap for ${name}`,
  reactivate: 'Gjenoppta medlemskap',
  reactivateFor: (name) => `Gjenoppta medlemskap for ${name}`,
  addHeading: 'Legg til medlem',
  addIntro:
    'Vanligvis kommer nye medlemmer av seg selv når de legges til i teamet. Bruk dette for noen som ikke er i teamet ennå, for eksempel et nytt medlem fra neste møte.',
  editHeading: (name) => `Rediger ${name}`,
  reactivateHeading: (name) => `Gjenoppta medlemskap for ${name}`,
  reactivateIntro: 'Sluttdatoen fjernes. Sjekk rolle og opplysninger før du lagrer.',
  endHeading: (name) => `Avslutt medlemskap for ${name}`,
  endIntro: 'Ingen slettes: medlemmet står fortsatt i tidligere referater og oppmøtelister, men mister tilgangen dagen etter.',
  fieldName: 'Navn',
  fieldAadObjectId: 'Objekt-ID i Microsoft Entra',
  aadObjectIdHint: 'Finnes i Entra-administrasjonssenteret under Brukere → personen → Objekt-ID.',
  fieldRole: 'Rolle',
  fieldOrganisation: 'Organisasjon',
  fieldTitle: 'Tittel',
  titleHint: 'Vises i referatet, for eksempel «brukerrepresentant» eller «NAV-leder».',
  fieldVotingMember: 'Sekretæren har stemmerett',
  fieldDeputyOf: 'Personlig vara for',
  noDeputyOf: 'Ingen',
  fieldInDeputyPool: 'I varapoolen (kan møte for hvem som helst)',
  fieldEditorialBoard: 'Med i redaksjonsrådet',
  fieldLanguage: 'Språk',
  fieldActiveFrom: 'Medlem fra',
  fieldActiveTo: 'Siste dag som medlem',
  endButton: 'Avslutt medlemskap',
  problems: {
    endBeforeStart: 'Siste dag kan ikke være før første dag.',
    selfDeputy: 'Et medlem kan ikke være vara for seg selv.',
    deputyTargetInvalid: 'Velg et aktivt medlem med stemmerett, som er medlem minst like lenge som vararepresentanten.',
    deputyMustBeMember: 'Bare rollen «medlem» kan være vararepresentant.',
    lastSecretary: 'Utvalget må ha minst én sekretær. Legg til en ny sekretær først.',
  },
  hasPersonalDeputies: (names) =>
    `${names} er personlig vara for dette medlemmet. Gi vararepresentanten et annet medlem, eller avslutt vedkommendes medlemskap først.`,
  alreadyOnRoster: 'Denne personen står allerede i medlemslisten. Rediger eller gjenoppta medlemskapet i stedet.',
  invalidId: 'Bare bokstaver, tall og . _ : @ - (høyst 64 tegn).',
  added: (name) => `${name} er lagt til.`,
  saved: (name) => `Endringene for ${name} er lagret.`,
  endedDone: (name) => `Medlemskapet til ${name} er avsluttet.`,
  reactivated: (name) => `${name} er medlem igjen.`,
  languageNames: LANGUAGE_NAMES.nb,
};

const nn: RosterMessages = {
  nav: 'Medlemmer',
  heading: 'Medlemmer',
  intro: 'Medlemmene kjem frå teamet i Teams. Her set du rolle, organisasjon, vararepresentantar og redaksjonsråd.',
  quorumHeading: 'Vedtaksføre',
  quorumRule: (rule) =>
    rule.type === 'moreThanHalf' ? 'Meir enn halvparten av dei med røysterett' : `Minst ${rule.count} med røysterett`,
  quorumToday: (voting, required) => `I dag ${voting} med røysterett: minst ${required} må vere til stades.`,
  changeInSettings: 'Endre i Innstillingar',
  add: 'Legg til medlem',
  showFormer: 'Vis tidlegare medlemmer',
  listLabel: 'Medlemsliste',
  empty: 'Ingen medlemmer enno.',
  deputyPoolHeading: 'Varapool',
  deputyPoolEmpty: 'Ingen i varapoolen.',
  personalDeputyFor: (name) => `Personleg vara for ${name}`,
  hasPersonalDeputy: (names) => `Personleg vara: ${names}`,
  inDeputyPool: 'I varapoolen',
  editorialBoard: 'Redaksjonsråd',
  notVoting: 'Utan røysterett',
  formerMember: 'Tidlegare medlem',
  endsOn: (date) => `Sluttar ${date}`,
  startsOn: (date) => `Byrjar ${date}`,
  activeSince: (date) => `Medlem frå ${date}`,
  ended: (date) => `Slutta ${date}`,
  language: 'Språk',
  councilLanguage: (name) => `Språket til utvalet (${name})`,
  edit: 'Rediger',
  editFor: (name) => `Rediger ${name}`,
  end: 'Avslutt medlemskap',
  endFor: (name) => `Avslutt medlemskap for ${name}`,
  reactivate: 'Ta opp att medlemskap',
  reactivateFor: (name) => `Ta opp att medlemskap for ${name}`,
  addHeading: 'Legg til medlem',
  addIntro:
    'Vanlegvis kjem nye medlemmer av seg sjølv når dei blir lagde til i teamet. Bruk dette for nokon som ikkje er i teamet enno, til dømes eit nytt medlem frå neste møte.',
  editHeading: (name) => `Rediger ${name}`,
  reactivateHeading: (name) => `Ta opp att medlemskap for ${name}`,
  reactivateIntro: 'Sluttdatoen blir fjerna. Sjekk rolle og opplysningar før du lagrar.',
  endHeading: (name) => `Avslutt medlemskap for ${name}`,
  endIntro: 'Ingen blir sletta: medlemmet står framleis i tidlegare referat og oppmøtelister, men mistar tilgangen dagen etter.',
  fieldName: 'Namn',
  fieldAadObjectId: 'Objekt-ID i Microsoft Entra',
  aadObjectIdHint: 'Finst i Entra-administrasjonssenteret under Brukarar → personen → Objekt-ID.',
  fieldRole: 'Rolle',
  fieldOrganisation: 'Organisasjon',
  fieldTitle: 'Tittel',
  titleHint: 'Blir vist i referatet, til dømes «brukarrepresentant» eller «NAV-leiar».',
  fieldVotingMember: 'Sekretæren har røysterett',
  fieldDeputyOf: 'Personleg vara for',
  noDeputyOf: 'Ingen',
  fieldInDeputyPool: 'I varapoolen (kan møte for kven som helst)',
  fieldEditorialBoard: 'Med i redaksjonsrådet',
  fieldLanguage: 'Språk',
  fieldActiveFrom: 'Medlem frå',
  fieldActiveTo: 'Siste dag som medlem',
  endButton: 'Avslutt medlemskap',
  problems: {
    endBeforeStart: 'Siste dag kan ikkje vere før første dag.',
    selfDeputy: 'Eit medlem kan ikkje vere vara for seg sjølv.',
    deputyTargetInvalid: 'Vel eit aktivt medlem med røysterett, som er medlem minst like lenge som vararepresentanten.',
    deputyMustBeMember: 'Berre rolla «medlem» kan vere vararepresentant.',
    lastSecretary: 'Utvalet må ha minst éin sekretær. Legg til ein ny sekretær først.',
  },
  hasPersonalDeputies: (names) =>
    `${names} er personleg vara for dette medlemmet. Gi vararepresentanten eit anna medlem, eller avslutt medlemskapen til vedkomande først.`,
  alreadyOnRoster: 'Denne personen står alt i medlemslista. Rediger eller ta opp att medlemskapen i staden.',
  invalidId: 'Berre bokstavar, tal og . _ : @ - (høgst 64 teikn).',
  added: (name) => `${name} er lagd til.`,
  saved: (name) => `Endringane for ${name} er lagra.`,
  endedDone: (name) => `Medlemskapen til ${name} er avslutta.`,
  reactivated: (name) => `${name} er medlem igjen.`,
  languageNames: LANGUAGE_NAMES.nn,
};

const en: RosterMessages = {
  nav: 'Members',
  heading: 'Members',
  intro: 'Members come from the team in Teams. Here you set role, organisation, deputies and the editorial board.',
  quorumHeading: 'Quorum',
  quorumRule: (rule) =>
    rule.type === 'moreThanHalf' ? 'More than half of the voting members' : `At least ${rule.count} voting members`,
  quorumToday: (voting, required) => `Today ${voting} voting members: at least ${required} must be present.`,
  changeInSettings: 'Change in Settings',
  add: 'Add member',
  showFormer: 'Show former members',
  listLabel: 'Member list',
  empty: 'No members yet.',
  deputyPoolHeading: 'Deputy pool',
  deputyPoolEmpty: 'Nobody in the deputy pool.',
  personalDeputyFor: (name) => `Personal deputy for ${name}`,
  hasPersonalDeputy: (names) => `Personal deputy: ${names}`,
  inDeputyPool: 'In the deputy pool',
  editorialBoard: 'Editorial board',
  notVoting: 'No vote',
  formerMember: 'Former member',
  endsOn: (date) => `Leaves ${date}`,
  startsOn: (date) => `Starts ${date}`,
  activeSince: (date) => `Member since ${date}`,
  ended: (date) => `Left ${date}`,
  language: 'Language',
  councilLanguage: (name) => `The council's language (${name})`,
  edit: 'Edit',
  editFor: (name) => `Edit ${name}`,
  end: 'End membership',
  endFor: (name) => `End membership for ${name}`,
  reactivate: 'Reactivate membership',
  reactivateFor: (name) => `Reactivate membership for ${name}`,
  addHeading: 'Add member',
  addIntro:
    'New members usually arrive by themselves when they are added to the team. Use this for someone not in the team yet, for example a new member from the next meeting.',
  editHeading: (name) => `Edit ${name}`,
  reactivateHeading: (name) => `Reactivate membership for ${name}`,
  reactivateIntro: 'The end date is removed. Check the role and details before you save.',
  endHeading: (name) => `End membership for ${name}`,
  endIntro: 'Nobody is deleted: the member stays in earlier minutes and attendance lists, but loses access the day after.',
  fieldName: 'Name',
  fieldAadObjectId: 'Microsoft Entra object ID',
  aadObjectIdHint: 'Found in the Entra admin center under Users → the person → Object ID.',
  fieldRole: 'Role',
  fieldOrganisation: 'Organisation',
  fieldTitle: 'Title',
  titleHint: 'Shown in the minutes, for example "user representative" or "NAV manager".',
  fieldVotingMember: 'The secretary has a vote',
  fieldDeputyOf: 'Personal deputy for',
  noDeputyOf: 'Nobody',
  fieldInDeputyPool: 'In the deputy pool (can stand in for anyone)',
  fieldEditorialBoard: 'On the editorial board',
  fieldLanguage: 'Language',
  fieldActiveFrom: 'Member from',
  fieldActiveTo: 'Last day as a member',
  endButton: 'End membership',
  problems: {
    endBeforeStart: 'The last day cannot be before the first day.',
    selfDeputy: 'A member cannot be their own deputy.',
    deputyTargetInvalid: 'Choose an active voting member whose membership lasts at least as long as the deputy’s.',
    deputyMustBeMember: 'Only the role "member" can be a deputy.',
    lastSecretary: 'The council must keep at least one secretary. Add a new secretary first.',
  },
  hasPersonalDeputies: (names) =>
    `${names} is personal deputy for this member. Give the deputy another member, or end their membership first.`,
  alreadyOnRoster: 'This person is already on the roster. Edit or reactivate their membership instead.',
  invalidId: 'Only letters, digits and . _ : @ - (at most 64 characters).',
  added: (name) => `${name} has been added.`,
  saved: (name) => `The changes for ${name} are saved.`,
  endedDone: (name) => `The membership of ${name} has ended.`,
  reactivated: (name) => `${name} is a member again.`,
  languageNames: LANGUAGE_NAMES.en,
};

export const ROSTER_MESSAGES: Readonly<Record<Language, RosterMessages>> = { nb, nn, en };
