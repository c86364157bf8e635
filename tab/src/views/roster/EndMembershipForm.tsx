import { Input } from '@fluentui/react-components';
import { useState } from 'react';
import { isCalendarDate } from '../../../../bot/src/domain/meeting-schedule';
import { rosterChangeProblems } from '../../../../bot/src/domain/roster-rules';
import type { ManagerRosterView } from '../../../../bot/src/domain/roster-view';
import type { rosterApi, SavedMember } from '../../api/roster-api';
import { OneFieldForm } from '../editing/OneFieldForm';
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
  const r = useTexts().roster;
  const e = useTexts().editing;
  const language = useLanguage();
  const [current, setCurrent] = useState(entry);
  const [members, setMembers] = useState(() => roster.members.map((m) => m.member));
  const [activeTo, setActiveTo] = useState(entry.member.activeTo ?? roster.today);
  const [error, setError] = useState<string>();
  const save = useSave(() => FIELD_ID);

  const check = () => {
    const problem = isCalendarDate(activeTo)
      ? rosterChangeProblems(members, current.member, { ...current.member, activeTo }, roster.today)[0]
      : undefined;
    return !isCalendarDate(activeTo) ? e.invalid : problem ? rosterProblemText(problem, language) : undefined;
  };

  const reloadNow = () =>
    save.reload(reload, (fresh) => {
      const again = fresh.members.find((m) => m.member.aadObjectId === current.member.aadObjectId);
      setMembers(fresh.members.map((m) => m.member));
      if (again) setCurrent(again);
      return again ? undefined : e.notFound;
    });

  return (
    <OneFieldForm
      name="end-membership"
      fieldId={FIELD_ID}
      heading={r.endHeading(current.member.name)}
      intro={r.endIntro}
      label={r.fieldActiveTo}
      error={error}
      setError={setError}
      check={check}
      send={() => api.end(roster.council.id, current.member.aadObjectId, activeTo, current.etag)}
      onSaved={onSaved}
      onReload={() => void reloadNow()}
      save={save}
      saveLabel={r.endButton}
      onCancel={onCancel}
    >
      <Input
        id={FIELD_ID}
        type="date"
        value={activeTo}
        onChange={(_ev, d) => {
          setActiveTo(d.value);
          setError(undefined);
        }}
      />
    </OneFieldForm>
  );
}
