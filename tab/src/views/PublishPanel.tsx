import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { changeCounts, hasChanges } from '../../../bot/src/domain/agenda-changes';
import type { ChannelOutcome } from '../../../bot/src/domain/agenda-publication';
import { formatDeadline } from '../../../bot/src/domain/date-format';
import { caseNumberSpan } from '../../../bot/src/domain/notice-text';
import { ApiError, type ApiClient } from '../api/api-client';
import { publishApi } from '../api/publish-api';
import type { PublicationStatus } from '../../../bot/src/contracts/publishing';
import type { Catalogue } from '../../../bot/src/texts/catalogue';
import { useLanguage, useTexts } from '../texts/texts-context';
import { useAsync } from '../state/use-async';
import { Section } from './Section';
import { useSharedStyles } from './shared-styles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, alignItems: 'flex-start' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  steps: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
});

export interface PublishPanelProps {
  client: ApiClient;
  councilId: string;
  meetingId: string;
  timeZone: string;
  /** Called after anything was published, so the package shows the new numbers and changes. */
  onPublished: () => void;
}

type Feedback = { intent: 'success' | 'warning' | 'error' | 'info'; text: string; reload?: boolean };
type Action = 'notice' | 'changes' | 'retry';

const OUTCOME_INTENT: Record<ChannelOutcome, Feedback['intent']> = {
  sent: 'success',
  alreadySent: 'info',
  noChannel: 'info',
  unreachable: 'warning',
  failed: 'warning',
  inProgress: 'info',
};

/**
 * "Lås og send innkalling" and "Send endringer", for the secretary and the
 * chair. A dialog says what will happen (numbers, status, channel) before
 * anything is sent; the result is announced in a live region.
 */
export function PublishPanel({ client, councilId, meetingId, timeZone, onPublished }: PublishPanelProps) {
  const styles = useStyles();
  const p = useTexts().publish;
  const api = useMemo(() => publishApi(client), [client]);
  const [attempt, setAttempt] = useState(0);
  const [dialog, setDialog] = useState<'notice' | 'changes'>();
  const [busy, setBusy] = useState<Action>();
  const [feedback, setFeedback] = useState<Feedback>();
  const status = useAsync(() => api.status(councilId, meetingId), [api, councilId, meetingId, attempt]);
  const reload = () => setAttempt((n) => n + 1);

  async function run(action: Action, current: PublicationStatus): Promise<void> {
    setBusy(action);
    setFeedback(undefined);
    try {
      const result =
        action === 'notice'
          ? await api.publishNotice(councilId, meetingId, current.etag)
          : action === 'changes'
            ? await api.publishChanges(councilId, meetingId, current.etag)
            : await api.retryChannelPost(councilId, meetingId, current.etag);
      const lead = action === 'notice' ? `${p.noticeSent} ` : action === 'changes' ? `${p.changesSent} ` : '';
      setFeedback({ intent: OUTCOME_INTENT[result.channel], text: `${lead}${p.outcome[result.channel]}` });
      onPublished();
    } catch (error) {
      setFeedback(feedbackFor(error, p));
    } finally {
      setBusy(undefined);
      setDialog(undefined);
      reload();
    }
  }

  const current = status.value;
  let body;
  if (status.status === 'error' && !current) {
    body = <MessageBar intent="error">{<MessageBarBody>{feedbackFor(status.error, p).text}</MessageBarBody>}</MessageBar>;
  } else if (!current) {
    body = <Spinner size="small" label={p.loading} />;
  } else {
    body = (
      <PanelBody
        current={current}
        timeZone={timeZone}
        busy={busy}
        onOpen={setDialog}
        onRetryPost={() => void run('retry', current)}
      />
    );
  }

  return (
    <div>
      <Section id="publish" title={p.heading} testId="publish-panel">
        <div className={styles.root}>
          {body}
          {/* Announced to screen readers when an action finishes. */}
          <div role="status" aria-live="polite" data-testid="publish-feedback">
            {feedback && (
              <MessageBar intent={feedback.intent} layout="multiline">
                <MessageBarBody>{feedback.text}</MessageBarBody>
              </MessageBar>
            )}
          </div>
          {feedback?.reload && (
            <Button
              data-testid="publish-reload"
              onClick={() => {
                setFeedback(undefined);
                reload();
                onPublished();
              }}
            >
              {p.reload}
            </Button>
          )}
        </div>
      </Section>
      {current && (
        <ConfirmDialog
          open={dialog !== undefined}
          kind={dialog ?? 'notice'}
          current={current}
          busy={busy !== undefined}
          onCancel={() => setDialog(undefined)}
          onConfirm={() => void run(dialog ?? 'notice', current)}
        />
      )}
    </div>
  );
}

interface PanelBodyProps {
  current: PublicationStatus;
  timeZone: string;
  busy?: Action;
  onOpen: (dialog: 'notice' | 'changes') => void;
  onRetryPost: () => void;
}

function PanelBody({ current, timeZone, busy, onOpen, onRetryPost }: PanelBodyProps) {
  const p = useTexts().publish;
  const language = useLanguage();
  const shared = useSharedStyles();
  const styles = useStyles();
  const { publication } = current;
  const when = (iso: string) => formatDeadline(iso, timeZone, language);
  if (current.next === 'publishNotice') {
    return (
      <>
        <p className={shared.paragraph} data-testid="publish-state">
          {p.notPublished}
        </p>
        <Button appearance="primary" data-testid="publish-notice" disabled={busy !== undefined} onClick={() => onOpen('notice')}>
          {p.publishNotice}
        </Button>
      </>
    );
  }
  if (!publication) return <p className={shared.paragraph}>{p.notEditable}</p>;
  const post = publication.channelPost;
  const postText =
    post.state === 'sent'
      ? p.postState.sent(when(post.at))
      : post.state === 'noChannel' && current.channel === 'linked'
        ? p.postState.pending
        : p.postState[post.state];
  const canRetry = post.state !== 'sent' && !(post.state === 'noChannel' && current.channel !== 'linked');
  const pending = changeCounts(publication.unpublished);
  const pendingCount = pending.added + pending.edited + pending.removed + pending.meeting;
  return (
    <>
      <p className={shared.paragraph} data-testid="publish-state">
        {p.publishedOn(when(publication.noticePublishedAt))}
        {publication.latestRevision > 0
          ? ` ${p.revisionOn(publication.latestRevision, when(publication.latestPublishedAt))}`
          : ''}
      </p>
      <p className={shared.paragraph} data-testid="channel-post-state">
        {postText}
      </p>
      <div className={styles.actions}>
        {canRetry && current.meeting.status === 'noticeSent' && (
          <Button data-testid="retry-post" disabled={busy !== undefined} onClick={onRetryPost}>
            {busy === 'retry' ? p.publishing : p.retryPost}
          </Button>
        )}
      </div>
      {current.next === 'publishChanges' && hasChanges(publication.unpublished) ? (
        <>
          <p className={shared.paragraph} data-testid="unpublished-changes">
            {p.unpublishedChanges(pendingCount)}
          </p>
          <Button
            appearance="primary"
            data-testid="publish-changes"
            disabled={busy !== undefined}
            onClick={() => onOpen('changes')}
          >
            {p.sendChanges}
          </Button>
        </>
      ) : (
        current.meeting.status === 'noticeSent' && <p className={shared.muted}>{p.noUnpublishedChanges}</p>
      )}
    </>
  );
}

interface ConfirmDialogProps {
  open: boolean;
  kind: 'notice' | 'changes';
  current: PublicationStatus;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** States what will happen before anything is numbered or posted. */
function ConfirmDialog({ open, kind, current, busy, onCancel, onConfirm }: ConfirmDialogProps) {
  const p = useTexts().publish;
  const styles = useStyles();
  const span = caseNumberSpan(current.toNumber.expected);
  const count = current.toNumber.count;
  const pending = current.publication ? changeCounts(current.publication.unpublished) : undefined;
  const pendingCount = pending ? pending.added + pending.edited + pending.removed + pending.meeting : 0;
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_event, data) => (!data.open && !busy ? onCancel() : undefined)}>
      <DialogSurface data-testid="publish-dialog" aria-describedby="publish-dialog-steps">
        <DialogBody>
          <DialogTitle>{kind === 'notice' ? p.dialogTitle : p.changesDialogTitle}</DialogTitle>
          <DialogContent>
            <p>{kind === 'notice' ? p.dialogIntro : p.changesDialogIntro(pendingCount)}</p>
            <ul className={styles.steps} id="publish-dialog-steps">
              {kind === 'notice' ? (
                <>
                  <li>{count > 0 ? p.willNumber(count, span) : p.willKeepNumbers}</li>
                  <li>{p.numbersFinal}</li>
                  <li>{p.willMoveStatus}</li>
                  <li data-testid="dialog-channel">{p.channelWill[current.channel]}</li>
                </>
              ) : (
                <>
                  {count > 0 && <li>{p.changesWillNumber(count, span)}</li>}
                  <li data-testid="dialog-channel">{p.changesChannel[current.channel]}</li>
                </>
              )}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" data-testid="publish-confirm" disabled={busy} onClick={onConfirm}>
              {busy ? p.publishing : kind === 'notice' ? p.confirmNotice : p.confirmChanges}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button disabled={busy} onClick={onCancel}>
                {p.cancel}
              </Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function feedbackFor(error: unknown, p: Catalogue['publish']): Feedback {
  if (!(error instanceof ApiError)) return unexplained(error, p);
  if (error.code === 'concurrentEdit') return { intent: 'error', text: p.concurrentEdit, reload: true };
  if (error.code === 'illegalTransition') return { intent: 'info', text: p.alreadyPublished, reload: true };
  if (error.code === 'meetingClosed') return { intent: 'info', text: p.notEditable };
  if (error.code === 'forbidden' || error.code === 'notCouncilMember') return { intent: 'error', text: p.forbidden };
  if (error.code === 'invalidValue' && error.field === 'agenda') return { intent: 'info', text: p.nothingToSend, reload: true };
  return unexplained(error, p);
}

/** A failure no code explains: a generic sentence for the secretary, the English detail only in the console. */
function unexplained(error: unknown, p: Catalogue['publish']): Feedback {
  console.warn('Utvalg: publishing failed', error);
  return { intent: 'error', text: p.failed };
}
