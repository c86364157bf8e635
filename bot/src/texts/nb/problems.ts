import type { Language } from '../../domain/language';
import { plural } from '../plural';

const nb: Language = 'nb';

/**
 * What is wrong with a value, one text per problem code (domain/problem.ts).
 * The tab and the cards show these under the field; a form may say it more
 * precisely for its own fields (see inputs), but decides on the code.
 */
export const problems = {
  required: 'Dette må fylles ut.',
  tooLong: (max: number) => `For lang tekst: høyst ${max} tegn.`,
  tooMany: (max: number) => `Høyst ${max}.`,
  tooFew: (min: number) => plural(nb, min, { one: 'Minst én må være med.', other: `Minst ${min} må være med.` }),
  tooSmall: (min: number) => `Skriv et tall som er ${min} eller mer.`,
  tooLarge: (max: number) => `Skriv et tall som er ${max} eller mindre.`,
  notNumber: 'Skriv et helt tall.',
  notUrl: 'Skriv en nettadresse som begynner med https://',
  notHttpsUrl: 'Skriv en nettadresse som begynner med https://',
  notChosen: 'Velg ett av alternativene.',
  controlCharacters: 'Teksten har tegn som ikke kan lagres. Skriv den inn på nytt.',
  unknownField: 'Dette feltet kjenner ikke Utvalg.',
  invalid: 'Dette kan jeg ikke ta imot. Sjekk og prøv igjen.',
  notJson: 'Det som ble sendt, kunne ikke leses. Prøv igjen.',
  tooMuchData: 'Det er for mye å lagre på én gang.',
  tooMuchText: (max: number) => `For mye tekst til sammen: høyst ${max} tegn i alt.`,
  ifMatchRequired: 'Last inn siden på nytt og prøv igjen.',
  ifMatchMalformed: 'Siden sendte en versjon Utvalg aldri har gitt ut. Last inn siden på nytt og prøv igjen.',
  agendaFull: (max: number) => `En saksliste kan ha høyst ${max} saker. Fjern en sak eller flytt den til et senere møte først.`,
  timeDoesNotExist: 'Dette klokkeslettet finnes ikke den dagen (klokken stilles fram).',
  endNotAfterStart: 'Sluttid må være etter starttid.',
  deadlineNotBeforeStart: 'Fristen må være før møtet begynner.',
  startInPast: 'Møtet må ligge fram i tid.',
  tooFarAhead: (maxYears: number) => `Høyst ${maxYears} år fram i tid. Sjekk årstallet.`,
  notInFuture: 'Fristen må være fram i tid.',
  afterMeetingStart: 'Fristen kan ikke være etter at møtet starter.',
  yearLocked: (year: number) => `Sakslisten er nummerert for ${year}. Møtet må bli i samme år.`,
  placeOrLinkRequired: 'Oppgi sted, møtelenke eller begge.',
  endBeforeStart: 'Siste dag kan ikke være før første dag.',
  selfDeputy: 'Et medlem kan ikke være vara for seg selv.',
  deputyTargetInvalid: 'Velg et aktivt medlem med stemmerett, som er medlem minst like lenge som varamedlemmet.',
  deputyMustBeMember: 'Bare rollen «medlem» kan være varamedlem.',
  hasPersonalDeputies: (names: string) =>
    `${names} er personlig vara for dette medlemmet. Gi varamedlemmet et annet medlem, eller avslutt vedkommendes medlemskap først.`,
  lastSecretary: 'Utvalget må ha minst én sekretær. Legg til en ny sekretær først.',
  alreadyOnRoster: 'Denne personen står allerede i medlemslisten. Rediger eller gjenoppta medlemskapet i stedet.',
  notEnded: 'Dette medlemskapet er ikke avsluttet.',
  unknownTimeZone: 'Ukjent tidssone. Bruk et navn som Europe/Oslo.',
  quorumAboveVotingMembers: 'Kan ikke være flere enn de stemmeberettigede.',
  yearNotCurrentOrNext: 'Velg i år eller neste år.',
  belowTakenNumbers: (lowestFree: number) => `Numre under ${lowestFree} er allerede brukt. Velg ${lowestFree} eller høyere.`,
  notRegionalCouncil: 'Velg et av de regionale utvalgene i listen.',
  notOnAgenda: 'Saken finnes ikke på sakslisten til dette møtet.',
  notMemberOnDate: 'Noen av de valgte er ikke medlemmer av utvalget på møtedagen.',
  notLaterOpenMeeting: 'Velg et av utvalgets senere møter som ikke er avholdt.',
  notYourDeputy: 'Velg et varamedlem som kan møte for deg.',
  notYours: 'Dette hører til et annet saksforslag.',
  otherMeeting: 'Dette hører til et annet møte.',
  duplicate: 'Det samme står to ganger.',
  idTaken: 'Dette er allerede brukt av en annen sak.',
  lockedByAnswers: 'Svar har kommet inn, så dette kan ikke endres lenger.',
  requestClosed: 'Forespørselen er stengt og kan ikke endres.',
  standardItemFixed: 'De faste sakene først og sist kan ikke flyttes, fjernes eller utsettes.',
  noCaseNumber: 'Saken har ikke saksnummer ennå.',
  nothingToPublish: 'Sakslisten har ingen saker å sende ut.',
  noChanges: 'Ingenting er endret siden sakslisten sist ble sendt ut.',
  notPublished: 'Innkallingen er ikke sendt ut ennå.',
};
