// The written-input card and the message that asks members for input.
export const inputCard = {
  title: 'Skriftlig innspill',
  forItem: (item: string) => `Til saken: ${item}`,
  deadline: (date: string) => `Frist: ${date}`,
  submit: 'Send innspillet',
  saved: 'Takk! Innspillet ditt er lagret. Du kan endre det fram til fristen.',
  editUntil: 'Du kan svare på ett eller flere av spørsmålene, og endre svarene fram til fristen.',
  deadlinePassed: (date: string, secretary: string) =>
    `Fristen gikk ut ${date}. Ta kontakt med sekretæren, ${secretary}, hvis du likevel vil si noe.`,
  theSecretary: 'sekretæren',
  savedChanges: 'Takk! Endringene dine er lagret. Du kan endre innspillet fram til fristen.',
  noOpenInputs: 'Du har ingen åpne spørsmål om skriftlig innspill nå.',
  visibleToSecretary: 'Bare sekretæren og lederen ser svaret ditt før møtet.',
  visibleToAll: 'Alle medlemmene kan lese svaret ditt før møtet.',
  publicRecord: 'Innspill kan bli et offentlig dokument etter offentleglova.',
  noticeText: (date: string, deadline: string) => `Sekretæren ber om skriftlig innspill til møtet ${date}. Frist: ${deadline}.`,
};
