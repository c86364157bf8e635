// GET /api/me, GET /api/councils/:councilId/meetings and the dev picker (bot/src/http/routes/me-routes.ts, meeting-routes.ts, dev-routes.ts).
import type { Language } from '../domain/language';
import type { Meeting } from '../domain/meeting';
import type { Role } from '../domain/member';

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
