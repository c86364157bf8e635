import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useMemo, useState, type ReactNode } from 'react';
import { formatMeetingTime } from '../../../../bot/src/domain/date-format';
import type { Meeting } from '../../../../bot/src/domain/meeting';
import { isOpenForMembers } from '../../../../bot/src/domain/meeting-status';
import { councilSettingsApi } from '../../api/council-settings-api';
import { meetingsApi, type SavedMeeting } from '../../api/meetings-api';
import { useAsync } from '../../state/use-async';
import { announcement, LiveStatus } from '../editing/LiveStatus';
import { useListWithForms } from '../editing/use-after-reload';
import { saveFailure } from '../editing/save-errors';
import { NotLoadedView } from '../NotLoadedView';
import { useSharedStyles } from '../shared-styles';
import { VIEW_IDS, type ViewContext } from '../view-context';
import { CancelMeetingForm } from './CancelMeetingForm';
import { hashFor } from '../../state/use-hash-route';
import { MeetingCard, type MeetingLink } from './MeetingCard';
import { MeetingForm } from './MeetingForm';
import { useLanguage, useTexts } from '../../texts/texts-context';
import { tabNow } from '../../state/tab-clock';
import { splitArchived } from '../../state/meeting-choice';
import { AddToCalendarButton } from '../calendar/AddToCalendarButton';
import { meetingCalendarPath, yearCalendarPath } from '../calendar/calendar-paths';
import { calendarDate } from '../../../../bot/src/domain/calendar-date';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
  h1: { ...typographyStyles.title2, margin: 0, ':focus-visible': { outlineOffset: '2px' } },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))',
  },
  calendars: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

type Mode =
  { kind: 'list' } | { kind: 'create' } | { kind: 'edit'; entry: SavedMeeting } | { kind: 'cancel'; entry: SavedMeeting };

/** "Møter": the council's meetings, upcoming and past. Managers create, edit and cancel; members read. */
export function MeetingsView({ ctx }: { ctx: ViewContext }) {
  const { client, council, canManage } = ctx;
  const language = useLanguage();
  const styles = useStyles();
  const shared = useSharedStyles();
  const texts = useTexts();
  const { meetings: m, editing: e } = texts;
  const api = useMemo(() => meetingsApi(client), [client]);
  const [version, setVersion] = useState(0);
  const loaded = useAsync(async () => {
    const [meetings, settings] = await Promise.all([api.list(council.id), councilSettingsApi(client).get(council.id)]);
    return { meetings, timeZone: settings.settings.timeZone };
  }, [api, client, council.id, version]);
  const [opening, setOpening] = useState<string>();
  const { mode, setMode, status, setStatus, backToList, saved } = useListWithForms<Mode>(
    { kind: 'list' },
    loaded.status === 'ok',
    () => setVersion((n) => n + 1),
  );

  const data = loaded.value;
  if (!data) return <NotLoadedView state={loaded} onRetry={() => setVersion((n) => n + 1)} />;
  const { timeZone } = data;
  const when = (meeting: Meeting) => formatMeetingTime(meeting.startsAt, meeting.endsAt, timeZone, language);
  // The edit and cancel forms start from the meeting as it is now, with its ETag.
  const open = async (meeting: Meeting, kind: 'edit' | 'cancel') => {
    setOpening(meeting.id);
    try {
      const entry = await api.get(council.id, meeting.id);
      setMode({ kind, entry });
    } catch (error) {
      const why = saveFailure(error, e);
      setStatus(announcement('error', why.kind === 'general' ? why.text : e.notFound));
    } finally {
      setOpening(undefined);
    }
  };

  let form: ReactNode;
  if (canManage && (mode.kind === 'create' || mode.kind === 'edit')) {
    // A new meeting, or the one being edited; back on the list, focus returns to its button.
    const entry = mode.kind === 'edit' ? mode.entry : undefined;
    form = (
      <MeetingForm
        entry={entry}
        heading={entry ? m.editHeading(when(entry.meeting)) : m.createHeading}
        councilId={council.id}
        timeZone={timeZone}
        api={api}
        onCancel={() => backToList(entry ? `meeting-${entry.meeting.id}` : 'meeting-create')}
        onSaved={(result) => saved((entry ? m.saved : m.created)(when(result.meeting)), `meeting-${result.meeting.id}`)}
      />
    );
  } else if (canManage && mode.kind === 'cancel') {
    form = (
      <CancelMeetingForm
        entry={mode.entry}
        heading={m.cancelHeading(when(mode.entry.meeting))}
        councilId={council.id}
        api={api}
        onCancel={() => backToList(`meeting-${mode.entry.meeting.id}`)}
        onSaved={(result) => saved(m.cancelled(when(result.meeting)), `meeting-${result.meeting.id}`)}
      />
    );
  }
  // The live region stays in the page whatever is shown, so a result is read out when the list comes back.
  if (form)
    return (
      <div className={styles.root}>
        <LiveStatus value={status} />
        {form}
      </div>
    );

  // From a meeting straight to its work: managers triage and build the agenda; everyone reads the package.
  const linksFor = (meeting: Meeting): MeetingLink[] => {
    if (meeting.status === 'cancelled') return [];
    const a = texts.agenda;
    const links: MeetingLink[] = [];
    if (canManage && isOpenForMembers(meeting.status)) {
      links.push({ label: a.navProposals, href: hashFor(VIEW_IDS.proposals, meeting.id), testId: 'meeting-link-proposals' });
      links.push({ label: a.navAgenda, href: hashFor(VIEW_IDS.agenda, meeting.id), testId: 'meeting-link-agenda' });
    }
    links.push({ label: texts.package.nav, href: hashFor(VIEW_IDS.package, meeting.id), testId: 'meeting-link-package' });
    return links;
  };

  const now = tabNow().getTime();
  // The years from this one on that have meetings: this year's calendar and the next year's, once it is planned.
  const yearOf = (instant: Date | string) => Number(calendarDate(instant, timeZone).slice(0, 4));
  const thisYear = yearOf(new Date(now));
  const years = [...new Set(data.meetings.map((x) => yearOf(x.startsAt)))].filter((year) => year >= thisYear).sort();
  // Archived meetings are out of the active lists: a section of their own at the end.
  const { active, archived } = splitArchived(data.meetings);
  const upcoming = active.filter((x) => Date.parse(x.startsAt) > now);
  const past = active.filter((x) => Date.parse(x.startsAt) <= now).reverse();
  const list = (meetings: Meeting[], empty: string, testId: string) =>
    meetings.length === 0 ? (
      <p className={shared.paragraph}>{empty}</p>
    ) : (
      <ul className={styles.list} data-testid={testId}>
        {meetings.map((meeting) => (
          <li key={meeting.id}>
            <MeetingCard
              meeting={meeting}
              timeZone={timeZone}
              links={linksFor(meeting)}
              addToCalendar={
                <AddToCalendarButton
                  client={client}
                  path={meetingCalendarPath(council.id, meeting.id)}
                  label={texts.calendar.addToCalendar}
                  accessibleName={texts.calendar.addToCalendarFor(when(meeting))}
                  testId="meeting-add-to-calendar"
                />
              }
              actions={
                canManage && isOpenForMembers(meeting.status)
                  ? {
                      onEdit: () => void open(meeting, 'edit'),
                      onCancel: () => void open(meeting, 'cancel'),
                      busy: opening === meeting.id,
                    }
                  : undefined
              }
            />
          </li>
        ))}
      </ul>
    );
  /** One of the lists under its heading (`upcoming-meetings-heading`, list `upcoming-meetings`, …). */
  const section = (id: 'upcoming' | 'past' | 'archived', heading: string, meetings: Meeting[], empty: string, intro?: string) => (
    <section aria-labelledby={`${id}-meetings-heading`}>
      <h2 id={`${id}-meetings-heading`} className={shared.h2}>
        {heading}
      </h2>
      {intro && <p className={shared.muted}>{intro}</p>}
      {list(meetings, empty, `${id}-meetings`)}
    </section>
  );

  return (
    <div className={styles.root}>
      <LiveStatus value={status} />
      <h1 id="meetings-heading" tabIndex={-1} className={styles.h1}>
        {m.heading}
      </h1>
      {!canManage && <p className={shared.paragraph}>{e.readOnlyNote}</p>}
      {canManage && (
        <div>
          <Button
            id="meeting-create"
            appearance="primary"
            onClick={() => setMode({ kind: 'create' })}
            data-testid="meeting-create"
          >
            {m.create}
          </Button>
        </div>
      )}
      {years.length > 0 && (
        <div className={styles.calendars} data-testid="year-calendars">
          <p className={shared.paragraph}>{texts.calendar.yearCalendarHint}</p>
          {years.map((year) => (
            <AddToCalendarButton
              key={year}
              client={client}
              path={yearCalendarPath(council.id, year)}
              label={texts.calendar.yearCalendar(year)}
              testId={`year-calendar-${year}`}
            />
          ))}
        </div>
      )}
      {section('upcoming', m.upcoming, upcoming, m.noUpcoming)}
      {section('past', m.past, past, m.noPast)}
      {archived.length > 0 && section('archived', m.archive, [...archived].reverse(), m.archiveIntro, m.archiveIntro)}
    </div>
  );
}
