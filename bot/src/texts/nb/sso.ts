// What the tab says when Teams single sign-on fails.

export interface SsoTexts {
  /** Teams needs the person (or their organisation's administrator) to allow Utvalg to sign them in. */
  consentRequired: string;
  /** The person closed the sign-in or consent window. */
  cancelled: string;
  /** Teams could not give a token for another reason (often the app's setup). */
  failed: string;
  /** Teams gave a token but Utvalg's server refused it (e.g. an organisation that has no access). */
  refused: string;
}

export const sso: SsoTexts = {
  consentRequired:
    'Utvalg trenger din tillatelse for å logge deg inn med Teams-kontoen din. Velg «Prøv igjen» og godta. Får du ikke lov, må IT-ansvarlig i organisasjonen godkjenne Utvalg.',
  cancelled: 'Innloggingen ble avbrutt. Velg «Prøv igjen» for å logge inn.',
  failed:
    'Teams klarte ikke å logge deg inn i Utvalg. Prøv igjen. Skjer det igjen, be sekretæren eller IT-ansvarlig sjekke oppsettet av appen.',
  refused:
    'Utvalg godtok ikke innloggingen din fra Teams. Prøv igjen. Skjer det igjen, be sekretæren sjekke at organisasjonen din har tilgang.',
};
