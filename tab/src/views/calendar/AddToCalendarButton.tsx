import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../../api/api-client';
import { useTexts } from '../../texts/texts-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

export interface AddToCalendarButtonProps {
  client: ApiClient;
  /** The API path of the .ics (it needs the person's sign-in, so it is fetched, not linked). */
  path: string;
  fileName: string;
  label: string;
  /** When the label alone does not say which meeting (a list of them). */
  accessibleName?: string;
  testId: string;
}

/**
 * Fetches an .ics with the person's sign-in and hands it to the browser as a
 * download, which Outlook and other calendars open. A plain link cannot
 * carry the Teams sign-in.
 */
export function AddToCalendarButton({ client, path, fileName, label, accessibleName, testId }: AddToCalendarButtonProps) {
  const styles = useStyles();
  const c = useTexts().calendar;
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function download(): Promise<void> {
    setBusy(true);
    setFailed(false);
    try {
      const { blob } = await client.file(path);
      const url = URL.createObjectURL(blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = fileName;
      anchor.click();
      // The browser has taken the file once the click is handled.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.root}>
      <Button disabled={busy} aria-label={accessibleName} data-testid={testId} data-path={path} onClick={() => void download()}>
        {label}
      </Button>
      <div role="status">
        {failed && (
          <p className={styles.error} data-testid={`${testId}-failed`}>
            {c.downloadFailed}
          </p>
        )}
      </div>
    </div>
  );
}
