import type { AgendaItem } from '../../../bot/src/domain/agenda';
import type { Council } from '../../../bot/src/domain/council';
import type { Language } from '../../../bot/src/domain/language';
import { buildMeetingPackage, type MeetingPackage } from '../../../bot/src/domain/meeting-package';
import type { Member } from '../../../bot/src/domain/member';
import { buildNoticeDocument } from '../../../bot/src/documents/model/notice-document';
import type { DocumentModel, DocumentVersion } from '../../../bot/src/documents/model/document-model';
import { textsFor } from '../../../bot/src/texts/catalogue';
import { aCouncil, aMeeting, aMember, anAnswer, anItem } from '../domain/builders';

/**
 * A notice sent for Wednesday 18 September 2024, 10.00–12.30 in Oslo, with
 * case numbers 23/24–27/24, attachments, written input, a deputy and an apology
 * with a reason, and one exempt item whose every field carries SECRET, so a
 * test can look for that word in whatever a public document contains.
 */
export const SECRET = 'Hemmeligord';
export const SECRET_URL = 'https://nav.sharepoint.com/sites/bu/Hemmeligvedlegg.docx';
export const NOW = new Date('2024-09-10T12:00:00.000Z');

const year = 24;
const items: AgendaItem[] = [
  anItem('godkjenning', 0, {
    title: 'Godkjenning av innkalling og referat',
    standard: 'approval',
    kind: 'decision',
    caseNumber: { sequence: 23, year },
  }),
  anItem('budsjett', 10, {
    title: 'Årsbudsjett for brukerrådet – økonomi og søknader',
    kind: 'briefing',
    responsible: 'Bjørn Ødegård',
    description: 'Gjennomgang av budsjettet.\n\nSpørsmål fra medlemmene tas til slutt.',
    caseNumber: { sequence: 24, year },
    attachments: [
      { title: 'Budsjett 2024', url: 'https://nav.sharepoint.com/sites/bu/budsjett.pdf' },
      { title: 'Søknad om midler', url: 'https://nav.sharepoint.com/sites/bu/soknad.pdf' },
    ],
  }),
  anItem('klage', 20, {
    title: `Klage fra bruker ${SECRET}`,
    kind: 'decision',
    responsible: `Saksbehandler ${SECRET}`,
    description: `Personopplysninger: ${SECRET} har søkt om …`,
    caseNumber: { sequence: 25, year },
    exempt: { legalBasis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Sak om en enkeltperson' },
    attachments: [{ title: `Vedlegg om ${SECRET}`, url: SECRET_URL }],
  }),
  anItem('kalender', 30, {
    title: 'Møtekalender 2025 <script>alert(1)</script>',
    kind: 'decision',
    caseNumber: { sequence: 26, year },
    attachments: [{ title: 'Forslag til møtedatoer & tider', url: 'https://nav.sharepoint.com/sites/bu/kalender.xlsx' }],
  }),
  anItem('eventuelt', 40, {
    title: 'Eventuelt',
    standard: 'anyOtherBusiness',
    caseNumber: { sequence: 27, year },
  }),
];

const roster: Member[] = [
  aMember('kari', { name: 'Kari Nordmann', role: 'chair', organisation: 'FFO' }),
  aMember('ola', { name: 'Ola Hansen', organisation: 'A-larm' }),
  aMember('lise', { name: 'Lise Dåhl', organisation: 'SAFO' }),
  aMember('siri', { name: 'Siri Sekretær', role: 'secretary', votingMember: false, organisation: 'NAV Vestfold og Telemark' }),
  aMember('per', { name: 'Per Vara', deputyOf: 'ola' }),
];

/** The package as the secretary reads it (apology reasons, everyone's input). */
export function noticePackage(councilOverrides: Partial<Council> = {}): MeetingPackage {
  return buildMeetingPackage(
    aCouncil(councilOverrides),
    aMeeting({ status: 'noticeSent', place: 'Storgata 1, Tønsberg', onlineLink: 'https://teams.microsoft.com/l/meetup-join/x' }),
    roster,
    {
      items,
      proposals: [],
      attendance: [
        anAnswer('kari', { kind: 'attend' }),
        anAnswer('ola', { kind: 'deputy', deputyId: 'per' }),
        anAnswer('lise', { kind: 'apologies', reason: 'sykdom' }),
        anAnswer('siri', { kind: 'remote' }),
      ],
      inputRequests: [
        {
          id: 'r-budsjett',
          meetingId: 'meeting-1',
          agendaItemId: 'budsjett',
          questions: [
            { id: 'q1', text: 'Hva bør prioriteres?' },
            { id: 'q2', text: 'Hvilke søknader bør støttes?' },
          ],
          deadline: '2024-09-13T21:59:00.000Z',
          askedMemberIds: [],
          createdAt: '2024-08-20T08:00:00.000Z',
        },
        {
          id: 'r-klage',
          meetingId: 'meeting-1',
          agendaItemId: 'klage',
          questions: [{ id: 'q1', text: `Hva mener dere om ${SECRET}?` }],
          deadline: '2024-09-13T21:59:00.000Z',
          askedMemberIds: [],
          createdAt: '2024-08-20T08:00:00.000Z',
        },
      ],
      inputs: [
        {
          meetingId: 'meeting-1',
          requestId: 'r-budsjett',
          memberId: 'kari',
          answers: { q1: 'Likepersonsarbeid først.' },
          submittedAt: '2024-09-02T12:00:00.000Z',
        },
        {
          meetingId: 'meeting-1',
          requestId: 'r-klage',
          memberId: 'kari',
          answers: { q1: `Innspill om ${SECRET}.` },
          submittedAt: '2024-09-02T12:00:00.000Z',
        },
      ],
    },
    NOW,
    { memberId: 'siri', canManage: true },
  );
}

export function noticeDocument(version: DocumentVersion, language: Language = 'nb'): DocumentModel {
  return buildNoticeDocument({ pkg: noticePackage({ language }), version, language, texts: textsFor(language) });
}
