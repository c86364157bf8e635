// What the tab says when Teams single sign-on fails, in bokmål, nynorsk and English.
import type { Language } from '../../../bot/src/domain/language';

export interface SsoMessages {
  /** Teams needs the person (or their organisation's administrator) to allow Utvalg to sign them in. */
  consentRequired: string;
  /** The person closed the sign-in or consent window. */
  cancelled: string;
  /** Teams could not give a token for another reason (often the app's setup). */
  failed: string;
  /** Teams gave a token but Utvalg's server refused it (e.g. an organisation that has no access). */
  refused: string;
}

export const SSO_MESSAGES: Record<Language, SsoMessages> = {
  nb: {
    consentRequired:
      'Utvalg trenger din tillatelse for å logge deg inn med Teams-kontoen din. Velg «Prøv igjen» og godta. Får du ikke lov, må IT-ansvarlig i organisasjonen godkjenne Utvalg.',
    cancelled: 'Innloggingen ble avbrutt. Velg «Prøv igjen» for å logge inn.',
    failed:
      'Teams klarte ikke å logge deg inn i Utvalg. Prøv igjen. Skjer det igjen, be sekretæren eller IT-ansvarlig sjekke oppsettet av appen.',
    refused:
      'Utvalg godtok ikke innloggingen din fra Teams. Prøv igjen. Skjer det igjen, be sekretæren sjekke at organisasjonen din har tilgang.',
  },
  nn: {
    consentRequired:
      'Utvalg treng løyve frå deg for å logge deg inn med Teams-kontoen din. Vel «Prøv igjen» og godta. Får du ikkje lov, må IT-ansvarleg i organisasjonen godkjenne Utvalg.',
    cancelled: 'Innlogginga vart avbroten. Vel «Prøv igjen» for å logge inn.',
    failed:
      'Teams klarte ikkje å logge deg inn i Utvalg. Prøv igjen. Skjer det igjen, be sekretæren eller IT-ansvarleg sjekke oppsettet av appen.',
    refused:
      'Utvalg godtok ikkje innlogginga di frå Teams. Prøv igjen. Skjer det igjen, be sekretæren sjekke at organisasjonen din har tilgang.',
  },
  en: {
    consentRequired:
      'Utvalg needs your permission to sign you in with your Teams account. Select “Try again” and accept. If you are not allowed to, your organisation’s IT administrator has to approve Utvalg.',
    cancelled: 'Sign-in was cancelled. Select “Try again” to sign in.',
    failed:
      'Teams could not sign you in to Utvalg. Try again. If it happens again, ask the secretary or your IT administrator to check the app’s setup.',
    refused:
      'Utvalg did not accept your sign-in from Teams. Try again. If it happens again, ask the secretary to check that your organisation has access.',
  },
};
