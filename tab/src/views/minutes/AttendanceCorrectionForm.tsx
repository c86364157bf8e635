import { Button, Checkbox, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { MinutesReply } from '../../../../bot/src/contracts/minutes';
import { PRESENCES, type ActualAttendance, type Presence } from '../../../../bot/src/domain/minutes';
import type { AttendanceCorrection, MinutesApi } from '../../api/minutes-api';
import { useTexts } from '../../texts/texts-context';
import { useFormStyles } from '../editing/form-styles';
import { LiveStatus } from '../editing/LiveStatus';
import { SaveBar } from '../editing/SaveBar';
import { useSave } from '../editing/use-save';
import { PeopleOptions } from './PeopleOptions';
import { CodeOptions } from '../SelectOptions';

const useStyles = makeStyles({
  person: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalM,
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
});

/** The line as the form edits it: what the member had answered stays the server's. */
const correctionOf = (line: ActualAttendance): AttendanceCorrection => {
  const { answered: _answered, ...rest } = line;
  return rest;
};
const absentish = (presence: Presence) => presence === 'apologies' || presence === 'absent';
/** What the server keeps of a line (came late / left early only for someone there), for comparing. */
const normalised = (c: AttendanceCorrection): AttendanceCorrection => ({
  memberId: c.memberId,
  presence: c.presence,
  ...(c.standingInFor !== undefined && { standingInFor: c.standingInFor }),
  ...(c.cameLate === true && !absentish(c.presence) && { cameLate: true }),
  ...(c.leftEarly === true && !absentish(c.presence) && { leftEarly: true }),
});
const same = (a: AttendanceCorrection, b: AttendanceCorrection) =>
  JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));

/**
 * Actual attendance at holding time, prefilled from the answers: present in
 * person or online, apologies, did not come after all; came late, left early;
 * a deputy attending for whom; and someone who came without answering (added
 * from the council's members). Only the lines changed are sent.
 */
export function AttendanceCorrectionForm({
  api,
  reply,
  onSaved,
}: {
  api: MinutesApi;
  reply: MinutesReply;
  onSaved: (r: MinutesReply) => void;
}) {
  const t = useTexts().minutes;
  const styles = useFormStyles();
  const own = useStyles();
  const save = useSave();
  const minutes = reply.minutes!;
  const names = new Map(reply.people.map((p) => [p.memberId, p.name]));
  const [lines, setLines] = useState<AttendanceCorrection[]>(() => minutes.attendance.map(correctionOf));
  const [toAdd, setToAdd] = useState('');
  const notListed = reply.people.filter((p) => !lines.some((l) => l.memberId === p.memberId));
  const set = (memberId: string, patch: Partial<AttendanceCorrection>) =>
    setLines((old) => old.map((l) => (l.memberId === memberId ? { ...l, ...patch } : l)));
  const setStandingIn = (memberId: string, standingInFor: string) =>
    setLines((old) =>
      old.map((l) => {
        if (l.memberId !== memberId) return l;
        const { standingInFor: _old, ...rest } = l;
        return standingInFor === '' ? rest : { ...rest, standingInFor };
      }),
    );
  const add = () => {
    if (toAdd === '') return;
    setLines((old) => [...old, { memberId: toAdd, presence: 'inPerson' }]);
    setToAdd('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const before = new Map(minutes.attendance.map((a) => [a.memberId, correctionOf(a)]));
    const corrections = lines.filter((l) => {
      const was = before.get(l.memberId);
      return was === undefined || !same(was, l);
    });
    if (corrections.length === 0) return;
    void save.save(() => api.correctAttendance(reply.meeting.id, minutes.etag, corrections.map(normalised)), {
      onSaved: (r) => {
        save.announce('success', t.saved);
        onSaved(r);
      },
      onFieldProblem: () => undefined,
    });
  };
  return (
    <form
      className={styles.form}
      onSubmit={submit}
      noValidate
      data-testid="minutes-attendance-form"
      aria-label={t.saveAttendance}
    >
      {lines.map((line) => {
        const name = names.get(line.memberId) ?? line.memberId;
        const away = absentish(line.presence);
        return (
          <fieldset key={line.memberId} className={own.person} data-testid={`minutes-attendance-${line.memberId}`}>
            <legend className={own.legend}>{t.attendanceFor(name)}</legend>
            <Field label={t.presenceLabel(name)}>
              <Select
                value={line.presence}
                data-testid={`minutes-presence-${line.memberId}`}
                onChange={(_, d) => set(line.memberId, { presence: d.value as Presence })}
              >
                <CodeOptions codes={PRESENCES} label={(p) => t.presences[p]} />
              </Select>
            </Field>
            <Field label={t.standingInForLabel}>
              <Select
                value={line.standingInFor ?? ''}
                data-testid={`minutes-standing-in-${line.memberId}`}
                onChange={(_, d) => setStandingIn(line.memberId, d.value)}
              >
                <PeopleOptions people={reply.people.filter((p) => p.memberId !== line.memberId)} none={t.notStandingIn} />
              </Select>
            </Field>
            <Checkbox
              label={t.cameLateLabel}
              disabled={away}
              checked={line.cameLate === true && !away}
              data-testid={`minutes-came-late-${line.memberId}`}
              onChange={(_, d) => set(line.memberId, { cameLate: d.checked === true })}
            />
            <Checkbox
              label={t.leftEarlyLabel}
              disabled={away}
              checked={line.leftEarly === true && !away}
              data-testid={`minutes-left-early-${line.memberId}`}
              onChange={(_, d) => set(line.memberId, { leftEarly: d.checked === true })}
            />
          </fieldset>
        );
      })}
      {notListed.length > 0 && (
        <div className={own.person}>
          <Field label={t.addAttendee}>
            <Select value={toAdd} data-testid="minutes-add-attendee" onChange={(_, d) => setToAdd(d.value)}>
              <PeopleOptions people={notListed} none={t.addAttendeeNone} />
            </Select>
          </Field>
          <Button type="button" onClick={add} disabled={toAdd === ''} data-testid="minutes-add-attendee-button">
            {t.addAttendeeButton}
          </Button>
        </div>
      )}
      <LiveStatus value={save.announced} />
      <SaveBar save={save} onReload={() => undefined} label={t.saveAttendance} testId="minutes-attendance-save" />
    </form>
  );
}
