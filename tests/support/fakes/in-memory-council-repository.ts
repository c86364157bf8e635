/* eslint-disable @typescript-eslint/require-await -- the ports are async; a fake answers at once, and still rejects rather than throws. */
import { z } from 'zod';
import type { CouncilRepository, Versioned } from '../../../bot/src/app/ports';
import type { Council } from '../../../bot/src/domain/council';
import type { PendingSetup } from '../../../bot/src/domain/council-setup';
import { ConcurrentEdit, InvalidValue } from '../../../bot/src/domain/errors';
import { councilSchema } from '../../../bot/src/schemas/domain-schemas';
import { pendingSetupSchema } from '../../../bot/src/storage/table-council-index';
import { VersionedRows } from './versioned-rows';

const teamIdSchema = z.string().min(1).max(200);

/** Councils in memory, with the team link, the regional list and pending setups the council index keeps. */
export class InMemoryCouncilRepository implements CouncilRepository {
  private readonly councils = new VersionedRows<Council>(councilSchema, 'council');
  /** `${tenantId}~${teamId}` → council id. */
  private readonly teamLinks = new Map<string, string>();
  /** `${tenantId}` → ids of councils that were saved as regional. */
  private readonly regional = new Map<string, Set<string>>();
  private readonly pending = new VersionedRows<PendingSetup>(pendingSetupSchema, 'pending setup');

  async get(councilId: string): Promise<Versioned<Council> | undefined> {
    return this.councils.get(councilId, 'council');
  }

  async create(council: Council): Promise<Versioned<Council>> {
    this.councils.validate(council);
    if (council.kind === 'regional') this.addRegional(council);
    return this.councils.create(council.id, 'council', council);
  }

  async update(council: Council, etag: string): Promise<Versioned<Council>> {
    this.councils.validate(council);
    if (council.kind === 'regional') this.addRegional(council);
    return this.councils.update(council.id, 'council', council, etag);
  }

  async findByTeam(tenantId: string, teamId: string): Promise<Versioned<Council> | undefined> {
    const councilId = this.teamLinks.get(teamKey(tenantId, teamId));
    if (councilId === undefined) return undefined;
    const council = await this.get(councilId);
    return council?.value.tenantId === tenantId ? council : undefined;
  }

  async linkTeam(council: Council): Promise<void> {
    if (council.teamId === undefined) throw new Error(`Council ${council.id} has no team to link`);
    const key = teamKey(council.tenantId, council.teamId);
    const linked = this.teamLinks.get(key);
    if (linked === undefined) this.teamLinks.set(key, council.id);
    else if (linked !== council.id) throw new ConcurrentEdit('team link');
  }

  async listRegional(tenantId: string): Promise<Council[]> {
    const ids = [...(this.regional.get(tenantId) ?? [])];
    return ids
      .flatMap((id) => {
        const council = this.councils.get(id, 'council')?.value;
        return council !== undefined && council.kind === 'regional' && council.tenantId === tenantId ? [council] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }

  async listAll(): Promise<Council[]> {
    return this.councils.listAll().map((c) => c.value);
  }

  async getPendingSetup(tenantId: string, teamId: string): Promise<Versioned<PendingSetup> | undefined> {
    return this.pending.get(tenantId, checkedTeamId(teamId));
  }

  async createPendingSetup(setup: PendingSetup): Promise<Versioned<PendingSetup>> {
    return this.pending.create(setup.tenantId, checkedTeamId(setup.teamId), setup);
  }

  async updatePendingSetup(setup: PendingSetup, etag: string): Promise<Versioned<PendingSetup>> {
    return this.pending.update(setup.tenantId, checkedTeamId(setup.teamId), setup, etag);
  }

  private addRegional(council: Council): void {
    const ids = this.regional.get(council.tenantId) ?? new Set<string>();
    ids.add(council.id);
    this.regional.set(council.tenantId, ids);
  }
}

function checkedTeamId(teamId: string): string {
  if (!teamIdSchema.safeParse(teamId).success) throw new InvalidValue('teamId', { problem: 'invalid' }, 'not a Teams team id');
  return teamId;
}

function teamKey(tenantId: string, teamId: string): string {
  return `${tenantId}~${checkedTeamId(teamId)}`;
}
