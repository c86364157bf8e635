// Attendance and written input (bot/src/http/routes/attendance-routes.ts, input-request-routes.ts).
import type { AttendanceOverview } from '../domain/attendance-overview';
import type { InputAnswersOverview, InputRequestAnswers, Person } from '../domain/input-answers';
import type { InputRequest } from '../domain/input-request';
import type { Meeting } from '../domain/meeting';
import type { Role } from '../domain/member';

export interface AttendanceOverviewResponse extends AttendanceOverview {
  timeZone: string;
  canManage: boolean;
}

export interface InputRequestChoices {
  members: { memberId: string; name: string; role: Role; deputy: boolean }[];
  items: { id: string; heading: string }[];
}

export interface InputRequestsResponse extends InputAnswersOverview {
  meeting: Meeting;
  timeZone: string;
  canManage: boolean;
  /** `etag` is there for the secretary and the chair: send it back as If-Match when changing the request. */
  requests: (InputRequestAnswers & { etag?: string })[];
  choices?: InputRequestChoices;
}

/** What the form sends. An empty `askedMemberIds` asks everyone. */
export interface InputRequestBody {
  questions: { text: string }[];
  deadline: string;
  agendaItemId?: string;
  askedMemberIds: string[];
}

export interface NoticeReport {
  sent: Person[];
  couldNotReach: Person[];
}

export interface SavedInputRequestResponse {
  request: InputRequest;
  etag: string;
  notified: NoticeReport;
}

export interface ClosedInputRequestResponse {
  request: InputRequest;
  etag: string;
}
