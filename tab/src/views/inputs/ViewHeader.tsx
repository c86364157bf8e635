import { Button, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { formatMeetingTime } from '../../../../bot/src/domain/date-format';
import type { Meeting } from '../../../../bot/src/domain/meeting';
import type { ViewContext, ViewId } from '../view-context';
import { MeetingSelect } from './MeetingSelect';
import { useLanguage, useTexts } from '../../texts/texts-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  h1: { ...typographyStyles.title2, margin: 0 },
  // The picker and the refresh button sit side by side when there is room, stacked on a phone.
  tools: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  time: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface ViewHeaderProps {
  ctx: ViewContext;
  viewId: ViewId;
  title: string;
  meetings: readonly Meeting[];
  meeting: Meeting;
  timeZone: string;
  onRefresh: () => void;
  refreshing: boolean;
}

/** Title, the meeting shown (with a picker) and a refresh button, for the attendance and input views. */
export function ViewHeader({ ctx, viewId, title, meetings, meeting, timeZone, onRefresh, refreshing }: ViewHeaderProps) {
  const m = useTexts().inputs;
  const language = useLanguage();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <h1 className={styles.h1}>{title}</h1>
      <div className={styles.tools}>
        <MeetingSelect ctx={ctx} viewId={viewId} meetings={meetings} meeting={meeting} timeZone={timeZone} />
        <Button onClick={onRefresh} disabled={refreshing} data-testid="refresh">
          {m.refresh}
        </Button>
      </div>
      <p className={styles.time} data-testid="meeting-time">
        {formatMeetingTime(meeting.startsAt, meeting.endsAt, timeZone, language)}
      </p>
    </div>
  );
}
