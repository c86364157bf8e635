import type { Catalogue } from '../../../../bot/src/texts/catalogue';
import { LIMITS } from '../../../../bot/src/domain/limits';
import type { Meeting } from '../../../../bot/src/domain/meeting';
import type { Language } from '../../../../bot/src/domain/language';
import type { Problem, ProblemCode } from '../../../../bot/src/domain/problem';
import { problemText } from '../../../../bot/src/texts/problem-text';
import { serverProblemText } from '../../texts/problem-text';
import {
  defaultDeadlines,
  hasPlaceOrLink,
  localInstant,
  resolveSchedule,
  scheduleProblem,
  toLocalDateTime,
  toLocalSchedule,
  type ScheduleCheck,
  type ScheduleField,
  type ScheduleProblemCode,
} from '../../../../bot/src/domain/meeting-schedule';
import type { MeetingFormValues } from '../../api/meetings-api';

/** The meeting form's inputs, all strings as the inputs hold them ('' = empty). */
export interface MeetingFormState {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  onlineLink: string;
  proposalDeadline: string;
  noticeDeadline: string;
}

export type MeetingField = ScheduleField | 'place' | 'onlineLink';
export type MeetingFormErrors = Partial<Record<MeetingField, string>>;

export const NEW_MEETING: MeetingFormState = {
  date: '',
  startTime: '10:00',
  endTime: '12:00',
  place: '',
  onlineLink: '',
  proposalDeadline: '',
  noticeDeadline: '',
};

export function stateOf(meeting: Meeting, zone: string): MeetingFormState {
  return { ...toLocalSchedule(meeting, zone), place: meeting.place ?? '', onlineLink: meeting.onlineLink ?? '' };
}

/** The default deadlines for the date and start in the form, as form values; undefined until both are valid. */
export function defaultDeadlineState(
  state: Pick<MeetingFormState, 'date' | 'startTime'>,
  zone: string,
): Pick<MeetingFormState, 'proposalDeadline' | 'noticeDeadline'> | undefined {
  const start = localInstant(state.date, state.startTime, zone);
  if (!start.ok) return undefined;
  const d = defaultDeadlines(start.instant.toUTC().toISO() ?? '', zone);
  return { proposalDeadline: toLocalDateTime(d.proposalDeadline, zone), noticeDeadline: toLocalDateTime(d.noticeDeadline, zone) };
}

export function bodyOf(state: MeetingFormState): MeetingFormValues {
  const body: MeetingFormValues = {
    date: state.date,
    startTime: state.startTime,
    endTime: state.endTime,
    proposalDeadline: state.proposalDeadline,
    noticeDeadline: state.noticeDeadline,
  };
  if (state.place.trim() !== '') body.place = state.place.trim();
  if (state.onlineLink.trim() !== '') body.onlineLink = state.onlineLink.trim();
  return body;
}

const URL = /^https?:\/\/[^\s]+$/i;

/** The server's checks, run in the browser so each problem shows next to its field at once. */
export function meetingFormErrors(
  state: MeetingFormState,
  zone: string,
  check: ScheduleCheck,
  m: Catalogue['meetings'],
  e: Catalogue['editing'],
  language: Language,
): MeetingFormErrors {
  const errors: MeetingFormErrors = {};
  if (state.date === '') errors.date = e.required;
  const result = resolveSchedule(
    {
      date: state.date,
      startTime: state.startTime,
      endTime: state.endTime,
      proposalDeadline: state.proposalDeadline,
      noticeDeadline: state.noticeDeadline,
    },
    zone,
    check,
  );
  if (!result.ok) for (const p of result.problems) errors[p.field] ??= scheduleText(p.code, m, language);
  if (!hasPlaceOrLink(state.place, state.onlineLink)) errors.place = problemText({ problem: 'placeOrLinkRequired' }, language);
  if (state.place.trim().length > LIMITS.place) errors.place = e.tooLong(LIMITS.place);
  const link = state.onlineLink.trim();
  if (link !== '' && (!URL.test(link) || link.length > LIMITS.url))
    errors.onlineLink = problemText({ problem: 'notUrl' }, language);
  return errors;
}

/** A field the server refused after the form's own checks passed, worded by its problem code. */
export function serverFieldText(problem: Problem, m: Catalogue['meetings'], e: Catalogue['editing'], language: Language): string {
  return problem.problem === 'invalid' ? m.invalidDateTime : serverProblemText(problem, SCHEDULE_PROBLEMS, e, language);
}

const SCHEDULE_PROBLEMS: readonly ProblemCode[] = [
  'notUrl',
  'notHttpsUrl',
  'yearLocked',
  'placeOrLinkRequired',
  'timeDoesNotExist',
  'endNotAfterStart',
  'deadlineNotBeforeStart',
  'startInPast',
  'tooFarAhead',
];

/** A schedule problem in words: the shared problem text, except 'invalid', which this form says as "not a date or time". */
function scheduleText(code: ScheduleProblemCode, m: Catalogue['meetings'], language: Language): string {
  return code === 'invalid' ? m.invalidDateTime : problemText(scheduleProblem(code), language);
}
