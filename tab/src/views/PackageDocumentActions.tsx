import { Button, Field, MessageBar, MessageBarBody, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiClient } from '../api/api-client';
import {
  downloadDocument,
  meetingDocumentPath,
  openDocument,
  type DocumentFormat,
  type MeetingDocument,
} from '../api/documents-api';
import { useTexts } from '../texts/texts-context';

const useStyles = makeStyles({
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface PackageDocumentActionsProps {
  client: ApiClient;
  councilId: string;
  meetingId: string;
  /** Which of the meeting's documents: the notice (the package view) or the minutes (the minutes view). */
  document: MeetingDocument;
  /** The public version's switch: the documents follow it. */
  publicVersion: boolean;
}

/**
 * "Skriv ut" opens the printable HTML document (the same document model as
 * Word and PDF, so the printout and the files say the same); Word and PDF download.
 */
export function PackageDocumentActions({ client, councilId, meetingId, document, publicVersion }: PackageDocumentActionsProps) {
  const { package: m, documents: d } = useTexts();
  const styles = useStyles();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState<DocumentFormat | undefined>();

  const run = async (format: DocumentFormat) => {
    setFailed(false);
    setBusy(format);
    const path = meetingDocumentPath(councilId, meetingId, document, format, publicVersion);
    try {
      if (format === 'html') await openDocument(client, path);
      else await downloadDocument(client, path);
    } catch {
      // Which error it was does not change what the person can do: try again.
      setFailed(true);
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <>
      <div className={styles.actions}>
        <Button data-testid="print" disabled={busy !== undefined} onClick={() => void run('html')}>
          {m.print}
        </Button>
        <Button data-testid="download-docx" disabled={busy !== undefined} onClick={() => void run('docx')}>
          {d.downloadWord}
        </Button>
        <Button data-testid="download-pdf" disabled={busy !== undefined} onClick={() => void run('pdf')}>
          {d.downloadPdf}
        </Button>
      </div>
      {failed && (
        <MessageBar intent="error" data-testid="document-failed">
          <MessageBarBody>{d.downloadFailed}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

/** "Offentlig versjon": the switch the package and minutes views show beside their documents. */
export function PublicVersionSwitch({
  checked,
  onChange,
  testId,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
}) {
  const m = useTexts().package;
  return (
    <Field hint={m.publicVersionHint}>
      <Switch
        data-testid={testId}
        label={m.publicVersion}
        checked={checked}
        onChange={(_event, data) => onChange(data.checked)}
      />
    </Field>
  );
}
