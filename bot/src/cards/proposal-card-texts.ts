import type { ItemKind } from '../domain/agenda';
import type { Language } from '../domain/language';

const nb = {
  formTitle: 'Foreslå en sak',
  formIntro: 'Sekretæren går gjennom forslagene og gir deg beskjed om hva som skjer med ditt.',
  meeting: 'Til hvilket møte?',
  title: 'Tittel på saken',
  description: 'Hva vil du at utvalget skal drøfte eller bestemme? (valgfritt)',
  kind: 'Hva slags sak er det?',
  presenter: 'Hvem bør legge fram saken? (valgfritt)',
  link: 'Lenke til mer informasjon (valgfritt)',
  submit: 'Send forslaget',
  deadline: 'Frist for saksforslag: {date}',
  noMeetings: 'Ingen møter tar imot saksforslag nå. Spør sekretæren om når neste møte blir.',
  receiptTitle: 'Takk! Forslaget ditt er mottatt',
  receiptBody: 'Sekretæren går gjennom forslagene og gir deg beskjed om hva som skjer med ditt.',
  receiptMeeting: 'Møte',
  receiptKind: 'Type',
  receiptPresenter: 'Legges fram av',
  receiptLink: 'Lenke',
  proposeAnother: 'Foreslå en sak til',
  kinds: { briefing: 'Orientering', discussion: 'Drøfting', decision: 'Vedtak' } satisfies Record<ItemKind, string>,
};
type ProposalTexts = typeof nb;

const nn: ProposalTexts = {
  formTitle: 'Foreslå ei sak',
  formIntro: 'Sekretæren går gjennom forslaga og gir deg beskjed om kva som skjer med ditt.',
  meeting: 'Til kva møte?',
  title: 'Tittel på saka',
  description: 'Kva vil du at utvalet skal drøfte eller avgjere? (valfritt)',
  kind: 'Kva slags sak er det?',
  presenter: 'Kven bør leggje fram saka? (valfritt)',
  link: 'Lenkje til meir informasjon (valfritt)',
  submit: 'Send forslaget',
  deadline: 'Frist for saksforslag: {date}',
  noMeetings: 'Ingen møte tek imot saksforslag no. Spør sekretæren om når neste møte blir.',
  receiptTitle: 'Takk! Forslaget ditt er motteke',
  receiptBody: 'Sekretæren går gjennom forslaga og gir deg beskjed om kva som skjer med ditt.',
  receiptMeeting: 'Møte',
  receiptKind: 'Type',
  receiptPresenter: 'Leggjast fram av',
  receiptLink: 'Lenkje',
  proposeAnother: 'Foreslå ei sak til',
  kinds: { briefing: 'Orientering', discussion: 'Drøfting', decision: 'Vedtak' },
};

const en: ProposalTexts = {
  formTitle: 'Propose an item',
  formIntro: 'The secretary goes through the proposals and lets you know what happens to yours.',
  meeting: 'For which meeting?',
  title: 'Title of the item',
  description: 'What do you want the council to discuss or decide? (optional)',
  kind: 'What kind of item is it?',
  presenter: 'Who should present it? (optional)',
  link: 'Link to more information (optional)',
  submit: 'Send the proposal',
  deadline: 'Deadline for proposals: {date}',
  noMeetings: 'No meeting takes proposals right now. Ask the secretary when the next meeting is.',
  receiptTitle: 'Thank you! Your proposal has been received',
  receiptBody: 'The secretary goes through the proposals and lets you know what happens to yours.',
  receiptMeeting: 'Meeting',
  receiptKind: 'Kind',
  receiptPresenter: 'Presented by',
  receiptLink: 'Link',
  proposeAnother: 'Propose another item',
  kinds: { briefing: 'Briefing', discussion: 'Discussion', decision: 'Decision' },
};

const CATALOGUE: Record<Language, ProposalTexts> = { nb, nn, en };

export function proposalTexts(language: Language): ProposalTexts {
  return CATALOGUE[language];
}
