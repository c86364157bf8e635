import type { Council } from '../domain/council';
import type { Meeting } from '../domain/meeting';
import { noticeTime } from '../domain/notice-text';
import type { PackageLinks } from '../domain/tab-links';
import { textsFor } from '../texts/catalogue';
import { bindCard, textData } from './bind-card';
import template from './minutes-card.json';
import type { ChannelCard } from './notice-card';

/** "Referat til godkjenning": the one channel post when the draft minutes are sent for approval. */
export function minutesForApprovalCard(council: Council, meeting: Meeting, links: PackageLinks, sentAt: Date): ChannelCard {
  const language = council.language;
  const t = textsFor(language).minutes;
  const meetingTime = noticeTime(meeting, council.timeZone, language, sentAt);
  const card = bindCard(template, {
    lang: language,
    t: textData(t),
    title: t.cardTitle(council.name),
    meetingTime,
    teamsUrl: links.teams ?? '',
    webUrl: links.web ?? '',
  });
  return { text: t.cardSummary(council.name, meetingTime), card };
}
