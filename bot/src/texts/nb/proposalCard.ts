import type { ItemKind } from '../../domain/agenda';

// The form for proposing an agenda item, and the receipt the proposer gets.
export const proposalCard = {
  formTitle: 'Foreslå en sak',
  formIntro: 'Sekretæren går gjennom forslagene og gir deg beskjed om hva som skjer med ditt.',
  meeting: 'Til hvilket møte?',
  title: 'Tittel på saken',
  description: 'Hva vil du at utvalget skal drøfte eller bestemme? (valgfritt)',
  kind: 'Hva slags sak er det?',
  presenter: 'Hvem bør legge fram saken? (valgfritt)',
  link: 'Lenke til mer informasjon (valgfritt)',
  submit: 'Send forslaget',
  deadline: (date: string) => `Frist for saksforslag: ${date}`,
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
