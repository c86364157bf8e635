import type { AttendanceAnswer } from '../domain/attendance';
import type { Language } from '../domain/language';
import { LIMITS } from '../domain/limits';
import type { FieldProblem } from '../schemas/field-problems';
import template from './attendance-card.json';
import { textsFor } from '../texts/catalogue';
import { problemText } from '../texts/problem-text';
import { bindCard, textData, type AdaptiveCard } from './bind-card';
import { fieldErrorTexts } from './field-errors';

export const ATTENDANCE_FIELDS = ['choice', 'reason', 'reasonInMinutes', 'deputyId'] as const;

export interface DeputyChoice {
  aadObjectId: string;
  name: string;
  personal: boolean;
}

export interface AttendanceCardData {
  language: Language;
  councilId: string;
  meetingId: string;
  meetingTime: string;
  place?: string;
  /** The stored answer, if any, with the deputy's name resolved. */
  answer?: AttendanceAnswer;
  deputyName?: string;
  deputies: DeputyChoice[];
  /** Whether the answer can still be changed (until the meeting starts). */
  open: boolean;
  /** Just saved: say so at the top. */
  saved: boolean;
  /** Values to put back in the inputs (after a problem), else the stored answer. */
  values?: Partial<Record<(typeof ATTENDANCE_FIELDS)[number], string>>;
  problems: FieldProblem[];
}

/** One card to give or change an attendance answer; it shows the current answer too. */
export function attendanceCard(data: AttendanceCardData): AdaptiveCard {
  const { attendanceCard: t, cards: common } = textsFor(data.language);
  const current =
    data.answer === undefined
      ? t.states.notAnswered
      : data.answer.kind === 'deputy' && data.deputyName
        ? t.deputyNamed(data.deputyName)
        : t.states[data.answer.kind];
  const fromAnswer = {
    choice: data.answer?.kind ?? '',
    reason: data.answer?.kind === 'apologies' ? (data.answer.reason ?? '') : '',
    // Default no: a reason is often health information, in the minutes only when the member says so.
    reasonInMinutes: data.answer?.kind === 'apologies' && data.answer.reasonInMinutes === true ? 'true' : 'false',
    deputyId: data.answer?.kind === 'deputy' ? data.answer.deputyId : (data.deputies[0]?.aadObjectId ?? ''),
  };
  const values = Object.fromEntries(ATTENDANCE_FIELDS.map((f) => [f, data.values?.[f] ?? fromAnswer[f]]));
  return bindCard(template, {
    lang: data.language,
    t: textData(t),
    councilId: data.councilId,
    meetingId: data.meetingId,
    meetingTime: data.meetingTime,
    place: data.place ?? '',
    open: data.open,
    savedText: data.saved ? t.saved : '',
    formProblem: data.problems.length > 0 ? common.fixBelow : '',
    problemRequired: problemText({ problem: 'required' }, data.language),
    currentText: t.current(current),
    choices: (['attend', 'remote', 'apologies', 'deputy'] as const).map((k) => ({ title: t[k], value: k })),
    deputies: data.deputies.map((d) => ({
      title: d.personal ? t.personalDeputy(d.name) : t.poolDeputy(d.name),
      value: d.aadObjectId,
    })),
    values,
    errors: fieldErrorTexts(ATTENDANCE_FIELDS, data.problems, data.language),
    maxReason: LIMITS.reason,
  });
}
