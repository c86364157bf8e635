import type { ApiClient } from '../api/api-client';
import type { CouncilMembership, MeResponse } from '../../../bot/src/contracts/me';

/**
 * The tab's views by their id in the address (#/<id>/<param>). Kept apart
 * from the registry, which imports every view, so a view can link to another
 * without importing the registry that imports it.
 */
export const VIEW_IDS = {
  upcoming: 'upcoming',
  meetings: 'meetings',
  package: 'package',
  proposals: 'proposals',
  agenda: 'agenda',
  attendance: 'attendance',
  inputs: 'inputs',
  minutes: 'minutes',
  roster: 'roster',
  settings: 'settings',
  calendar: 'calendar',
} as const;

export type ViewId = (typeof VIEW_IDS)[keyof typeof VIEW_IDS];

/** What every view of the tab gets from the shell. */
export interface ViewContext {
  client: ApiClient;
  me: MeResponse;
  /** The council shown (the person is an active member of it). */
  council: CouncilMembership;
  /** Secretary or chair: may change and publish. The server checks again on every call. */
  canManage: boolean;
  /** Opens another view, e.g. from a meeting in a list to its agenda. `param` is view-specific (a meeting id). */
  navigate: (viewId: ViewId, param?: string) => void;
  /** The view-specific parameter from the address (#/view/param). */
  param?: string;
}
