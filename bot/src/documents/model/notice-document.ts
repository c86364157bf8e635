import type { AgendaItem } from '../../domain/agenda';
import { numberAttachments } from '../../domain/attachments';
import { calendarDate } from '../../domain/calendar-date';
import { formatCaseNumber } from '../../domain/case-number';
import { formatDate, formatDeadline, formatMeetingTime } from '../../domain/date-format';
import type { Language } from '../../domain/language';
import type { InputRequestSummary, MeetingPackage, RosterLine } from '../../domain/meeting-package';
import { caseHeading } from '../../domain/notice-text';
import { publicMeetingPackage } from '../../domain/public-version';
import type { Catalogue } from '../../texts/catalogue';
import {
  LANGUAGE_TAGS,
  paragraphsOf,
  plain,
  type Block,
  type DocumentModel,
  type DocumentVersion,
  type Inline,
  type ListItem,
} from './document-model';

export interface NoticeDocumentRequest {
  /** The package as this reader may see it; for the public version, one made for no particular reader. */
  pkg: MeetingPackage;
  version: DocumentVersion;
  language: Language;
  texts: Catalogue;
}

/**
 * The notice / meeting package (innkalling) as a document: council, time and
 * place, the numbered agenda with responsible and Vedlegg 1…n, the written
 * input per item, who is called and who has sent apologies. The public
 * version is made from the public package (domain/public-version.ts), so an
 * exempt item's content never reaches this builder.
 */
export function buildNoticeDocument(request: NoticeDocumentRequest): DocumentModel {
  const { version, language, texts } = request;
  const d = texts.documents;
  const pkg = version === 'public' ? publicMeetingPackage(request.pkg, d.defaultPublicTitle) : request.pkg;
  const { council, meeting } = pkg;
  const zone = council.timeZone;
  // Until the notice is out, the agenda has no numbers and may still change.
  const draft = meeting.status === 'planned' || meeting.status === 'collecting';
  const baseTitle = d.noticeTitle(council.name);
  const title = version === 'public' ? `${baseTitle} – ${d.publicVersion}` : baseTitle;
  const date = formatDate(meeting.startsAt, zone, language);
  const isoDate = calendarDate(meeting.startsAt, zone);

  const blocks: Block[] = [{ type: 'heading', level: 1, text: title }];
  if (draft) blocks.push({ type: 'paragraph', tone: 'notice', inlines: [{ text: d.draftNotice, strong: true }] });
  blocks.push(meetingFacts(pkg, language, texts));
  blocks.push(...agendaBlocks(pkg.agenda, texts));
  blocks.push(...inputBlocks(pkg, language, texts));
  blocks.push(...attendanceBlocks(pkg.attendance, texts));

  return {
    languageTag: LANGUAGE_TAGS[language],
    title: draft ? `${title} (${d.draft})` : title,
    subject: d.noticeSubject(date),
    author: council.name,
    fileName: [d.noticeFile, isoDate, ...(version === 'public' ? [d.publicFile] : [])].join('-'),
    pageLabel: d.pageOf,
    blocks,
  };
}

function meetingFacts(pkg: MeetingPackage, language: Language, texts: Catalogue): Block {
  const d = texts.documents;
  const { meeting, council } = pkg;
  const rows = [{ term: d.time, value: plain(formatMeetingTime(meeting.startsAt, meeting.endsAt, council.timeZone, language)) }];
  if (meeting.place) rows.push({ term: d.place, value: plain(meeting.place) });
  if (meeting.onlineLink) rows.push({ term: d.online, value: [{ text: texts.app.meetingLink, href: meeting.onlineLink }] });
  return { type: 'facts', rows };
}

function agendaBlocks(agenda: readonly AgendaItem[], texts: Catalogue): Block[] {
  const d = texts.documents;
  const blocks: Block[] = [{ type: 'heading', level: 2, text: d.agenda }];
  const numbered = numberAttachments(agenda);
  for (const item of agenda) {
    blocks.push({ type: 'heading', level: 3, text: caseHeading(item) });
    const meta: Inline[] = [{ text: `${d.kind}: ${texts.app.itemKind[item.kind]}` }];
    if (item.responsible) meta.push({ text: ` · ${d.responsible}: ${item.responsible}` });
    blocks.push({ type: 'paragraph', inlines: meta });
    if (item.postponedFrom) {
      blocks.push({
        type: 'paragraph',
        tone: 'muted',
        inlines: plain(d.postponedFrom(item.postponedFrom.map(formatCaseNumber).join(', '))),
      });
    }
    if (item.exempt) blocks.push({ type: 'paragraph', inlines: [{ text: d.exempt(item.exempt.legalBasis), strong: true }] });
    for (const text of paragraphsOf(item.description)) blocks.push({ type: 'paragraph', inlines: plain(text) });
    const attachments = numbered.filter((a) => a.itemId === item.id);
    if (attachments.length > 0) {
      blocks.push({ type: 'heading', level: 4, text: d.attachments });
      blocks.push({
        type: 'list',
        numbered: false,
        items: attachments.map((a) => ({ inlines: [{ text: `${d.attachment(a.number)}: ` }, { text: a.title, href: a.url }] })),
      });
    }
  }
  return blocks;
}

function inputBlocks(pkg: MeetingPackage, language: Language, texts: Catalogue): Block[] {
  if (pkg.inputRequests.length === 0) return [];
  const d = texts.documents;
  const itemById = new Map(pkg.agenda.map((item) => [item.id, item]));
  const blocks: Block[] = [{ type: 'heading', level: 2, text: d.writtenInput }];
  pkg.inputRequests.forEach((summary, index) => {
    const item = summary.request.agendaItemId === undefined ? undefined : itemById.get(summary.request.agendaItemId);
    blocks.push({ type: 'heading', level: 3, text: item ? d.inputFor(caseHeading(item)) : d.inputRound(index + 1) });
    blocks.push({
      type: 'paragraph',
      tone: 'muted',
      inlines: plain(d.inputDeadline(formatDeadline(summary.request.deadline, pkg.council.timeZone, language))),
    });
    blocks.push({ type: 'list', numbered: true, items: questionsWithAnswers(summary, texts) });
    if (summary.othersHidden) blocks.push({ type: 'paragraph', tone: 'muted', inlines: plain(d.othersHidden) });
  });
  return blocks;
}

/** Each question with the answers this reader may see under it (input privacy was applied to the package). */
function questionsWithAnswers(summary: InputRequestSummary, texts: Catalogue): ListItem[] {
  return summary.request.questions.map((question) => {
    const answers = summary.inputs.flatMap((input) => {
      const text = input.answers[question.id];
      return text === undefined || text.trim() === '' ? [] : [{ name: input.name, text }];
    });
    const children: ListItem[] =
      answers.length === 0
        ? [{ inlines: plain(texts.documents.noInputYet) }]
        : answers.map((a) => ({ inlines: [{ text: `${a.name}: `, strong: true }, { text: a.text }] }));
    return { inlines: plain(question.text), children };
  });
}

function attendanceBlocks(lines: readonly RosterLine[], texts: Catalogue): Block[] {
  const d = texts.documents;
  const t = texts.app;
  const answerText = (line: RosterLine): string => {
    const answer = line.answer;
    if (answer?.kind === 'apologies' && answer.reason) return t.apologiesWithReason(answer.reason);
    if (answer?.kind === 'deputy' && line.deputyName) return t.deputyAttends(line.deputyName);
    return t.attendanceState[line.state];
  };
  const blocks: Block[] = [{ type: 'heading', level: 2, text: d.called }];
  if (lines.length === 0) blocks.push({ type: 'paragraph', inlines: plain(d.calledEmpty) });
  else
    blocks.push({
      type: 'table',
      columns: [d.name, d.role, d.organisation, d.answer],
      rows: lines.map((line) => [line.name, t.role[line.role], line.organisation ?? '', answerText(line)]),
    });

  const apologies = lines.filter((line) => line.answer?.kind === 'apologies');
  blocks.push({ type: 'heading', level: 2, text: d.apologies });
  if (apologies.length === 0) blocks.push({ type: 'paragraph', inlines: plain(d.apologiesEmpty) });
  else
    blocks.push({ type: 'list', numbered: false, items: apologies.map((line) => ({ inlines: plain(answerLine(line, texts)) })) });
  return blocks;
}

/** "Kari Nordmann, medlem – FFO: Forfall – sykdom" as minutes write it. */
function answerLine(line: RosterLine, texts: Catalogue): string {
  const who = [line.name, texts.app.role[line.role]].join(', ') + (line.organisation ? ` – ${line.organisation}` : '');
  const reason = line.answer?.kind === 'apologies' ? line.answer.reason : undefined;
  return reason ? `${who} (${reason})` : who;
}
