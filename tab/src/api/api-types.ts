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

export interface MeResponse {
  devMode: boolean;
  user: { aadObjectId: string; name: string; tenantId: string };
  councils: CouncilMembership[];
  /** Only in dev mode. */
  demoUsers?: DemoUser[];
}

export interface MeetingsResponse {
  meetings: Meeting[];
}

export type { Meeting, MeetingPackage };

/** A refusal: for `invalidValue`, `field` + `problem` + `params` (bot/src/domain/problem.ts); `message` is English for logs. */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string; problem?: unknown; params?: unknown };
}
