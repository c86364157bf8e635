import { Field, MessageBar, MessageBarBody, Select, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useState } from 'react';
import { formatMeetingTime } from '../../../bot/src/domain/date-format';
import type { Meeting } from '../../../bot/src/domain/meeting';
import type { ApiClient } from '../api/api-client';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import { useLanguage, useTexts } from '../texts/texts-context';
import { useAsync } from '../state/use-async';
import { chooseMeeting } from '../state/meeting-choice';
import { ErrorView } from './ErrorView';
import { errorText } from './error-text';
import { LoadingView } from './LoadingView';
import { PackageAgendaSection } from './PackageAgendaSection';
import { PackageChangesSection } from './PackageChangesSection';
import { PackageInputSection } from './PackageInputSection';
import { PackageFollowUpSection } from './PackageFollowUpSection';
import { PackageNoticeSection } from './PackageNoticeSection';
import { PackageDocumentActions, PublicVersionSwitch } from './PackageDocumentActions';
import { publicMeetingPackage } from '../../../bot/src/domain/public-version';
import { PublishPanel } from './PublishPanel';
import { SelectOptions } from './SelectOptions';
import type { ViewContext } from './view-context';
import { tabNow } from '../state/tab-clock';
import { AddToCalendarButton } from './calendar/AddToCalendarButton';
import { meetingCalendarPath } from './calendar/calendar-paths';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  h1: { ...typographyStyles.title2, margin: 0 },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
  },
  // A select is as wide as its longest option unless told otherwise; on a phone it must shrink.
  picker: { flex: '1 1 16rem', minWidth: 0, maxWidth: '30rem' },
  select: { width: '100%', minWidth: 0 },
});

async function loadPackage(
  client: ApiClient,
  councilId: string,
  meetingId: string | undefined,
): Promise<{ meetings: Meeting[]; pkg?: MeetingPackage }> {
  const { meetings } = await client.meetings(councilId);
  // A meeting named in the address is loaded as named (a link to a meeting that is gone says so); else the next one.
  const chosen = meetingId ?? chooseMeeting(meetings, undefined, tabNow())?.id;
  return chosen ? { meetings, pkg: await client.meetingPackage(councilId, chosen) } : { meetings };
}

/**
 * Møtepakke: the notice, the numbered agenda with attachments, what changed
 * after the notice, and the written input this reader may see. For every
 * member; the secretary and the chair also get the publish actions. "Skriv
 * ut" opens the notice as a printable document, and Word and PDF download
 * (the server makes all three from one document model).
 */
export function PackageView({ ctx }: { ctx: ViewContext }) {
  const styles = useStyles();
  const { client, council, canManage, navigate, param } = ctx;
  const { app: t, package: m, documents: d, calendar: c } = useTexts();
  const language = useLanguage();
  const [attempt, setAttempt] = useState(0);
  const [publicVersion, setPublicVersion] = useState(false);
  const loaded = useAsync(() => loadPackage(client, council.id, param), [client, council.id, param, attempt]);
  const reload = () => setAttempt((n) => n + 1);

  // Keep showing the package while it reloads after publishing, so focus and scroll stay put.
  const value = loaded.value;
  if (loaded.status === 'error') return <ErrorView message={errorText(loaded.error, t)} onRetry={reload} />;
  if (!value) return <LoadingView label={m.loading} />;
  const { meetings, pkg: full } = value;
  if (!full) {
    return (
      <div className={styles.root}>
        <h1 className={styles.h1}>{m.heading(council.name)}</h1>
        <p data-testid="package-no-meetings">{m.noMeetings}</p>
      </div>
    );
  }
  // The public switch shows what the public version of the documents holds, from the same domain rule.
  const pkg = publicVersion ? publicMeetingPackage(full, d.defaultPublicTitle) : full;
  const timeZone = pkg.council.timeZone;
  const sorted = [...meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));

  return (
    <article className={styles.root} data-testid="package" aria-labelledby="package-heading">
      <h1 id="package-heading" className={styles.h1}>
        {m.heading(pkg.council.name)}
      </h1>
      <div className={styles.toolbar}>
        <Field label={m.meetingLabel} className={styles.picker}>
          <Select
            className={styles.select}
            data-testid="package-meeting-picker"
            value={pkg.meeting.id}
            onChange={(_event, data) => navigate('package', data.value)}
          >
            <SelectOptions
              items={sorted}
              value={(meeting) => meeting.id}
              label={(meeting) =>
                m.meetingOption(
                  formatMeetingTime(meeting.startsAt, meeting.endsAt, timeZone, language),
                  t.meetingStatus[meeting.status],
                )
              }
            />
          </Select>
        </Field>
        <PublicVersionSwitch checked={publicVersion} onChange={setPublicVersion} testId="public-version" />
        <PackageDocumentActions
          client={client}
          councilId={council.id}
          meetingId={pkg.meeting.id}
          document="notice"
          publicVersion={publicVersion}
        />
        <AddToCalendarButton
          client={client}
          path={meetingCalendarPath(council.id, pkg.meeting.id)}
          label={c.addToCalendar}
          testId="package-add-to-calendar"
        />
      </div>
      {publicVersion && (
        <MessageBar intent="info" data-testid="public-version-banner">
          <MessageBarBody>{m.publicVersionBanner}</MessageBarBody>
        </MessageBar>
      )}
      {canManage && (
        <PublishPanel
          key={pkg.meeting.id}
          client={client}
          councilId={council.id}
          meetingId={pkg.meeting.id}
          timeZone={timeZone}
          onPublished={reload}
        />
      )}
      <PackageNoticeSection pkg={pkg} />
      <PackageChangesSection pkg={pkg} />
      <PackageAgendaSection pkg={pkg} publicVersion={publicVersion} />
      <PackageInputSection pkg={pkg} publicVersion={publicVersion} />
      <PackageFollowUpSection pkg={pkg} />
    </article>
  );
}
