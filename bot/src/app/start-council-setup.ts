import type { Council } from '../domain/council';
import type { Installer, PendingSetup } from '../domain/council-setup';
import type { Language } from '../domain/language';
import { LIMITS } from '../domain/limits';
import { cleanText, normaliseName } from '../domain/roster-sync';
import type { AppDeps } from './deps';

export interface CouncilSetupRequest {
  tenantId: string;
  teamId: string;
  teamName?: string;
  channelId?: string;
  installer: Installer;
  language: Language;
}

export type CouncilSetupStart = { state: 'linked'; council: Council } | { state: 'pending'; setup: PendingSetup };

/**
 * Someone added Utvalg to a team or asked for setup there. A team that already
 * has a council keeps it; otherwise this person becomes the one who may
 * confirm the setup (replacing anyone who asked before).
 */
export async function startCouncilSetup(deps: AppDeps, request: CouncilSetupRequest): Promise<CouncilSetupStart> {
  const linked = await deps.councils.findByTeam(request.tenantId, request.teamId);
  if (linked) return { state: 'linked', council: linked.value };
  const setup: PendingSetup = {
    tenantId: request.tenantId,
    teamId: request.teamId,
    installer: { ...request.installer, name: normaliseName(request.installer.name, '?') },
    language: request.language,
    startedAt: deps.clock().toISOString(),
  };
  const teamName = cleanText(request.teamName, LIMITS.councilName);
  if (teamName !== '') setup.teamName = teamName;
  if (request.channelId !== undefined) setup.channelId = request.channelId;
  await deps.councils.savePendingSetup(setup);
  return { state: 'pending', setup };
}
