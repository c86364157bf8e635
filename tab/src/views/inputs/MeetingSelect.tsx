import { Field, Select, makeStyles } from '@fluentui/react-components';
import { formatDate } from '../../../../bot/src/domain/date-format';
import type { Meeting } from '../../../../bot/src/domain/meeting';
import type { ViewContext, ViewId } from '../view-context';
import { meetingsNewestFirst, splitArchived } from '../../state/meeting-choice';
import { useLanguage, useTexts } from '../../texts/texts-context';

// Shrinks below its longest option on a phone (a flex item would otherwise keep the select's natural width).
const useStyles = makeStyles({
  field: { flexGrow: 1, flexBasis: '16rem', minWidth: 0, maxWidth: '24rem' },
  select: { minWidth: 0 },
  control: { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
});

export interface MeetingSelectProps {
  ctx: ViewContext;
  viewId: ViewId;
  meetings: readonly Meeting[];
  meeting: Meeting;
  timeZone: string;
}

/** Which meeting the view shows; choosing another puts it in the address (#/view/meetingId). */
export function MeetingSelect({ ctx, viewId, meetings, meeting, timeZone }: MeetingSelectProps) {
  const texts = useTexts();
  const { app: t, inputs: m } = texts;
  const language = useLanguage();
  const styles = useStyles();
  // Archived meetings last, in a group of their own: out of the active list, still reachable.
  const { active, archived } = splitArchived(meetingsNewestFirst(meetings));
  const option = (candidate: Meeting) => (
    <option key={candidate.id} value={candidate.id}>
      {m.meetingOption(formatDate(candidate.startsAt, timeZone, language), t.meetingStatus[candidate.status])}
    </option>
  );
  return (
    <Field label={m.meetingLabel} className={styles.field}>
      <Select
        className={styles.select}
        select={{ className: styles.control }}
        data-testid="meeting-select"
        value={meeting.id}
        onChange={(_event, data) => ctx.navigate(viewId, data.value)}
      >
        {active.map(option)}
        {archived.length > 0 && <optgroup label={texts.meetings.archive}>{archived.map(option)}</optgroup>}
      </Select>
    </Field>
  );
}
