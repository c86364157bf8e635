import type { Catalogue } from '../catalogue';

export const sso: Catalogue['sso'] = {
  consentRequired:
    'Utvalg treng løyve frå deg for å logge deg inn med Teams-kontoen din. Vel «Prøv igjen» og godta. Får du ikkje lov, må IT-ansvarleg i organisasjonen godkjenne Utvalg.',
  cancelled: 'Innlogginga vart avbroten. Vel «Prøv igjen» for å logge inn.',
  failed:
    'Teams klarte ikkje å logge deg inn i Utvalg. Prøv igjen. Skjer det igjen, be sekretæren eller IT-ansvarleg sjekke oppsettet av appen.',
  refused:
    'Utvalg godtok ikkje innlogginga di frå Teams. Prøv igjen. Skjer det igjen, be sekretæren sjekke at organisasjonen din har tilgang.',
};
