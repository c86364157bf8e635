import type { Catalogue } from '../../../../bot/src/texts/catalogue';
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { acceptsInputRequests } from '../../../../bot/src/domain/input-request-rules';
import { ApiError } from '../../api/api-client';
import { inputsApi } from '../../api/inputs-api';
import type { InputRequestsResponse, SavedInputRequestResponse } from '../../../../bot/src/contracts/inputs';
import { errorText } from '../error-text';
import { useSharedStyles } from '../shared-styles';
import { VIEW_IDS, type ViewContext } from '../view-context';
import { InputRequestForm, type FormMode } from './InputRequestForm';
import { InputRequestItem } from './InputRequestItem';
import { useMeetingData } from './use-meeting-data';
import { MeetingDataContent } from './MeetingDataContent';
import { useTexts } from '../../texts/texts-context';
import { tabNow } from '../../state/tab-clock';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

interface Announcement {
  text: string;
  intent: 'success' | 'warning' | 'info' | 'error';
}

/** What to announce after a save: how many were told, and whom the bot could not reach. */
function savedAnnouncement(saved: SavedInputRequestResponse, mode: FormMode, m: Catalogue['inputs']): Announcement {
  return { text: savedText(saved, mode, m), intent: saved.notified.couldNotReach.length > 0 ? 'warning' : 'success' };
}

function savedText(saved: SavedInputRequestResponse, mode: FormMode, m: Catalogue['inputs']): string {
  const told = mode.kind === 'new' ? m.created(saved.notified.sent.length) : m.updated;
  const newly = mode.kind === 'edit' && saved.notified.sent.length > 0 ? ` ${m.newlyTold(saved.notified.sent.length)}` : '';
  const missed =
    saved.notified.couldNotReach.length > 0
      ? ` ${m.couldNotReachSentence(saved.notified.couldNotReach.map((p) => p.name).join(', '))}`
      : '';
  return `${told}${newly}${missed}`;
}

function PrivacyNote({ data }: { data: InputRequestsResponse }) {
  const m = useTexts().inputs;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="privacy-note">
      <MessageBarBody>
        {data.visibility === 'allMembers' ? m.privacyAll : m.privacySecretary} {m.publicRecord}
        {!data.othersVisible && ` ${m.ownOnly}`}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Skriftlige innspill for one meeting. Everyone reads the requests and the
 * answers they may see (the server applies input privacy); the secretary and
 * the chair also ask for input, change and close requests, and see who has
 * not answered.
 */
export function InputRequestsView({ ctx }: { ctx: ViewContext }) {
  const { app: t, inputs: m, editing: e } = useTexts();
  const styles = useStyles();
  const shared = useSharedStyles();
  const api = inputsApi(ctx.client);
  const { state, reload, reloaded } = useMeetingData(ctx, (meetingId) => api.inputRequests(ctx.council.id, meetingId));
  const [mode, setMode] = useState<FormMode>();
  const [announcement, setAnnouncement] = useState<Announcement>();
  const openButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (reloaded > 0 && announcement === undefined) {
      setAnnouncement(
        state.status === 'error' ? { text: errorText(state.error, t), intent: 'error' } : { text: m.refreshed, intent: 'info' },
      );
    }
    // Announce once per finished reload, unless a save result is being announced.
  }, [reloaded]);

  const refresh = () => {
    setAnnouncement(undefined);
    reload();
  };
  // Save results and refreshes are said where the person is looking, and read out by screen readers.
  const status = (
    <div role="status" aria-live="polite" aria-atomic="true" data-testid="inputs-status">
      {announcement && (
        <MessageBar intent={announcement.intent} layout="multiline">
          <MessageBarBody>{announcement.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );

  return (
    <div className={styles.root} data-testid="inputs-view">
      <MeetingDataContent
        ctx={ctx}
        viewId={VIEW_IDS.inputs}
        title={m.inputsTitle}
        state={state}
        reload={reload}
        onRefresh={refresh}
        noMeetings={<p className={shared.paragraph}>{m.noMeetings}</p>}
      >
        {(data) => {
          const { meeting, timeZone } = data;
          const manage = data.canManage && data.choices !== undefined;
          const accepting = acceptsInputRequests(meeting, tabNow());
          const closeForm = () => {
            setMode(undefined);
            // Back where the person was: the button that opened the form.
            setTimeout(() => openButton.current?.focus(), 0);
          };
          return (
            <>
              <PrivacyNote data={data} />
              {status}
              {manage && !mode && accepting && (
                <div>
                  <Button
                    appearance="primary"
                    ref={openButton}
                    onClick={() => setMode({ kind: 'new' })}
                    data-testid="new-request"
                  >
                    {m.newRequest}
                  </Button>
                </div>
              )}
              {manage && !accepting && <p className={shared.note}>{m.requestsNotAccepted}</p>}
              {manage && mode && data.choices && (
                <section className={shared.section} aria-labelledby="request-form-heading">
                  <h2 id="request-form-heading" className={shared.h2}>
                    {mode.kind === 'new' ? m.formTitleNew : m.formTitleEdit}
                  </h2>
                  <InputRequestForm
                    // A fresh form (and a fresh request id) each time it opens.
                    key={mode.kind === 'new' ? 'new' : `edit-${mode.request.id}-${mode.etag}`}
                    ctx={ctx}
                    api={api}
                    meeting={meeting}
                    timeZone={timeZone}
                    choices={data.choices}
                    mode={mode}
                    onSaved={(saved, savedMode) => {
                      setAnnouncement(savedAnnouncement(saved, savedMode, m));
                      closeForm();
                      reload();
                    }}
                    onCancel={closeForm}
                    onReload={() => {
                      setAnnouncement(undefined);
                      closeForm();
                      reload();
                    }}
                  />
                </section>
              )}
              {data.requests.length === 0 ? (
                <p className={shared.paragraph}>{m.noRequests}</p>
              ) : (
                <div className={styles.list}>
                  {data.requests.map((entry, index) => {
                    const editable =
                      manage && accepting && entry.request.closedAt === undefined && entry.etag !== undefined && !mode;
                    const etag = entry.etag ?? '';
                    return (
                      <InputRequestItem
                        key={entry.request.id}
                        ctx={ctx}
                        index={index}
                        entry={entry}
                        timeZone={timeZone}
                        {...(editable && {
                          onEdit: () =>
                            setMode({ kind: 'edit', request: entry.request, etag, answered: entry.answeredCount > 0 }),
                          onClose: () => {
                            api.close(ctx.council.id, meeting.id, entry.request.id, etag).then(
                              () => {
                                setAnnouncement({ text: m.closedDone, intent: 'success' });
                                reload();
                              },
                              (error: unknown) => {
                                const conflict =
                                  error instanceof ApiError && (error.status === 412 || error.code === 'concurrentEdit');
                                setAnnouncement({ text: conflict ? e.changedByOthers : errorText(error, t), intent: 'error' });
                              },
                            );
                          },
                        })}
                      />
                    );
                  })}
                </div>
              )}
            </>
          );
        }}
      </MeetingDataContent>
      {!state.value?.data && status}
    </div>
  );
}
