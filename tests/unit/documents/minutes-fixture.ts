import type { AgendaItem } from '../../../bot/src/domain/agenda';
import type { FollowUp } from '../../../bot/src/domain/follow-up';
import type { Language } from '../../../bot/src/domain/language';
import type { Member } from '../../../bot/src/domain/member';
import type { MeetingMinutes, MinutesItem } from '../../../bot/src/domain/minutes';
import { draftMinutes } from '../../../bot/src/domain/minutes-draft';
import { minutesRecord, type MinutesRecord } from '../../../bot/src/domain/minutes-record';
import { buildMinutesDocument } from '../../../bot/src/documents/model/minutes-document';
import type { DocumentModel, DocumentVersion } from '../../../bot/src/documents/model/document-model';
import { textsFor } from '../../../bot/src/texts/catalogue';
import { aCouncil, aMeeting, aMember, anAnswer, anItem, COUNCIL_ID, MEETING_ID } from '../domain/builders';

/**
 * Minutes of the meeting of Wednesday 18 September 2024, 10.00–12.30 in Oslo,
 * items 23/24–27/24: present with a deputy and someone online, one apology
 * with a reason the member allowed into the minutes and one without, notes,
 * Q&A, decisions, follow-ups agreed (one done since), an item not reached, an
 * open follow-up from an earlier meeting, the next meeting and the
 * minute-taker; approved with an amendment. The exempt item 25/24 carries
 * SECRET in every field it has (title, responsible, notes, Q&A, decision,
 * written input, follow-up, amendment) and SECRET_URL as its attachment, so
 * a test can look for them in whatever a public document contains.
 */
export const SECRET = 'Hemmeligord';
export const SECRET_URL = 'https://nav.sharepoint.com/sites/bu/Hemmeligvedlegg.docx';
/** The reason the member did not allow into the minutes, and the one they did. */
export const PRIVATE_REASON = 'sykehusinnleggelse';
export const ALLOWED_REASON = 'sykdom i familien';

const year = 2024;
const meeting = aMeeting({ status: 'minutesApproved', place: 'NAV Tønsberg, Storgata 1' });
const items: AgendaItem[] = [
  anItem('godkjenning', 0, {
    title: 'Godkjenning av innkalling og referat',
    standard: 'approval',
    kind: 'decision',
    caseNumber: { sequence: 23, year },
  }),
  anItem('strategi', 10, {
    title: 'Strategi for brukermedvirkning – årshjul',
    responsible: 'Linn Farstad',
    caseNumber: { sequence: 24, year },
    postponedFrom: [
      { sequence: 27, year: 2023 },
      { sequence: 3, year },
    ],
  }),
  anItem('klage', 20, {
    title: `Klage fra bruker ${SECRET}`,
    kind: 'decision',
    responsible: `Saksbehandler ${SECRET}`,
    description: `Personopplysninger om ${SECRET}`,
    caseNumber: { sequence: 25, year },
    exempt: { legalBasis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Sak om en enkeltperson' },
    attachments: [{ title: `Vedlegg om ${SECRET}`, url: SECRET_URL }],
  }),
  anItem('brukerpanel', 30, { title: 'Brukerpanel Notodden', caseNumber: { sequence: 26, year } }),
  anItem('eventuelt', 40, { title: 'Eventuelt', standard: 'anyOtherBusiness', caseNumber: { sequence: 27, year } }),
];

const roster: Member[] = [
  aMember('merete', { name: 'Merete Bergan', role: 'chair', organisation: 'FFO' }),
  aMember('jonas', { name: 'Jonas Waksvik', organisation: 'A-larm' }),
  aMember('anne', { name: 'Anne Britt Forbord', organisation: 'FFO' }),
  aMember('trine', { name: 'Trine Utzig', organisation: 'NAV Vestfold og Telemark' }),
  aMember('oyvind', { name: 'Øyvind Hagen', organisation: 'Quality Hotel Tønsberg' }),
  aMember('stine', { name: 'Stine Skoland', deputyOf: 'oyvind', organisation: 'NAV Midt-Telemark' }),
  aMember('linn', { name: 'Linn Farstad', role: 'secretary', votingMember: false, organisation: 'NAV Vestfold og Telemark' }),
];

const at = '2024-09-18T10:45:00.000Z';
const part = (itemId: string, fields: Partial<MinutesItem>): MinutesItem => ({
  meetingId: MEETING_ID,
  itemId,
  notes: '',
  qa: [],
  decision: '',
  notReached: false,
  updatedAt: at,
  updatedBy: 'linn',
  ...fields,
});

const parts: MinutesItem[] = [
  part('godkjenning', { decision: 'Innkalling og referat fra forrige møte ble godkjent.' }),
  part('strategi', {
    notes:
      'Arbeidsgruppa har laget et utkast til strategi. Vi gikk igjennom deler av dokumentet.\n\nDet var enighet om at regionens brukerutvalg skal støtte de lokale utvalgene.',
    qa: [
      { name: 'Merete Bergan', text: 'Når får de lokale utvalgene se utkastet?' },
      { name: 'Linn Farstad', text: 'Det sendes på høring etter sommeren.' },
    ],
    decision: 'Utkastet sendes på høring til NAV-lederne i regionen.',
  }),
  part('klage', {
    notes: `Utvalget drøftet saken om ${SECRET}.`,
    qa: [{ name: 'Jonas Waksvik', text: `Hva vet vi om ${SECRET}?` }],
    decision: `Klagen fra ${SECRET} sendes videre.`,
  }),
  part('brukerpanel', { notReached: true }),
  part('eventuelt', { notes: 'Erfaringskonsulentene har tilføyd seks spørsmål til stillingsinstruksen.' }),
];

const minutes: MeetingMinutes = {
  meetingId: MEETING_ID,
  heldAt: at,
  heldBy: 'linn',
  attendance: [
    { memberId: 'merete', presence: 'inPerson', answered: 'attend' },
    { memberId: 'jonas', presence: 'online', answered: 'remote', cameLate: true },
    { memberId: 'anne', presence: 'inPerson', answered: 'attend' },
    { memberId: 'trine', presence: 'apologies', answered: 'apologies' },
    { memberId: 'oyvind', presence: 'apologies', answered: 'deputy' },
    { memberId: 'stine', presence: 'inPerson', answered: 'deputy', standingInFor: 'oyvind' },
    { memberId: 'linn', presence: 'inPerson', answered: 'attend' },
  ],
  minuteTakerId: 'linn',
  sentForApproval: { at: '2024-09-20T10:00:00.000Z', by: 'linn', channelPost: { state: 'sent', at: '2024-09-20T10:00:00.000Z' } },
  approval: { at: '2024-11-20T09:15:00.000Z', by: 'linn', corrections: 'Stavemåten av Anne Britts navn rettet.' },
  amendments: [
    {
      at: '2024-12-02T13:00:00.000Z',
      by: 'merete',
      itemId: 'strategi',
      field: 'decision',
      before: 'Utkastet sendes på høring.',
      after: 'Utkastet sendes på høring til NAV-lederne i regionen.',
      reason: 'Vedtaket manglet hvem det sendes til.',
    },
    {
      at: '2024-12-03T13:00:00.000Z',
      by: 'merete',
      itemId: 'klage',
      field: 'notes',
      before: `Før om ${SECRET}`,
      after: `Utvalget drøftet saken om ${SECRET}.`,
      reason: `Navnet ${SECRET} var feil`,
    },
  ],
};

const followUp = (id: string, fields: Partial<FollowUp>): FollowUp => ({
  id,
  councilId: COUNCIL_ID,
  meetingId: MEETING_ID,
  meetingStartsAt: meeting.startsAt,
  responsibleId: 'linn',
  what: `Oppfølging ${id}`,
  due: '2024-10-31',
  status: 'open',
  createdBy: 'linn',
  createdAt: at,
  ...fields,
});

const followUps: FollowUp[] = [
  followUp('strategi-horing', { itemId: 'strategi', what: 'Sende strategien på høring', due: '2024-10-15' }),
  followUp('strategi-arshjul', {
    itemId: 'strategi',
    responsibleId: 'merete',
    what: 'Lage årshjul for brukermedvirkning',
    due: '2024-11-20',
    status: 'done',
    done: { by: 'merete', at: '2024-11-01T10:00:00.000Z', note: 'Laget' },
  }),
  followUp('klage-svar', { itemId: 'klage', what: `Svare ${SECRET}`, due: '2024-10-01' }),
  followUp('epost', { what: 'Skaffe utvalget egen e-postadresse', responsibleId: 'jonas', due: '2024-12-01' }),
  // Agreed at another meeting: not this meeting's follow-up.
  followUp('annet-mote', { meetingId: 'earlier', itemId: 'strategi', what: 'Fra et annet møte' }),
];

/** The record as the secretary reads it: written input included. */
export function minutesRecordFixture(overrides: { approved?: boolean } = {}): MinutesRecord {
  const approved = overrides.approved ?? true;
  const { approval: _approval, ...unapproved } = minutes;
  const stored: MeetingMinutes = approved ? minutes : { ...unapproved, amendments: [] };
  const draft = draftMinutes({
    council: aCouncil(),
    meeting: approved ? meeting : { ...meeting, status: 'minutesDraft' },
    meetings: [
      meeting,
      aMeeting({ id: 'next', startsAt: '2024-11-20T09:00:00.000Z', endsAt: '2024-11-20T11:30:00.000Z', place: 'NAV Skien' }),
    ],
    roster,
    minutes: stored,
    items,
    parts,
    answers: [
      anAnswer('trine', { kind: 'apologies', reason: PRIVATE_REASON }),
      anAnswer('oyvind', { kind: 'deputy', deputyId: 'stine' }),
      anAnswer('anne', { kind: 'attend' }),
    ],
    inputRequests: [
      {
        id: 'r-strategi',
        meetingId: MEETING_ID,
        agendaItemId: 'strategi',
        questions: [{ id: 'q1', text: 'Hva skal det forventes av brukerutvalgene på lokalkontorene?' }],
        deadline: '2024-09-13T21:59:00.000Z',
        askedMemberIds: [],
        createdAt: '2024-08-20T08:00:00.000Z',
      },
      {
        id: 'r-klage',
        meetingId: MEETING_ID,
        agendaItemId: 'klage',
        questions: [{ id: 'q1', text: `Hva mener dere om ${SECRET}?` }],
        deadline: '2024-09-13T21:59:00.000Z',
        askedMemberIds: [],
        createdAt: '2024-08-20T08:00:00.000Z',
      },
    ],
    inputs: [
      {
        meetingId: MEETING_ID,
        requestId: 'r-strategi',
        memberId: 'anne',
        answers: { q1: 'At de møtes fire ganger i året.' },
        submittedAt: '2024-09-02T12:00:00.000Z',
      },
      {
        meetingId: MEETING_ID,
        requestId: 'r-klage',
        memberId: 'anne',
        answers: { q1: `Innspill om ${SECRET}.` },
        submittedAt: '2024-09-02T12:00:00.000Z',
      },
    ],
    openFollowUps: [{ id: 'old', who: 'Jonas Waksvik', what: 'Sjekke ventetider i Notodden', due: '2024-10-01' }],
  });
  return minutesRecord({ draft, minutes: stored, followUps, roster });
}

/** With the apology reason Øyvind allowed into the minutes (the draft shows only consented reasons). */
export function withAllowedReason(record: MinutesRecord): MinutesRecord {
  return {
    ...record,
    draft: {
      ...record.draft,
      apologies: record.draft.apologies.map((a) => (a.memberId === 'oyvind' ? { ...a, reason: ALLOWED_REASON } : a)),
    },
  };
}

export function minutesDocument(
  version: DocumentVersion,
  language: Language = 'nb',
  options: { approved?: boolean } = {},
): DocumentModel {
  return buildMinutesDocument({
    record: withAllowedReason(minutesRecordFixture(options)),
    timeZone: 'Europe/Oslo',
    version,
    language,
    texts: textsFor(language),
  });
}
