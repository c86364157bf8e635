import { Button, Field, Input } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { isCalendarDate } from '../../../../bot/src/domain/meeting-schedule';
import { rosterChangeProblems } from '../../../../bot/src/domain/roster-rules';
import type { ManagerRosterView } from '../../../../bot/src/domain/roster-view';
import type { rosterApi, SavedMember } from '../../api/roster-api';
import { SaveOutcome, type FormSaveState } from '../editing/SaveOutcome';
import { FormHeading } from '../editing/FormHeading';
import { useFormStyles } from '../editing/form-styles';
import { focusField, saveFailure } from '../editing/save-errors';
import { rosterProblemText } from './member-form-values';
import { useLanguage, useTexts } from '../../texts/texts-context';

export interface EndMembershipFormProps {
  entry: SavedMember;
  roster: ManagerRosterView;
  api: ReturnType<typeof rosterApi>;
  onSaved: (saved: SavedMember) => void;
  onCancel: () => void;
  reload: () => Promise<ManagerRosterView>;
}

const FIELD_ID = 'end-membership-activeTo';

/** Ends a membership on a last day; the person stays in the history. */
export function EndMembershipForm({ entry, roster, api, onSaved, onCancel, reload }: EndMembershipFormProps) {
  const styles = useFormStyles();
  const r = useTexts().roster;
  const e = useTexts().editing;
  const language = useLanguage();
  const [current, setCurrent] = useState(entry);
  const [members, setMembers] = useState(() => roster.members.map((m) => m.member));
  const [activeTo, setActiveTo] = useState(entry.member.activeTo ?? roster.today);
  const [error, setError] = useState<string>();
  const [state, setState] = useState<FormSaveState>('idle');
  const [failure, setFailure] = useState<string>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const problem = isCalendarDate(activeTo)
      ? rosterChangeProblems(members, current.member, { ...current.member, activeTo }, roster.today)[0]
      : undefined;
    const message = !isCalendarDate(activeTo) ? e.invalid : problem ? rosterProblemText(problem, language) : undefined;
    setError(message);
    if (message) {
      focusField(FIELD_ID);
      return;
    }
    setState('saving');
    try {
      const saved = await api.end(roster.council.id, current.member.aadObjectId, activeTo, current.etag);
      setState('idle');
      onSaved(saved);
    } catch (caught) {
      const why = saveFailure(caught, e);
      setState(why.kind === 'conflict' ? 'conflict' : 'idle');
      if (why.kind === 'field') {
        setError(e.invalid);
        focusField(FIELD_ID);
      } else if (why.kind === 'general') setFailure(why.text);
    }
  };

  const reloadNow = async () => {
    setState('reloading');
    try {
      const fresh = await reload();
      const again = fresh.members.find((m) => m.member.aadObjectId === current.member.aadObjectId);
      setMembers(fresh.members.map((m) => m.member));
      if (again) setCurrent(again);
      setFailure(again ? e.reloaded : e.notFound);
      setState('idle');
    } catch {
      setState('conflict');
    }
  };

  return (
    <form
      className={styles.form}
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-labelledby="end-membership-heading"
      data-testid="end-membership-form"
    >
      <FormHeading id="end-membership-heading">{r.endHeading(current.member.name)}</FormHeading>
      <p className={styles.intro}>{r.endIntro}</p>
      <Field label={r.fieldActiveTo} required validationMessage={error} validationState={error ? 'error' : 'none'}>
        <Input
          id={FIELD_ID}
          type="date"
          value={activeTo}
          onChange={(_ev, d) => {
            setActiveTo(d.value);
            setError(undefined);
          }}
        />
      </Field>
      <SaveOutcome state={state} failure={failure} onReload={() => void reloadNow()} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={state !== 'idle'} data-testid="end-membership-save">
          {state === 'saving' ? e.saving : r.endButton}
        </Button>
        <Button type="button" onClick={onCancel}>
          {e.cancel}
        </Button>
      </div>
    </form>
  );
}
