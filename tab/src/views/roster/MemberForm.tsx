import { Checkbox, Field, Input, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { ROLES, type Member } from '../../../../bot/src/domain/member';
import { LANGUAGES } from '../../../../bot/src/domain/language';
import { deputyTargets, memberFromDraft, type MemberDraft } from '../../../../bot/src/domain/roster-rules';
import type { ManagerRosterView } from '../../../../bot/src/domain/roster-view';
import { ApiError } from '../../api/api-client';
import type { rosterApi, SavedMember } from '../../api/roster-api';
import { SaveBar } from '../editing/SaveBar';
import { HeadedForm } from '../editing/HeadedForm';
import { useFormStyles } from '../editing/form-styles';
import { focusField } from '../editing/save-errors';
import { useSave } from '../editing/use-save';
import {
  draftFrom,
  memberFormErrors,
  serverFieldText,
  valuesOf,
  type MemberFormErrors,
  type MemberFormMode,
  type MemberFormValues,
} from './member-form-values';
import { useLanguage, useTexts } from '../../texts/texts-context';
import { CodeOptions, SelectOptions } from '../SelectOptions';

export interface MemberFormProps {
  mode: MemberFormMode;
  /** The member and ETag as read (edit, reactivate). */
  entry?: SavedMember;
  roster: ManagerRosterView;
  api: ReturnType<typeof rosterApi>;
  onSaved: (saved: SavedMember, mode: MemberFormMode) => void;
  onCancel: () => void;
  /** Reads the roster afresh (after "changed by someone else"). */
  reload: () => Promise<ManagerRosterView>;
}

const FORM = 'member-form';
const idOf = (field: string) => `${FORM}-${field}`;

/** Add a person, edit a member, or bring a former member back: one form, the domain's rules checked as you save. */
export function MemberForm({ mode, entry, roster, api, onSaved, onCancel, reload }: MemberFormProps) {
  const styles = useFormStyles();
  const r = useTexts().roster;
  const e = useTexts().editing;
  const language = useLanguage();
  const t = useTexts().app;
  const [current, setCurrent] = useState<SavedMember | undefined>(entry);
  const [members, setMembers] = useState<Member[]>(() => roster.members.map((m) => m.member));
  const [values, setValues] = useState<MemberFormValues>(() => valuesOf(entry?.member, roster.today));
  const [errors, setErrors] = useState<MemberFormErrors>({});
  const save = useSave(idOf);

  const set = <K extends keyof MemberFormValues>(key: K, value: MemberFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((old) => ({ ...old, [key]: undefined }));
  };

  const heading =
    mode === 'add'
      ? r.addHeading
      : mode === 'edit'
        ? r.editHeading(current?.member.name ?? '')
        : r.reactivateHeading(current?.member.name ?? '');
  // Who this person could be personal deputy for: current voting members who stay at least as long.
  const asDeputy: Member = current
    ? { ...current.member, activeTo: mode === 'edit' ? current.member.activeTo : undefined }
    : memberFromDraft({ councilId: roster.council.id, tenantId: '', aadObjectId: values.aadObjectId.trim() }, draftFrom(values));
  const targets = deputyTargets(members, asDeputy, roster.today);
  // A stored choice that is no longer valid stays visible, so the secretary sees what to fix.
  const stored = members.find((m) => m.aadObjectId === values.deputyOf && !targets.includes(m));
  const deputyChoices = stored ? [...targets, stored] : targets;

  const send = (draft: MemberDraft): Promise<SavedMember> => {
    const councilId = roster.council.id;
    if (mode === 'add') return api.add(councilId, { ...draft, aadObjectId: values.aadObjectId.trim() });
    if (!current) return Promise.reject(new ApiError(404, 'notFound', 'The member is no longer on the roster'));
    const { member, etag } = current;
    return mode === 'edit'
      ? api.update(councilId, member.aadObjectId, draft, etag)
      : api.reactivate(councilId, member.aadObjectId, draft, etag);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (save.busy) return;
    save.clear();
    const found = memberFormErrors(
      values,
      { mode, roster: members, before: current?.member, councilId: roster.council.id, today: roster.today },
      r,
      e,
      language,
    );
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      save.refuse();
      focusField(idOf(first));
      return;
    }
    await save.save(() => send(draftFrom(values)), {
      onSaved: (saved) => onSaved(saved, mode),
      onFieldProblem: (field, problem) => setErrors({ [field]: serverFieldText(problem, e, language) }),
    });
  };

  const reloadNow = () =>
    save.reload(reload, (fresh) => {
      const again = fresh.members.find((m) => m.member.aadObjectId === current?.member.aadObjectId);
      setMembers(fresh.members.map((m) => m.member));
      setCurrent(again);
      if (again) setValues(valuesOf(again.member, fresh.today));
      setErrors({});
      return again ? undefined : e.notFound;
    });

  const field = (name: keyof MemberFormErrors) => ({
    validationMessage: errors[name],
    validationState: errors[name] ? ('error' as const) : ('none' as const),
  });

  return (
    <HeadedForm testId={FORM} headingId={`${FORM}-heading`} heading={heading} onSubmit={submit}>
      {mode === 'add' && <p className={styles.intro}>{r.addIntro}</p>}
      {mode === 'reactivate' && <p className={styles.intro}>{r.reactivateIntro}</p>}

      <Field label={r.fieldName} required {...field('name')}>
        <Input id={idOf('name')} value={values.name} onChange={(_ev, d) => set('name', d.value)} autoComplete="off" />
      </Field>
      {mode === 'add' && (
        <Field label={r.fieldAadObjectId} required hint={r.aadObjectIdHint} {...field('aadObjectId')}>
          <Input
            id={idOf('aadObjectId')}
            value={values.aadObjectId}
            onChange={(_ev, d) => set('aadObjectId', d.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </Field>
      )}
      <div className={styles.row}>
        <Field label={r.fieldRole} {...field('role')}>
          <Select id={idOf('role')} value={values.role} onChange={(_ev, d) => set('role', d.value as MemberFormValues['role'])}>
            <CodeOptions codes={ROLES} label={(role) => t.role[role]} />
          </Select>
        </Field>
        <Field label={r.fieldLanguage} {...field('language')}>
          <Select
            id={idOf('language')}
            value={values.language}
            onChange={(_ev, d) => set('language', d.value as MemberFormValues['language'])}
          >
            <option value="">{r.councilLanguage(r.languageNames[roster.council.language])}</option>
            <CodeOptions codes={LANGUAGES} label={(l) => r.languageNames[l]} />
          </Select>
        </Field>
      </div>
      {values.role === 'secretary' && (
        <Field {...field('votingMember')}>
          <Checkbox
            id={idOf('votingMember')}
            label={r.fieldVotingMember}
            checked={values.votingMember}
            onChange={(_ev, d) => set('votingMember', d.checked === true)}
          />
        </Field>
      )}
      <Field label={r.fieldOrganisation} {...field('organisation')}>
        <Input id={idOf('organisation')} value={values.organisation} onChange={(_ev, d) => set('organisation', d.value)} />
      </Field>
      <Field label={r.fieldTitle} hint={r.titleHint} {...field('title')}>
        <Input id={idOf('title')} value={values.title} onChange={(_ev, d) => set('title', d.value)} />
      </Field>
      <Field label={r.fieldDeputyOf} {...field('deputyOf')}>
        <Select id={idOf('deputyOf')} value={values.deputyOf} onChange={(_ev, d) => set('deputyOf', d.value)}>
          <option value="">{r.noDeputyOf}</option>
          <SelectOptions items={deputyChoices} value={(m) => m.aadObjectId} label={(m) => m.name} />
        </Select>
      </Field>
      <Field {...field('inDeputyPool')}>
        <Checkbox
          id={idOf('inDeputyPool')}
          label={r.fieldInDeputyPool}
          checked={values.inDeputyPool}
          onChange={(_ev, d) => set('inDeputyPool', d.checked === true)}
        />
      </Field>
      <Field {...field('editorialBoard')}>
        <Checkbox
          id={idOf('editorialBoard')}
          label={r.fieldEditorialBoard}
          checked={values.editorialBoard}
          onChange={(_ev, d) => set('editorialBoard', d.checked === true)}
        />
      </Field>
      <Field label={r.fieldActiveFrom} required {...field('activeFrom')}>
        <Input id={idOf('activeFrom')} type="date" value={values.activeFrom} onChange={(_ev, d) => set('activeFrom', d.value)} />
      </Field>
      {errors.activeTo && (
        <MessageBar intent="error" layout="multiline" id={idOf('activeTo')} tabIndex={-1}>
          <MessageBarBody>{errors.activeTo}</MessageBarBody>
        </MessageBar>
      )}

      <SaveBar save={save} onReload={() => void reloadNow()} label={e.save} testId="member-save" onCancel={onCancel} />
    </HeadedForm>
  );
}
