// General card and bot texts: the help card, error answers and what is wrong with a form field.
export const cards = {
  helpTitle: 'Hei! Jeg er Utvalg',
  helpIntro:
    'Jeg hjelper brukerutvalget med møtene: saksforslag, oppmøte og skriftlige innspill. Skriv et av disse ordene til meg:',
  helpFooter: 'Sekretæren ser svarene dine i fanen «Utvalg» i kanalen.',
  notMemberHint: 'Du er ikke registrert som medlem av et brukerutvalg ennå. Spør sekretæren om å bli lagt til.',
  somethingWentWrong: 'Beklager, noe gikk galt hos meg. Prøv igjen om litt.',
  storageUnavailable:
    'Jeg får ikke kontakt med lagringen akkurat nå, så det er ikke sikkert at dette ble lagret. Prøv igjen om noen minutter.',
  notCouncilMember:
    'Du er ikke registrert som medlem av dette brukerutvalget, så jeg kan ikke ta imot dette. Spør sekretæren hvis du skal være med.',
  meetingClosed: 'Dette møtet tar ikke imot svar lenger.',
  notFound: 'Jeg finner ikke dette lenger. Møtet kan være avlyst eller endret.',
  concurrentEdit: 'Noen andre endret dette samtidig. Åpne kortet på nytt og prøv igjen.',
  forbidden: 'Bare sekretæren og lederen kan gjøre dette.',
  tryAgain: 'Mange endrer samtidig akkurat nå. Prøv igjen om litt.',
  invalid: 'Noe i svaret kunne jeg ikke ta imot. Åpne kortet på nytt og prøv igjen.',
  fixBelow: 'Noe må rettes før jeg kan lagre. Se under.',
  noCouncil: 'Du er ikke registrert som medlem av et brukerutvalg ennå. Spør sekretæren om å bli lagt til.',
  noUpcomingMeeting: 'Det er ingen kommende møter å svare for ennå.',
};
