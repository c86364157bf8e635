import type { Catalogue } from '../../../../bot/src/texts/catalogue';
import { isCalendarDate } from '../../../../bot/src/domain/meeting-schedule';
import type { Language } from '../../../../bot/src/domain/language';
import { LIMITS } from '../../../../bot/src/domain/limits';
import type { Member, Role } from '../../../../bot/src/domain/member';
import type { Problem, ProblemCode } from '../../../../bot/src/domain/problem';
import { problemText } from '../../../../bot/src/texts/problem-text';
import { serverProblemText } from '../../texts/problem-text';
import {
  memberFromDraft,
  rosterChangeProblems,
  rosterProblem,
  type MemberDraft,
  type MemberField,
  type RosterProblem,
} from '../../../../bot/src/domain/roster-rules';

/** The member form's inputs, as strings and booleans ('' = left empty). */
export interface MemberFormValues {
  aadObjectId: string;
  name: string;
  role: Role;
  organisation: string;
  title: string;
  votingMember: boolean;
  deputyOf: string;
  inDeputyPool: boolean;
  editorialBoard: boolean;
  language: '' | Language;
  activeFrom: string;
}

export type MemberFormMode = 'add' | 'edit' | 'reactivate';
export type MemberFormErrors = Partial<Record<MemberField, string>>;

export function valuesOf(member: Member | undefined, today: string): MemberFormValues {
  return {
    aadObjectId: member?.aadObjectId ?? '',
    name: member?.name ?? '',
    role: member?.role ?? 'member',
    organisation: member?.organisation ?? '',
    title: member?.title ?? '',
    votingMember: member?.votingMember ?? false,
    deputyOf: member?.deputyOf ?? '',
    inDeputyPool: member?.inDeputyPool ?? false,
    editorialBoard: member?.editorialBoard ?? false,
    language: member?.language ?? '',
    activeFrom: member?.activeFrom ?? today,
  };
}

const blank = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

export function draftFrom(values: MemberFormValues): MemberDraft {
  const draft: MemberDraft = {
    name: values.name.trim(),
    role: values.role,
    inDeputyPool: values.inDeputyPool,
    editorialBoard: values.editorialBoard,
    activeFrom: values.activeFrom,
  };
  if (values.role === 'secretary') draft.votingMember = values.votingMember;
  const organisation = blank(values.organisation);
  const title = blank(values.title);
  const deputyOf = blank(values.deputyOf);
  if (organisation) draft.organisation = organisation;
  if (title) draft.title = title;
  if (deputyOf) draft.deputyOf = deputyOf;
  if (values.language !== '') draft.language = values.language;
  return draft;
}

const ID = /^[A-Za-z0-9._:@-]{1,64}$/;

export interface MemberFormContext {
  mode: MemberFormMode;
  roster: readonly Member[];
  /** The stored member (edit, reactivate). */
  before?: Member;
  councilId: string;
  today: string;
}

/** A roster rule's problem in words: the shared problem text, with the names it concerns. */
export function rosterProblemText(problem: RosterProblem, language: Language): string {
  return problemText(rosterProblem(problem), language);
}

/**
 * The same checks the server makes (the domain rules are shared), so the
 * secretary sees each problem next to its field before anything is sent.
 */
export function memberFormErrors(
  values: MemberFormValues,
  ctx: MemberFormContext,
  r: Catalogue['roster'],
  e: Catalogue['editing'],
  language: Language,
): MemberFormErrors {
  const errors: MemberFormErrors = {};
  const name = values.name.trim();
  if (name === '') errors.name = e.required;
  else if (name.length > LIMITS.name) errors.name = e.tooLong(LIMITS.name);
  if (values.organisation.trim().length > LIMITS.organisation) errors.organisation = e.tooLong(LIMITS.organisation);
  if (values.title.trim().length > LIMITS.organisation) errors.title = e.tooLong(LIMITS.organisation);
  if (!isCalendarDate(values.activeFrom)) errors.activeFrom = e.invalid;
  if (ctx.mode === 'add') {
    const id = values.aadObjectId.trim();
    if (id === '') errors.aadObjectId = e.required;
    else if (!ID.test(id)) errors.aadObjectId = r.invalidId;
    else if (ctx.roster.some((m) => m.aadObjectId === id))
      errors.aadObjectId = problemText({ problem: 'alreadyOnRoster' }, language);
  }
  if (Object.keys(errors).length > 0) return errors;

  const person = ctx.before ?? { councilId: ctx.councilId, tenantId: '', aadObjectId: values.aadObjectId.trim() };
  const activeTo = ctx.mode === 'edit' ? ctx.before?.activeTo : undefined;
  const after = memberFromDraft(person, draftFrom(values), activeTo);
  for (const problem of rosterChangeProblems(ctx.roster, ctx.before, after, ctx.today)) {
    errors[problem.field] ??= rosterProblemText(problem, language);
  }
  return errors;
}

/** A field the server refused (after the form's own checks passed, e.g. someone changed the roster meanwhile), by its problem code. */
export function serverFieldText(problem: Problem, e: Catalogue['editing'], language: Language): string {
  return serverProblemText(problem, ROSTER_PROBLEMS, e, language);
}

const ROSTER_PROBLEMS: readonly ProblemCode[] = [
  'alreadyOnRoster',
  'hasPersonalDeputies',
  'endBeforeStart',
  'selfDeputy',
  'deputyTargetInvalid',
  'deputyMustBeMember',
  'lastSecretary',
];
