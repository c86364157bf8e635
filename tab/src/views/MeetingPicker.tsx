import { Field, Select, makeStyles } from '@fluentui/react-components';
import { formatMeetingTime } from '../../../bot/src/domain/date-format';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { splitArchived } from '../state/meeting-choice';
import { useLanguage, useTexts } from '../texts/texts-context';

export interface MeetingPickerProps {
  timeZone: string;
  meetings: readonly Meeting[];
  meetingId: string;
  onChoose: (meetingId: string) => void;
}

// A native select is as wide as its longest option; on a phone it must shrink to the screen instead.
const useStyles = makeStyles({
  root: { width: '100%', minWidth: 0 },
  select: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

/** The council's meetings, newest last, with time and status: which meeting the view works on. */
export function MeetingPicker({ timeZone, meetings, meetingId, onChoose }: MeetingPickerProps) {
  const texts = useTexts();
  const { app: t, agenda: a } = texts;
  const language = useLanguage();
  const styles = useStyles();
  // Archived meetings last, in a group of their own: out of the active list, still reachable.
  const { active, archived } = splitArchived(meetings);
  const option = (m: Meeting) => (
    <option key={m.id} value={m.id}>
      {a.meetingOption(formatMeetingTime(m.startsAt, m.endsAt, timeZone, language), t.meetingStatus[m.status])}
    </option>
  );
  return (
    <Field label={a.meetingLabel}>
      <Select
        className={styles.root}
        select={{ className: styles.select }}
        data-testid="meeting-picker"
        value={meetingId}
        onChange={(_event, data) => onChoose(data.value)}
      >
        {active.map(option)}
        {archived.length > 0 && <optgroup label={texts.meetings.archive}>{archived.map(option)}</optgroup>}
      </Select>
    </Field>
  );
}
