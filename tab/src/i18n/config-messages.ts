// Texts of the channel tab's settings page (shown by Teams when the tab is added to a channel).
import type { Language } from '../../../bot/src/domain/language';

export interface ConfigMessages {
  loading: string;
  title: string;
  intro: string;
  nameLabel: string;
  nameHint: string;
  defaultName: string;
  nameRequired: string;
  pressSave: string;
  notInTeams: string;
  saveFailed: (reason: string) => string;
}

export const CONFIG_MESSAGES: Record<Language, ConfigMessages> = {
  nb: {
    loading: 'Laster …',
    title: 'Legg til Utvalg i kanalen',
    intro:
      'Fanen viser brukerutvalgets neste møte for alle i teamet: saksliste, saksforslag, oppmøte og skriftlige innspill. Sekretæren og lederen setter opp sakslisten her.',
    nameLabel: 'Navn på fanen',
    nameHint: 'Navnet står på fanen øverst i kanalen.',
    defaultName: 'Utvalg',
    nameRequired: 'Skriv et navn på fanen.',
    pressSave: 'Trykk Lagre for å legge til fanen.',
    notInTeams: 'Denne siden brukes av Teams når fanen legges til i en kanal. Åpne kanalen i Teams og velg «Legg til en fane».',
    saveFailed: (reason) => `Teams kunne ikke lagre fanen: ${reason}`,
  },
  nn: {
    loading: 'Lastar …',
    title: 'Legg til Utvalg i kanalen',
    intro:
      'Fana viser neste møte i brukarutvalet for alle i teamet: sakliste, saksforslag, oppmøte og skriftlege innspel. Sekretæren og leiaren set opp saklista her.',
    nameLabel: 'Namn på fana',
    nameHint: 'Namnet står på fana øvst i kanalen.',
    defaultName: 'Utvalg',
    nameRequired: 'Skriv eit namn på fana.',
    pressSave: 'Trykk Lagre for å leggje til fana.',
    notInTeams:
      'Denne sida blir brukt av Teams når fana blir lagd til i ein kanal. Opne kanalen i Teams og vel «Legg til ei fane».',
    saveFailed: (reason) => `Teams kunne ikkje lagre fana: ${reason}`,
  },
  en: {
    loading: 'Loading …',
    title: 'Add Utvalg to the channel',
    intro:
      "The tab shows the user council's next meeting to everyone in the team: agenda, proposals, attendance and written input. The secretary and the chair compile the agenda here.",
    nameLabel: 'Tab name',
    nameHint: 'The name appears on the tab at the top of the channel.',
    defaultName: 'Utvalg',
    nameRequired: 'Enter a name for the tab.',
    pressSave: 'Select Save to add the tab.',
    notInTeams: 'Teams uses this page when the tab is added to a channel. Open the channel in Teams and choose "Add a tab".',
    saveFailed: (reason) => `Teams could not save the tab: ${reason}`,
  },
};
