import { Field, Input } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { isCalendarDate } from '../../../../bot/src/domain/meeting-schedule';
import { rosterChangeProblems } from '../../../../bot/src/domain/roster-rules';
import type { ManagerRosterView } from '../../../../bot/src/domain/roster-view';
import type { rosterApi, SavedMember } from '../../api/roster-api';
import { SaveBar } from '../editing/SaveBar';
import { FormHeading } from '../editing/FormHeading';
import { useFormStyles } from '../editing/form-styles';
import { focusField } from '../editing/save-errors';
import { useSave } from '../editing/use-save';
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
  const save = useSave(() => FIELD_ID);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.busy) return;
    save.clear();
    const problem = isCalendarDate(activeTo)
      ? rosterChangeProblems(members, current.member, { ...current.member, activeTo }, roster.today)[0]
      : undefined;
    const message = !isCalendarDate(activeTo) ? e.invalid : problem ? rosterProblemText(problem, language) : undefined;
    setError(message);
    if (message) {
      focusField(FIELD_ID);
      return;
    }
    await save.save(() => api.end(roster.council.id, current.member.aadObjectId, activeTo, current.etag), {
      onSaved,
      onFieldProblem: () => setError(e.invalid),
      summary: false,
    });
  };

  const reloadNow = () =>
    save.reload(reload, (fresh) => {
      const again = fresh.members.find((m) => m.member.aadObjectId === current.member.aadObjectId);
      setMembers(fresh.members.map((m) => m.member));
      if (again) setCurrent(again);
      return again ? undefined : e.notFound;
    });

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
      <SaveBar
        save={save}
        onReload={() => void reloadNow()}
        label={r.endButton}
        testId="end-membership-save"
        onCancel={onCancel}
      />
    </form>
  );
}
