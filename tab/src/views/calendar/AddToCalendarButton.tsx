import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../../api/api-client';
import { downloadDocument } from '../../api/documents-api';
import { useTexts } from '../../texts/texts-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, alignItems: 'flex-start' },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

export interface AddToCalendarButtonProps {
  client: ApiClient;
  /** The API path of the .ics (it needs the person's sign-in, so the button asks for a signed link to it). */
  path: string;
  label: string;
  /** When the label alone does not say which meeting (a list of them). */
  accessibleName?: string;
  testId: string;
}

/**
 * Downloads an .ics through a signed link (a plain link cannot carry the Teams sign-in), under the
 * name the server gives it, which Outlook and other calendars open.
 */
export function AddToCalendarButton({ client, path, label, accessibleName, testId }: AddToCalendarButtonProps) {
  const styles = useStyles();
  const c = useTexts().calendar;
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function download(): Promise<void> {
    setBusy(true);
    setFailed(false);
    try {
      await downloadDocument(client, path);
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
