/** The API paths of the calendar files (bot/src/http/routes/calendar-routes.ts). */
const id = encodeURIComponent;

export const meetingCalendarPath = (councilId: string, meetingId: string): string =>
  `/api/councils/${id(councilId)}/meetings/${id(meetingId)}/meeting.ics`;

export const yearCalendarPath = (councilId: string, year: number): string =>
  `/api/councils/${id(councilId)}/calendar/${year}.ics`;
