/**
 * What is wrong with a value, as a code with parameters: the one vocabulary
 * the server sends (`{ error: { field, problem, params } }`), cards show under
 * an input, and the tab translates. Clients decide on `problem`, never on the
 * English `message` (that is for logs), so rewording a sentence changes no
 * behaviour. Schedule, roster and settings rules name their codes from here.
 */
export type Problem =
  // Any field
  | { problem: 'required' }
  | { problem: 'tooLong'; params: { max: number } }
  | { problem: 'tooMany'; params: { max: number } }
  | { problem: 'tooFew'; params: { min: number } }
  | { problem: 'tooSmall'; params: { min: number } }
  | { problem: 'tooLarge'; params: { max: number } }
  | { problem: 'notNumber' }
  | { problem: 'notUrl' }
  | { problem: 'notHttpsUrl' }
  | { problem: 'notChosen' }
  | { problem: 'controlCharacters' }
  | { problem: 'unknownField' }
  | { problem: 'invalid' }
  // The request itself
  | { problem: 'notJson' }
  | { problem: 'tooMuchData' }
  /** A value too large to store as a whole, though each of its fields is within its own limit. */
  | { problem: 'tooMuchText'; params: { max: number } }
  | { problem: 'ifMatchRequired' }
  | { problem: 'ifMatchMalformed' }
  | { problem: 'agendaFull'; params: { max: number } }
  // Times (meeting-schedule.ts, input-request-rules.ts)
  | { problem: 'timeDoesNotExist' }
  | { problem: 'endNotAfterStart' }
  | { problem: 'deadlineNotBeforeStart' }
  | { problem: 'startInPast' }
  | { problem: 'tooFarAhead'; params: { maxYears: number } }
  | { problem: 'notInFuture' }
  | { problem: 'afterMeetingStart' }
  | { problem: 'yearLocked'; params: { year: number } }
  | { problem: 'placeOrLinkRequired' }
  // Roster (roster-rules.ts)
  | { problem: 'endBeforeStart' }
  | { problem: 'selfDeputy' }
  | { problem: 'deputyTargetInvalid' }
  | { problem: 'deputyMustBeMember' }
  | { problem: 'hasPersonalDeputies'; params: { names: string[] } }
  | { problem: 'lastSecretary' }
  | { problem: 'alreadyOnRoster' }
  | { problem: 'notEnded' }
  // Settings and setup (council-settings.ts, set-up-council.ts)
  | { problem: 'unknownTimeZone' }
  | { problem: 'quorumAboveVotingMembers' }
  | { problem: 'yearNotCurrentOrNext' }
  | { problem: 'belowTakenNumbers'; params: { lowestFree: number } }
  | { problem: 'notRegionalCouncil' }
  // References to other records
  | { problem: 'notOnAgenda' }
  | { problem: 'notMemberOnDate' }
  | { problem: 'notLaterOpenMeeting' }
  | { problem: 'notYourDeputy' }
  | { problem: 'notYours' }
  | { problem: 'otherMeeting' }
  | { problem: 'duplicate' }
  | { problem: 'idTaken' }
  // State that forbids the change
  | { problem: 'lockedByAnswers' }
  | { problem: 'requestClosed' }
  | { problem: 'standardItemFixed' }
  | { problem: 'noCaseNumber' }
  | { problem: 'nothingToPublish' }
  | { problem: 'noChanges' }
  | { problem: 'notPublished' }
  // Holding the meeting and its minutes (meeting-holding.ts, minutes-approval.ts)
  | { problem: 'noticeNotSent' }
  | { problem: 'notStartedYet' }
  | { problem: 'notSentForApproval' }
  | { problem: 'notApprovedYet' }
  | { problem: 'unchanged' }
  // Follow-ups (follow-up.ts)
  | { problem: 'alreadyDone' };

export type ProblemCode = Problem['problem'];

/** The parameters a problem code carries (`{}` for none). */
export type ProblemParams<C extends ProblemCode> =
  Extract<Problem, { problem: C }> extends { params: infer P } ? P : Record<string, never>;

/** A problem with its parameters as they travel: `params` always present, `{}` when there are none. */
export function paramsOf(problem: Problem): Record<string, unknown> {
  return 'params' in problem ? problem.params : {};
}

/** A problem next to the field it is about (a form input's id, or a body path like `questions.0.text`). */
export type FieldProblem = { field: string } & Problem;

/** Every code, for parsing what a client receives. */
export const PROBLEM_CODES = [
  'required',
  'tooLong',
  'tooMany',
  'tooFew',
  'tooSmall',
  'tooLarge',
  'notNumber',
  'notUrl',
  'notHttpsUrl',
  'notChosen',
  'controlCharacters',
  'unknownField',
  'invalid',
  'notJson',
  'tooMuchData',
  'tooMuchText',
  'ifMatchRequired',
  'ifMatchMalformed',
  'agendaFull',
  'timeDoesNotExist',
  'endNotAfterStart',
  'deadlineNotBeforeStart',
  'startInPast',
  'tooFarAhead',
  'notInFuture',
  'afterMeetingStart',
  'yearLocked',
  'placeOrLinkRequired',
  'endBeforeStart',
  'selfDeputy',
  'deputyTargetInvalid',
  'deputyMustBeMember',
  'hasPersonalDeputies',
  'lastSecretary',
  'alreadyOnRoster',
  'notEnded',
  'unknownTimeZone',
  'quorumAboveVotingMembers',
  'yearNotCurrentOrNext',
  'belowTakenNumbers',
  'notRegionalCouncil',
  'notOnAgenda',
  'notMemberOnDate',
  'notLaterOpenMeeting',
  'notYourDeputy',
  'notYours',
  'otherMeeting',
  'duplicate',
  'idTaken',
  'lockedByAnswers',
  'requestClosed',
  'standardItemFixed',
  'noCaseNumber',
  'nothingToPublish',
  'noChanges',
  'notPublished',
  'noticeNotSent',
  'notStartedYet',
  'notSentForApproval',
  'notApprovedYet',
  'unchanged',
  'alreadyDone',
] as const satisfies readonly ProblemCode[];

/** The parameters each code carries and their types; a code not listed carries none. */
const PARAM_KINDS: { [C in ProblemCode]?: Record<string, 'number' | 'strings'> } = {
  tooLong: { max: 'number' },
  tooMany: { max: 'number' },
  agendaFull: { max: 'number' },
  tooFew: { min: 'number' },
  tooSmall: { min: 'number' },
  tooLarge: { max: 'number' },
  tooMuchText: { max: 'number' },
  tooFarAhead: { maxYears: 'number' },
  yearLocked: { year: 'number' },
  hasPersonalDeputies: { names: 'strings' },
  belowTakenNumbers: { lowestFree: 'number' },
};

const isCode = (value: unknown): value is ProblemCode =>
  typeof value === 'string' && (PROBLEM_CODES as readonly string[]).includes(value);

/**
 * A problem read from untrusted data (a response body, a refinement's
 * params): a known code with parameters of the right types, or undefined.
 */
export function readProblem(code: unknown, params: unknown): Problem | undefined {
  if (!isCode(code)) return undefined;
  const kinds = PARAM_KINDS[code];
  if (kinds === undefined) return { problem: code } as Problem;
  if (typeof params !== 'object' || params === null) return undefined;
  const given = params as Record<string, unknown>;
  const read: Record<string, number | string[]> = {};
  for (const [name, kind] of Object.entries(kinds)) {
    const value = given[name];
    if (kind === 'number' && typeof value === 'number' && Number.isFinite(value)) read[name] = value;
    else if (kind === 'strings' && Array.isArray(value) && value.every((v) => typeof v === 'string')) read[name] = value;
    else return undefined;
  }
  return { problem: code, params: read } as Problem;
}

// Compile-time check that the list names every code.
type Missing = Exclude<ProblemCode, (typeof PROBLEM_CODES)[number]>;
export type ProblemCodesComplete = [Missing] extends [never] ? true : never;
const _complete: ProblemCodesComplete = true;
void _complete;
