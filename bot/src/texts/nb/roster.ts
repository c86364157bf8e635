// The roster view ("Medlemmer").
import type { Language } from '../../domain/language';
import type { QuorumRule } from '../../domain/quorum';

export interface RosterTexts {
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
  invalidId: string;
  added: (name: string) => string;
  saved: (name: string) => string;
  endedDone: (name: string) => string;
  reactivated: (name: string) => string;
  languageNames: Record<Language, string>;
}

const LANGUAGE_NAMES = { nb: 'bokmål', nn: 'nynorsk', en: 'engelsk' } as const;

export const roster: RosterTexts = {
  nav: 'Medlemmer',
  heading: 'Medlemmer',
  intro: 'Medlemmene kommer fra teamet i Teams. Her setter du rolle, organisasjon, varamedlemmer og redaksjonsråd.',
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
  invalidId: 'Bare bokstaver, tall og . _ : @ - (høyst 64 tegn).',
  added: (name) => `${name} er lagt til.`,
  saved: (name) => `Endringene for ${name} er lagret.`,
  endedDone: (name) => `Medlemskapet til ${name} er avsluttet.`,
  reactivated: (name) => `${name} er medlem igjen.`,
  languageNames: LANGUAGE_NAMES,
};
