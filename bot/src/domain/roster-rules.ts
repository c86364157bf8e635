import { InvalidValue } from './errors';
import { defaultVoting, isDeputy, type Member } from './member';
import type { Problem, ProblemCode } from './problem';
import { withSetFields } from './optional-fields';

/**
 * Rules for changing a council's roster by hand (the secretary's tab). The bot
 * follows the team's joins and leaves (roster-sync.ts); these rules keep what
 * the secretary sets consistent: deputies stand in for someone who can vote,
 * terms make sense, and someone is always left to run the council.
 */

export type MemberField =
  | 'aadObjectId'
  | 'name'
  | 'role'
  | 'organisation'
  | 'title'
  | 'votingMember'
  | 'deputyOf'
  | 'inDeputyPool'
  | 'editorialBoard'
  | 'language'
  | 'activeFrom'
  | 'activeTo';

/** The roster's problems: codes of the one vocabulary in problem.ts. */
export type RosterProblemCode = Extract<
  ProblemCode,
  /** The last day is before the first. */
  | 'endBeforeStart'
  /** A first or last day more than MEMBERSHIP_YEARS_AHEAD years from today (a typed 9999 would end access at once). */
  | 'tooFarAhead'
  /** A first or last day before EARLIEST_MEMBERSHIP_DAY: a typing slip (year 0), not a membership. */
  | 'invalid'
  | 'selfDeputy'
  /** The member a personal deputy stands in for is not an active voting member, or leaves before the deputy. */
  | 'deputyTargetInvalid'
  /** Only the role 'member' stands in for others (not chair, vice chair, secretary, observer). */
  | 'deputyMustBeMember'
  /** The change leaves personal deputies standing in for someone who can no longer be represented. */
  | 'hasPersonalDeputies'
  /** A council keeps at least one secretary whose membership has not been ended. */
  | 'lastSecretary'
>;

export interface RosterProblem {
  field: MemberField;
  code: RosterProblemCode;
  /** The other members concerned (personal deputies), by name. */
  names?: string[];
}

/** Not ended yet: no last day, or it is today or later. A member may start in the future. */
export function isCurrent(member: Member, today: string): boolean {
  return member.activeTo === undefined || member.activeTo >= today;
}

/** Counts in the quorum base: a voting role and flag, and not a deputy. Observers never vote. */
export function votes(member: Member): boolean {
  return member.votingMember && member.role !== 'observer' && !isDeputy(member);
}

/**
 * Whether `deputy` can be personal deputy for `target`: a different, current,
 * voting member of the same council, whose membership lasts at least as long
 * as the deputy's (a deputy must not outlive the member they stand in for).
 */
export function deputyFits(deputy: Member, target: Member, today: string): boolean {
  return (
    target.aadObjectId !== deputy.aadObjectId &&
    target.councilId === deputy.councilId &&
    votes(target) &&
    isCurrent(target, today) &&
    (target.activeTo === undefined || (deputy.activeTo !== undefined && deputy.activeTo <= target.activeTo))
  );
}

/** Members `deputy` could be personal deputy for, for the form's choice, by name. */
export function deputyTargets(roster: readonly Member[], deputy: Member, today: string): Member[] {
  return roster.filter((m) => deputyFits(deputy, m, today)).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/**
 * A secretary may or may not vote (the flag says); everyone else follows the
 * role, and a deputy votes only when standing in, so their own flag is off.
 */
export function withVotingRule(member: Member): Member {
  if (member.role === 'secretary') return member;
  return { ...member, votingMember: defaultVoting(member.role) && !isDeputy(member) };
}

/** Secretaries whose membership has not been ended: one must always remain. */
export function remainingSecretaries(roster: readonly Member[]): Member[] {
  return roster.filter((m) => m.role === 'secretary' && m.activeTo === undefined);
}

/** No council membership in Utvalg starts before this day. */
export const EARLIEST_MEMBERSHIP_DAY = '2000-01-01';
/** How far ahead a first or last day may be set; councils appoint for two to four years. */
export const MEMBERSHIP_YEARS_AHEAD = 10;

/** The same calendar day `years` years after `day` (YYYY-MM-DD); 29 February stays comparable as a string. */
function yearsAfter(day: string, years: number): string {
  return `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;
}

function subjectProblems(roster: readonly Member[], subject: Member, today: string, before?: Member): RosterProblem[] {
  const problems: RosterProblem[] = [];
  const latest = yearsAfter(today, MEMBERSHIP_YEARS_AHEAD);
  for (const field of ['activeFrom', 'activeTo'] as const) {
    const day = subject[field];
    if (day === undefined) continue;
    if (day < EARLIEST_MEMBERSHIP_DAY) problems.push({ field, code: 'invalid' });
    else if (day > latest) problems.push({ field, code: 'tooFarAhead' });
  }
  if (subject.activeTo !== undefined && subject.activeTo < subject.activeFrom) {
    problems.push({ field: 'activeTo', code: 'endBeforeStart' });
  }
  if (isCurrent(subject, today)) {
    if (subject.deputyOf === subject.aadObjectId) {
      problems.push({ field: 'deputyOf', code: 'selfDeputy' });
    } else if (subject.deputyOf !== undefined) {
      const target = roster.find((m) => m.aadObjectId === subject.deputyOf);
      if (!target || !deputyFits(subject, target, today)) problems.push({ field: 'deputyOf', code: 'deputyTargetInvalid' });
    }
    if (isDeputy(subject) && subject.role !== 'member') {
      problems.push({ field: subject.deputyOf !== undefined ? 'deputyOf' : 'inDeputyPool', code: 'deputyMustBeMember' });
    }
  }
  const stranded = roster.filter(
    (d) =>
      d.deputyOf === subject.aadObjectId &&
      d.aadObjectId !== subject.aadObjectId &&
      isCurrent(d, today) &&
      !deputyFits(d, subject, today),
  );
  if (stranded.length > 0) {
    problems.push({ field: strandingField(before, subject), code: 'hasPersonalDeputies', names: stranded.map((d) => d.name) });
  }
  return problems;
}

/** Which of the subject's own fields made their deputies stranded, so the form can show it there. */
function strandingField(before: Member | undefined, after: Member): MemberField {
  if (before === undefined) return 'role';
  if (before.activeTo !== after.activeTo) return 'activeTo';
  if (before.deputyOf !== after.deputyOf) return 'deputyOf';
  if (before.inDeputyPool !== after.inDeputyPool) return 'inDeputyPool';
  if (before.votingMember !== after.votingMember && before.role === after.role) return 'votingMember';
  return 'role';
}

/**
 * What a change to one member (`before` → `after`; `before` undefined for a
 * new member) would break. Only problems the change introduces count, so an
 * old inconsistency (e.g. written by an earlier version) never blocks fixing a
 * typo in someone's name, while nothing new may be made inconsistent.
 */
export function rosterChangeProblems(
  roster: readonly Member[],
  before: Member | undefined,
  after: Member,
  today: string,
): RosterProblem[] {
  const others = roster.filter((m) => m.aadObjectId !== after.aadObjectId);
  const rosterBefore = before ? [...others, before] : others;
  const rosterAfter = [...others, after];

  const existing = new Set<RosterProblemCode>(before ? subjectProblems(rosterBefore, before, today).map((p) => p.code) : []);
  if (remainingSecretaries(rosterBefore).length === 0) existing.add('lastSecretary');

  const found = subjectProblems(rosterAfter, after, today, before);
  if (remainingSecretaries(rosterAfter).length === 0) {
    found.push({ field: after.role !== 'secretary' ? 'role' : 'activeTo', code: 'lastSecretary' });
  }
  return found.filter((p) => !existing.has(p.code));
}

/** A roster problem as the one vocabulary's problem, with its parameters. */
export function rosterProblem(problem: RosterProblem): Problem {
  if (problem.code === 'hasPersonalDeputies') return { problem: problem.code, params: { names: problem.names ?? [] } };
  if (problem.code === 'tooFarAhead') return { problem: problem.code, params: { maxYears: MEMBERSHIP_YEARS_AHEAD } };
  return { problem: problem.code };
}

/** The English sentence logged for a problem; clients show their own words for the code. */
export function rosterReason(problem: RosterProblem): string {
  switch (problem.code) {
    case 'endBeforeStart':
      return 'the last day cannot be before the first day';
    case 'selfDeputy':
      return 'a member cannot be their own deputy';
    case 'deputyTargetInvalid':
      return "must be an active voting member of this council whose membership lasts at least as long as the deputy's";
    case 'deputyMustBeMember':
      return 'only members (not the chair, vice chair, secretary or an observer) can be deputies';
    case 'hasPersonalDeputies':
      return `${(problem.names ?? []).join(', ')} is personal deputy for this member: choose another member for them or end their membership first`;
    case 'lastSecretary':
      return 'the council must keep at least one secretary';
    case 'tooFarAhead':
      return `at most ${MEMBERSHIP_YEARS_AHEAD} years ahead`;
    case 'invalid':
      return `not before ${EARLIEST_MEMBERSHIP_DAY}`;
  }
}

/** Throws the first problem as an InvalidValue naming its field (400 over HTTP). */
export function assertRosterChange(roster: readonly Member[], before: Member | undefined, after: Member, today: string): void {
  const first = rosterChangeProblems(roster, before, after, today)[0];
  if (first) throw new InvalidValue(first.field, rosterProblem(first), rosterReason(first));
}

/** What the secretary sets for a member in the tab's form (identity and end date are handled apart). */
export interface MemberDraft {
  name: string;
  role: Member['role'];
  organisation?: string;
  title?: string;
  /** Only a secretary's flag is taken; other roles vote by their role. */
  votingMember?: boolean;
  deputyOf?: string;
  inDeputyPool: boolean;
  editorialBoard: boolean;
  /** Absent: the council's language. */
  language?: Member['language'];
  activeFrom: string;
}

/** The member row a draft describes, for a person (council, tenant, Entra id) and an end date if any. */
export function memberFromDraft(
  person: Pick<Member, 'councilId' | 'tenantId' | 'aadObjectId'>,
  draft: MemberDraft,
  activeTo?: string,
): Member {
  const member: Member = {
    councilId: person.councilId,
    tenantId: person.tenantId,
    aadObjectId: person.aadObjectId,
    name: draft.name,
    role: draft.role,
    votingMember: draft.votingMember ?? false,
    inDeputyPool: draft.inDeputyPool,
    editorialBoard: draft.editorialBoard,
    activeFrom: draft.activeFrom,
  };
  withSetFields(member, { ...draft, activeTo }, ['organisation', 'title', 'deputyOf', 'language', 'activeTo']);
  return withVotingRule(member);
}

/** The form's values for a stored member. */
export function draftOf(member: Member): MemberDraft {
  const draft: MemberDraft = {
    name: member.name,
    role: member.role,
    votingMember: member.votingMember,
    inDeputyPool: member.inDeputyPool,
    editorialBoard: member.editorialBoard,
    activeFrom: member.activeFrom,
  };
  return withSetFields(draft, member, ['organisation', 'title', 'deputyOf', 'language']);
}
