import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Fragment, type ReactNode } from 'react';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { useMeetingChoice } from '../state/use-meeting-choice';
import { ErrorView } from './ErrorView';
import { errorText } from './error-text';
import { LoadingView } from './LoadingView';
import type { ViewContext, ViewId } from './view-context';
import { useTexts } from '../texts/texts-context';

/** The meeting a per-meeting view works on, the council's other meetings, and how to pick another. */
export interface MeetingShown {
  meeting: Meeting;
  meetings: Meeting[];
  onChoose: (meetingId: string) => void;
}

export interface PerMeetingViewProps {
  ctx: ViewContext;
  /** The view's id in the address (#/viewId/meetingId). */
  viewId: ViewId;
  title: string;
  /** Shown when the council has no meeting yet. */
  noMeetings: string;
  children: (shown: MeetingShown) => ReactNode;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, maxWidth: '56rem' },
  h1: { ...typographyStyles.title2, margin: 0 },
});

/**
 * A view of one meeting (the one in the address, else the upcoming one): the
 * heading, then the view's content. The content is keyed by the meeting, so
 * its state (forms, conflicts) starts afresh when another meeting is chosen.
 */
export function PerMeetingView({ ctx, viewId, title, noMeetings, children }: PerMeetingViewProps) {
  const t = useTexts().app;
  const styles = useStyles();
  const choice = useMeetingChoice(ctx, viewId);
  if (choice.meetings.status === 'error') {
    return <ErrorView message={errorText(choice.meetings.error, t)} onRetry={() => window.location.reload()} />;
  }
  if (choice.meetings.status === 'loading') return <LoadingView label={t.loading} />;
  const { meeting } = choice;
  return (
    <div className={styles.root}>
      <h1 className={styles.h1}>{title}</h1>
      {meeting ? (
        <Fragment key={meeting.id}>{children({ meeting, meetings: choice.meetings.value, onChoose: choice.choose })}</Fragment>
      ) : (
        <p>{noMeetings}</p>
      )}
    </div>
  );
}
