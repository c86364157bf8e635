import { calendarDate } from '../../domain/calendar-date';
import { formatCaseNumber } from '../../domain/case-number';
import { formatDate, formatMeetingTime, formatPlainDate } from '../../domain/date-format';
import type { Language } from '../../domain/language';
import type { Amendment } from '../../domain/minutes';
import type { DraftItem, MinutesDraft, OpenFollowUp } from '../../domain/minutes-draft';
import type { AgreedFollowUp, MinutesRecord } from '../../domain/minutes-record';
import { caseHeading } from '../../domain/notice-text';
import { publicMinutesRecord } from '../../domain/public-version';
import type { Catalogue } from '../../texts/catalogue';
import { minutesPersonText } from '../../texts/minutes-lines';
import {
  LANGUAGE_TAGS,
  paragraphsOf,
  plain,
  type Block,
  type DocumentModel,
  type DocumentVersion,
  type ListItem,
} from './document-model';

export interface MinutesDocumentRequest {
  /** The minutes as this reader may see them; the public version is made from them here (domain/public-version.ts). */
  record: MinutesRecord;
  /** The council's zone: dates and times as they were in the meeting room. */
  timeZone: string;
  version: DocumentVersion;
  language: Language;
  texts: Catalogue;
}

/**
 * The minutes (referat) as a document, in the order councils write them
 * (shared/reference): heading with council, date, time and place → Til stede
 * (name, role – organisation; deputies for whom) → Forfall (a reason only where
 * the member allowed it) → each item: number, title, responsible, notes,
 * questions and answers, Vedtak, follow-ups as a table (who, what, due), or
 * "not reached – postponed" → open follow-ups from earlier meetings → Neste
 * møte → Referent. Marked Utkast in the heading and the title property until
 * approved; once approved it says when, and lists every amendment (who, when,
 * what, why). The public version is made from the public record, so an exempt
 * item's content never reaches this builder.
 */
export function buildMinutesDocument(request: MinutesDocumentRequest): DocumentModel {
  const { version, language, texts, timeZone: zone } = request;
  const d = texts.documents;
  const t = texts.minutes;
  const record = version === 'public' ? publicMinutesRecord(request.record, d.defaultPublicTitle) : request.record;
  const { draft } = record;
  const { heading } = draft;
  const isDraft = record.approval === undefined;
  const baseTitle = d.minutesTitle(heading.councilName, formatPlainDate(heading.startsAt, zone, language));
  const versioned = version === 'public' ? `${baseTitle} – ${d.publicVersion}` : baseTitle;
  const title = isDraft ? `${versioned} (${d.draft})` : versioned;

  const blocks: Block[] = [{ type: 'heading', level: 1, text: title }];
  if (isDraft) blocks.push({ type: 'paragraph', tone: 'notice', inlines: [{ text: d.minutesDraftNotice, strong: true }] });
  blocks.push(headingFacts(draft, zone, language, texts));
  if (record.approval) {
    const approved = t.approvedOn(formatDate(record.approval.at, zone, language));
    const corrections = record.approval.corrections;
    blocks.push({ type: 'paragraph', inlines: plain(corrections ? `${approved} ${t.correctionsWere(corrections)}` : approved) });
  }
  blocks.push(...peopleBlocks(draft, texts));
  for (const item of draft.items) blocks.push(...itemBlocks(item, record.followUps, zone, language, texts));
  // Follow-ups agreed at the meeting under no item of its agenda.
  const itemIds = new Set(draft.items.map((item) => item.itemId));
  const unplaced = record.followUps.filter((f) => f.itemId === undefined || !itemIds.has(f.itemId));
  if (unplaced.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: d.followUps });
    blocks.push(followUpTable(unplaced, zone, language, texts));
  }
  // The public version has none to show (it cannot see earlier meetings' exempt items): no "none" that would mislead.
  if (version === 'full') blocks.push(...openFollowUpBlocks(draft.openFollowUps, zone, language, texts));
  blocks.push({ type: 'heading', level: 2, text: t.nextMeeting });
  const next = draft.nextMeeting;
  blocks.push({
    type: 'paragraph',
    inlines: plain(
      next
        ? [formatMeetingTime(next.startsAt, next.endsAt, zone, language), next.place].filter(Boolean).join(', ')
        : d.nextMeetingNone,
    ),
  });
  blocks.push({ type: 'heading', level: 2, text: t.minuteTaker });
  blocks.push({ type: 'paragraph', inlines: plain(draft.minuteTaker?.name ?? d.minuteTakerNone) });

  return {
    languageTag: LANGUAGE_TAGS[language],
    title,
    subject: d.minutesSubject(formatDate(heading.startsAt, zone, language)),
    author: heading.councilName,
    fileName: [d.minutesFile, calendarDate(heading.startsAt, zone), ...(version === 'public' ? [d.publicFile] : [])].join('-'),
    pageLabel: d.pageOf,
    blocks,
  };
}

function headingFacts(draft: MinutesDraft, zone: string, language: Language, texts: Catalogue): Block {
  const d = texts.documents;
  const { heading } = draft;
  const rows = [{ term: d.time, value: plain(formatMeetingTime(heading.startsAt, heading.endsAt, zone, language)) }];
  if (heading.place) rows.push({ term: d.place, value: plain(heading.place) });
  if (heading.onlineLink) rows.push({ term: d.online, value: [{ text: texts.app.meetingLink, href: heading.onlineLink }] });
  return { type: 'facts', rows };
}

function peopleBlocks(draft: MinutesDraft, texts: Catalogue): Block[] {
  const d = texts.documents;
  const t = texts.minutes;
  const list = (lines: readonly Parameters<typeof minutesPersonText>[0][], empty: string): Block =>
    lines.length === 0
      ? { type: 'paragraph', inlines: plain(empty) }
      : { type: 'list', numbered: false, items: lines.map((line) => ({ inlines: plain(minutesPersonText(line, texts)) })) };
  return [
    { type: 'heading', level: 2, text: t.present },
    list(draft.present, d.presentNone),
    { type: 'heading', level: 2, text: t.apologies },
    list(draft.apologies, d.apologiesNone),
  ];
}

function itemBlocks(
  item: DraftItem,
  followUps: readonly AgreedFollowUp[],
  zone: string,
  language: Language,
  texts: Catalogue,
): Block[] {
  const d = texts.documents;
  const t = texts.minutes;
  const { part } = item;
  const blocks: Block[] = [{ type: 'heading', level: 2, text: `${t.item} ${caseHeading(item)}` }];
  const meta: string[] = [];
  if (item.responsible) meta.push(`${t.responsible}: ${item.responsible}`);
  if (item.postponedFrom && item.postponedFrom.length > 0)
    meta.push(t.postponedFrom(item.postponedFrom.map(formatCaseNumber).join(', ')));
  if (meta.length > 0) blocks.push({ type: 'paragraph', tone: 'muted', inlines: plain(meta.join(' · ')) });
  if (item.exempt) blocks.push({ type: 'paragraph', inlines: [{ text: d.exempt(item.exempt.legalBasis), strong: true }] });
  if (part.notReached) blocks.push({ type: 'paragraph', inlines: [{ text: t.notReached, strong: true }] });
  if (item.writtenInput.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: t.writtenInput });
    blocks.push({ type: 'list', numbered: false, items: writtenInputItems(item) });
  }
  for (const text of paragraphsOf(part.notes)) blocks.push({ type: 'paragraph', inlines: plain(text) });
  if (part.qa.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: t.qa });
    blocks.push({
      type: 'list',
      numbered: false,
      items: part.qa.map((line) => ({
        inlines: line.name === '' ? plain(line.text) : [{ text: `${line.name}: `, strong: true }, { text: line.text }],
      })),
    });
  }
  if (part.decision.trim() !== '') {
    blocks.push({ type: 'heading', level: 3, text: t.decision });
    for (const text of paragraphsOf(part.decision)) blocks.push({ type: 'paragraph', inlines: plain(text) });
  }
  const agreed = followUps.filter((f) => f.itemId === item.itemId);
  if (agreed.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: d.followUps });
    blocks.push(followUpTable(agreed, zone, language, texts));
  }
  if (item.amendments.length > 0) {
    blocks.push({ type: 'heading', level: 3, text: d.amendments });
    blocks.push({ type: 'list', numbered: false, items: item.amendments.map((a) => amendmentItem(a, zone, language, texts)) });
  }
  return blocks;
}

/** Each question asked under the item, with who answered what under it. */
function writtenInputItems(item: DraftItem): ListItem[] {
  const questions = [...new Set(item.writtenInput.map((line) => line.question))];
  return questions.map((question) => ({
    inlines: plain(question),
    children: item.writtenInput
      .filter((line) => line.question === question)
      .map((line) => ({ inlines: [{ text: `${line.name}: `, strong: true }, { text: line.answer }] })),
  }));
}

/** Who, what and by when, as councils keep their follow-ups: a table. */
function followUpTable(
  lines: readonly (AgreedFollowUp | OpenFollowUp)[],
  zone: string,
  language: Language,
  texts: Catalogue,
): Block {
  const d = texts.documents;
  return {
    type: 'table',
    columns: [texts.minutes.responsible, d.followUpWhat, d.followUpDue],
    rows: lines.map((f) => [f.who, f.what, f.due ? formatDate(f.due, zone, language) : '']),
  };
}

/** "Rettet av Kari Nordmann onsdag 4. desember 2024: skrivefeil i navnet", with what changed under it. */
function amendmentItem(a: Amendment, zone: string, language: Language, texts: Catalogue): ListItem {
  const d = texts.documents;
  const t = texts.minutes;
  return {
    inlines: plain(t.amendmentLine(a.by, formatDate(a.at, zone, language), a.reason)),
    children: [
      { inlines: plain(d.amendmentWhat(d.amendedField[a.field])) },
      { inlines: plain(t.amendmentBefore(a.before)) },
      { inlines: plain(d.amendmentAfter(a.after)) },
    ],
  };
}

function openFollowUpBlocks(open: readonly OpenFollowUp[], zone: string, language: Language, texts: Catalogue): Block[] {
  const t = texts.minutes;
  return [
    { type: 'heading', level: 2, text: t.openFollowUps },
    open.length === 0 ? { type: 'paragraph', inlines: plain(t.noOpenFollowUps) } : followUpTable(open, zone, language, texts),
  ];
}
