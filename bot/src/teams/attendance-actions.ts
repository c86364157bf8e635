import { answerAttendance, viewAttendance, type AttendanceResult } from '../app/use-cases/answer-attendance';
import { languageOf, membersOf } from '../app/scope/request-scope';
import { attendanceCard, ATTENDANCE_FIELDS } from '../cards/attendance-card';
import { keptValues } from '../cards/field-errors';
import { meetingPlaceText, meetingTimeText } from '../cards/meeting-format';
import { acceptsAttendance, type AttendanceAnswer } from '../domain/attendance';
import { calendarDate } from '../domain/calendar-date';
import { deputyOptions } from '../domain/deputy-options';
import { InvalidValue } from '../domain/errors';
import { attendanceSubmissionSchema, parseMeetingRef, type AttendanceSubmission } from '../schemas/card-payloads';
import { fieldProblems, type FieldProblem } from '../schemas/field-problems';
import type { CardActionHandler, CardActionResult } from './card-action';

interface CardState {
  saved?: boolean;
  values?: Record<string, string>;
  problems?: FieldProblem[];
  /** Start on this choice instead of the stored one ("forfall" starts on apologies). */
  preselect?: AttendanceAnswer['kind'];
}

/** The attendance card for a member and meeting, showing their stored answer. */
export function attendanceCardFor(result: AttendanceResult, state: CardState = {}): CardActionResult {
  const { scope, attendance } = result;
  const { me: member, now } = scope;
  const council = scope.council.value;
  const meeting = scope.meeting.value;
  const roster = membersOf(scope);
  // The scope has checked the member in this council: their language is known without another read.
  const language = languageOf(scope);
  const meetingDate = calendarDate(meeting.startsAt, council.timeZone);
  const deputies = deputyOptions(roster, member.aadObjectId, meetingDate).map((d) => ({
    aadObjectId: d.aadObjectId,
    name: d.name,
    personal: d.deputyOf === member.aadObjectId,
  }));
  const answer = attendance?.answer;
  const deputyName = answer?.kind === 'deputy' ? roster.find((m) => m.aadObjectId === answer.deputyId)?.name : undefined;
  const values = state.values ?? (state.preselect ? { choice: state.preselect } : undefined);
  return {
    card: attendanceCard({
      language,
      councilId: council.id,
      meetingId: meeting.id,
      meetingTime: meetingTimeText(meeting, council, language),
      place: meetingPlaceText(meeting),
      ...(answer !== undefined && { answer }),
      ...(deputyName !== undefined && { deputyName }),
      deputies,
      open: acceptsAttendance(meeting, now),
      saved: state.saved ?? false,
      ...(values !== undefined && { values }),
      problems: state.problems ?? [],
    }),
  };
}

/** A button on another card ("Svar på oppmøte"): the attendance card for that meeting. */
export const openAttendanceAction: CardActionHandler = async ({ deps, principal, data }) => {
  const ref = parseMeetingRef(data);
  const result = await viewAttendance(deps, { principal, councilId: ref.councilId, meetingId: ref.meetingId });
  return attendanceCardFor(result);
};

function answerOf(submission: AttendanceSubmission): AttendanceAnswer {
  switch (submission.choice) {
    case 'apologies':
      if (submission.reason === undefined) return { kind: 'apologies' };
      return submission.reasonInMinutes === 'true'
        ? { kind: 'apologies', reason: submission.reason, reasonInMinutes: true }
        : { kind: 'apologies', reason: submission.reason };
    case 'deputy':
      return { kind: 'deputy', deputyId: submission.deputyId ?? '' };
    default:
      return { kind: submission.choice };
  }
}

/**
 * The answer. Invalid input comes back on the same card with the problem next
 * to the field; a redelivered press shows the stored answer without writing
 * (so an old delivery can never overwrite a newer answer).
 */
export const answerAttendanceAction: CardActionHandler = async ({ deps, principal, data, duplicate }) => {
  const ref = parseMeetingRef(data);
  if (duplicate) {
    return attendanceCardFor(await viewAttendance(deps, { principal, councilId: ref.councilId, meetingId: ref.meetingId }), {
      saved: true,
    });
  }
  const parsed = attendanceSubmissionSchema.safeParse(data);
  const problemCard = async (problems: FieldProblem[]) =>
    attendanceCardFor(await viewAttendance(deps, { principal, councilId: ref.councilId, meetingId: ref.meetingId }), {
      values: keptValues(ATTENDANCE_FIELDS, data),
      problems,
    });
  if (!parsed.success) return problemCard(fieldProblems(parsed.error));
  try {
    const result = await answerAttendance(deps, {
      principal,
      councilId: ref.councilId,
      meetingId: ref.meetingId,
      answer: answerOf(parsed.data),
    });
    return attendanceCardFor(result, { saved: true });
  } catch (error) {
    if (error instanceof InvalidValue && error.field === 'deputyId')
      return problemCard([{ field: 'deputyId', problem: 'notChosen' }]);
    throw error;
  }
};
