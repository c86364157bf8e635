import { apologiesChoice } from '../domain/attendance';
import { viewAttendance } from '../app/use-cases/answer-attendance';
import { languageFor } from '../app/use-cases/language-for';
import { meetingsForMember } from '../app/use-cases/meetings-for-member';
import { textsFor } from '../texts/catalogue';
import { principalOf } from './activity-principal';
import { attendanceCardFor } from './attendance-actions';
import type { CommandHandler, CommandRequest } from './command-request';
import { sendResult } from './send-card';

/** The attendance card for each council's next meeting that still takes answers. */
async function sendAttendanceCards({ turn, deps }: CommandRequest, apologies = false): Promise<void> {
  const principal = principalOf(turn.activity);
  const { memberships, meetings } = await meetingsForMember(deps, { principal, purpose: 'attendance' });
  if (meetings.length === 0) {
    const t = textsFor((await languageFor(deps, { principal, locale: turn.activity.locale })).language).cards;
    await turn.sendActivity(memberships.length === 0 ? t.noCouncil : t.noUpcomingMeeting);
    return;
  }
  const nextPerCouncil = memberships
    .map((ms) => meetings.find((m) => m.membership.council.id === ms.council.id))
    .filter((m) => m !== undefined);
  for (const { membership, meeting } of nextPerCouncil) {
    const result = await viewAttendance(deps, { principal, councilId: membership.council.id, meetingId: meeting.id });
    const preselect = apologies ? apologiesChoice(result.attendance?.answer) : undefined;
    await sendResult(turn, attendanceCardFor(result, { preselect }));
  }
}

/** "oppmøte" / "attendance". */
export const attendanceCommand: CommandHandler = (request) => sendAttendanceCards(request);

/** "forfall" / "apologies": the same card with apologies already chosen (or the deputy, if one is already sent). */
export const apologiesCommand: CommandHandler = (request) => sendAttendanceCards(request, true);
