import type { Catalogue } from '../catalogue';

export const proposalCard: Catalogue['proposalCard'] = {
  formTitle: 'Foreslå ei sak',
  formIntro: 'Sekretæren går gjennom forslaga og gir deg beskjed om kva som skjer med ditt.',
  meeting: 'Til kva møte?',
  title: 'Tittel på saka',
  description: 'Kva vil du at utvalet skal drøfte eller avgjere? (valfritt)',
  kind: 'Kva slags sak er det?',
  presenter: 'Kven bør leggje fram saka? (valfritt)',
  link: 'Lenkje til meir informasjon (valfritt)',
  submit: 'Send forslaget',
  deadline: (date) => `Frist for saksforslag: ${date}`,
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
