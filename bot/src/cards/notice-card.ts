import type { AgendaChanges } from '../domain/agenda-changes';
import type { AgendaPublication } from '../domain/agenda-publication';
import type { Council } from '../domain/council';
import type { Language } from '../domain/language';
import { caseHeading, noticeTime } from '../domain/notice-text';
import type { PackageLinks } from '../domain/tab-links';
import changesTemplate from './agenda-changes-card.json';
import { textsFor } from '../texts/catalogue';
import { bindCard, textData, type AdaptiveCard } from './bind-card';
import template from './notice-card.json';

/** A card and the line Teams shows in notifications and the channel list. */
export interface ChannelCard {
  text: string;
  card: AdaptiveCard;
}

export interface NoticeCardData {
  language: Language;
  councilName: string;
  /** "onsdag 18. september kl. 10.00–12.30" */
  meetingTime: string;
  place?: string;
  onlineLink?: string;
  /** "23/26 Godkjenning av innkalling og referat", in agenda order. */
  agenda: { heading: string; exempt: boolean }[];
  links: PackageLinks;
}

/** The notice (innkalling) posted in the council's channel. All user text travels as data. */
export function noticeCard(data: NoticeCardData): ChannelCard {
  const t = textsFor(data.language).noticeCard;
  const card = bindCard(template, {
    lang: data.language,
    t: textData(t),
    title: t.noticeTitle(data.councilName),
    meetingTime: data.meetingTime,
    placeText: data.place ? t.place(data.place) : '',
    agenda: data.agenda,
    ...linkData(data.links, data.onlineLink),
  });
  return { text: t.noticeSummary(data.councilName, data.meetingTime), card };
}

export interface AgendaChangesCardData {
  language: Language;
  councilName: string;
  meetingTime: string;
  onlineLink?: string;
  /** The new time and/or place, when they changed. */
  newTime?: string;
  newPlace?: string;
  added: string[];
  removed: string[];
  changed: { heading: string; kinds: AgendaChanges['changed'][number]['changes'] }[];
  links: PackageLinks;
}

/** The short post that announces agenda changes after the notice. */
export function agendaChangesCard(data: AgendaChangesCardData): ChannelCard {
  const t = textsFor(data.language).noticeCard;
  const meetingLines = [
    ...(data.newTime ? [{ text: t.newTime(data.newTime) }] : []),
    ...(data.newPlace ? [{ text: t.newPlace(data.newPlace) }] : []),
  ];
  const lines = [
    ...data.added.map((heading) => ({ label: t.added, heading, details: '' })),
    ...data.changed.map((c) => ({
      label: t.changed,
      heading: c.heading,
      details: c.kinds.map((k) => t.changeKinds[k]).join(', '),
    })),
    ...data.removed.map((heading) => ({ label: t.removed, heading, details: '' })),
  ];
  const card = bindCard(changesTemplate, {
    lang: data.language,
    t: textData(t),
    title: t.changesTitle(data.councilName),
    meetingTime: data.meetingTime,
    meetingLines,
    lines,
    ...linkData(data.links, data.onlineLink),
  });
  return { text: t.changesSummary(data.meetingTime), card };
}

function linkData(links: PackageLinks, onlineLink: string | undefined) {
  return { teamsUrl: links.teams ?? '', webUrl: links.web ?? '', onlineLink: onlineLink ?? '' };
}

/**
 * The notice card for a publication (revision 0), built from the stored
 * snapshot and its publication time only, so a retry posts the same card.
 */
export function noticeCardFor(council: Council, publication: AgendaPublication, links: PackageLinks): ChannelCard {
  const language = council.language;
  return noticeCard({
    language,
    councilName: council.name,
    meetingTime: noticeTime(publication.meeting, council.timeZone, language, new Date(publication.publishedAt)),
    place: publication.meeting.place,
    onlineLink: publication.meeting.onlineLink,
    agenda: publication.items.map((item) => ({ heading: caseHeading(item), exempt: item.exempt === true })),
    links,
  });
}

/** The changes card for a later revision, from the changes between it and the revision before. */
export function agendaChangesCardFor(
  council: Council,
  publication: AgendaPublication,
  changes: AgendaChanges,
  links: PackageLinks,
): ChannelCard {
  const language = council.language;
  const time = noticeTime(publication.meeting, council.timeZone, language, new Date(publication.publishedAt));
  const place = publication.meeting.place ?? publication.meeting.onlineLink ?? '';
  return agendaChangesCard({
    language,
    councilName: council.name,
    meetingTime: time,
    onlineLink: publication.meeting.onlineLink,
    newTime: changes.meeting.includes('timeChanged') ? time : undefined,
    newPlace: changes.meeting.includes('placeChanged') && place !== '' ? place : undefined,
    added: changes.changed.filter((c) => c.changes.includes('added')).map((c) => caseHeading(c.after)),
    changed: changes.changed
      .filter((c) => !c.changes.includes('added'))
      .map((c) => ({ heading: caseHeading(c.after), kinds: c.changes })),
    removed: changes.removed.map(caseHeading),
    links,
  });
}
