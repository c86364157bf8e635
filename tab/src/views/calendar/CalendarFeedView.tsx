import { Button, Field, Input, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { formatDeadline } from '../../../../bot/src/domain/date-format';
import type { MadeCalendarFeed } from '../../../../bot/src/contracts/calendar';
import { ApiError } from '../../api/api-client';
import { calendarFeedApi } from '../../api/calendar-feed-api';
import { useAsync } from '../../state/use-async';
import { useLanguage, useTexts } from '../../texts/texts-context';
import { announcement, LiveStatus, type Announcement } from '../editing/LiveStatus';
import { errorText } from '../error-text';
import { NotLoadedView } from '../NotLoadedView';
import { useSharedStyles } from '../shared-styles';
import type { ViewContext } from '../view-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0, maxWidth: '48rem' },
  h1: { ...typographyStyles.title2, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  address: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
});

/**
 * "Min kalender": each person makes their own feed address for Outlook. The
 * address is shown once, right after it is made (the server keeps only a
 * hash); a new one, or deleting it, makes the old one stop working.
 */
export function CalendarFeedView({ ctx }: { ctx: ViewContext }) {
  const { client } = ctx;
  const styles = useStyles();
  const shared = useSharedStyles();
  const { calendar: c, app: t, editing: e } = useTexts();
  const language = useLanguage();
  const api = useMemo(() => calendarFeedApi(client), [client]);
  const [version, setVersion] = useState(0);
  const loaded = useAsync(() => api.status(), [api, version]);
  const [made, setMade] = useState<MadeCalendarFeed>();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Announcement>();

  const value = loaded.value;
  if (!value) return <NotLoadedView state={loaded} onRetry={() => setVersion((n) => n + 1)} />;
  // After a new address, its ETag is the one the next change must send.
  const etag = made?.etag ?? value.etag;
  const createdAt = made?.feed.createdAt ?? value.feed?.createdAt;
  const failed = (error: unknown) => {
    const text = error instanceof ApiError && error.code === 'concurrentEdit' ? e.changedByOthers : errorText(error, t);
    setStatus(announcement('error', text));
    setMade(undefined);
    setVersion((n) => n + 1);
  };

  async function make(): Promise<void> {
    setBusy(true);
    setStatus(undefined);
    try {
      setMade(await api.make(etag));
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  }

  async function revoke(): Promise<void> {
    if (etag === undefined) return;
    setBusy(true);
    try {
      await api.revoke(etag);
      setMade(undefined);
      setVersion((n) => n + 1);
      setStatus(announcement('success', c.revoked));
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  }

  async function copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(announcement('success', c.copied));
    } catch {
      // Teams may not let the tab write to the clipboard: the address stays selectable in the field.
      document.getElementById('calendar-feed-address')?.focus();
    }
  }

  const url = made ? new URL(made.path, window.location.href).toString() : undefined;
  return (
    <div className={styles.root}>
      <h1 className={styles.h1}>{c.heading}</h1>
      <p className={shared.paragraph}>{c.intro}</p>
      <LiveStatus value={status} testId="calendar-feed-status" />
      <p className={shared.paragraph} data-testid="calendar-feed-state">
        {createdAt !== undefined ? c.addressMadeOn(formatDeadline(createdAt, ownZone(), language)) : c.noAddress}
      </p>
      {url !== undefined && (
        <div className={styles.address}>
          <Field label={c.addressLabel} hint={c.shownOnce}>
            <Input
              id="calendar-feed-address"
              className={styles.input}
              readOnly
              value={url}
              data-testid="calendar-feed-address"
              onFocus={(event) => event.target.select()}
            />
          </Field>
          <p className={shared.paragraph}>{c.howToSubscribe}</p>
          <div className={styles.actions}>
            <Button onClick={() => void copy(url)} data-testid="calendar-feed-copy">
              {c.copy}
            </Button>
          </div>
        </div>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void make()} data-testid="calendar-feed-make">
          {createdAt !== undefined ? c.makeNewAddress : c.makeAddress}
        </Button>
        {createdAt !== undefined && (
          <Button disabled={busy} onClick={() => void revoke()} data-testid="calendar-feed-revoke">
            {c.revoke}
          </Button>
        )}
      </div>
      {createdAt !== undefined && <p className={shared.paragraph}>{c.makeNewWarning}</p>}
    </div>
  );
}

/** The address belongs to the person, not to a council: when it was made is told in their own zone. */
function ownZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Oslo';
}
