// Shapes of the tab's JSON API (bot/src/http). Domain types come from bot/src/domain.
import type { Language } from '../../../bot/src/domain/language';
import type { Meeting } from '../../../bot/src/domain/meeting';
import type { MeetingPackage } from '../../../bot/src/domain/meeting-package';
import type { Role } from '../../../bot/src/domain/member';

export interface CouncilMembership {
  id: string;
  name: string;
  role: Role;
  language: Language;
}

export interface DemoUser {
  aadObjectId: string;
  name: string;
  role: Role;
}

/** Dev mode only (GET /api/dev/people): one council's people for the picker, in the council's tenant. */
export interface DevCouncilPeople {
  councilId: string;
  councilName: string;
  tenantId: string;
  people: DemoUser[];
}

export interface DevPeopleResponse {
  councils: DevCouncilPeople[];
}

/** Dev mode only, when the server runs on a dev clock: its settings and its time when it answered. */
export interface DevClock {
  start?: string;
  speed: number;
  now: string;
}

export interface MeResponse {
  devMode: boolean;
  user: { aadObjectId: string; name: string; tenantId: string };
  councils: CouncilMembership[];
  devClock?: DevClock;
}

export interface MeetingsResponse {
  meetings: Meeting[];
}

export type { Meeting, MeetingPackage };

/** A refusal: for `invalidValue`, `field` + `problem` + `params` (bot/src/domain/problem.ts); `message` is English for logs. */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string; problem?: unknown; params?: unknown };
}
