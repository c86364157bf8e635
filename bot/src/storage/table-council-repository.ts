import type { CouncilRepository, Versioned } from '../app/ports';
import type { Council } from '../domain/council';
import type { PendingSetup } from '../domain/council-setup';
import { councilSchema } from '../schemas/domain-schemas';
import { JsonTable } from './json-table';
import { TableCouncilIndex } from './table-council-index';
import type { TableClientFactory } from './table-storage';

const ROW = 'council';

/**
 * Councils: PartitionKey = council id, one row each (point reads only).
 * Lookups by team and by tenant go through the council index.
 */
export class TableCouncilRepository implements CouncilRepository {
  private readonly table: JsonTable<Council>;
  private readonly index: TableCouncilIndex;
  constructor(tables: TableClientFactory) {
    this.table = new JsonTable(tables('councils'), councilSchema, 'council');
    this.index = new TableCouncilIndex(tables);
  }
  get(councilId: string): Promise<Versioned<Council> | undefined> {
    return this.table.get(councilId, ROW);
  }
  async create(council: Council): Promise<Versioned<Council>> {
    this.table.validate(council);
    // Pointer first: a pointer without a council is filtered out when read.
    if (council.kind === 'regional') await this.index.addRegional(council.tenantId, council.id);
    return this.table.create(council.id, ROW, council);
  }
  async update(council: Council, etag: string): Promise<Versioned<Council>> {
    this.table.validate(council);
    if (council.kind === 'regional') await this.index.addRegional(council.tenantId, council.id);
    return this.table.update(council.id, ROW, council, etag);
  }

  async findByTeam(tenantId: string, teamId: string): Promise<Versioned<Council> | undefined> {
    const councilId = await this.index.councilIdOfTeam(tenantId, teamId);
    if (councilId === undefined) return undefined;
    const council = await this.get(councilId);
    return council?.value.tenantId === tenantId ? council : undefined;
  }
  async linkTeam(council: Council): Promise<void> {
    if (council.teamId === undefined) throw new Error(`Council ${council.id} has no team to link`);
    await this.index.linkTeam(council.tenantId, council.teamId, council.id);
  }
  async listAll(): Promise<Council[]> {
    return (await this.table.listAll()).map((c) => c.value);
  }
  async listRegional(tenantId: string): Promise<Council[]> {
    const ids = await this.index.regionalCouncilIds(tenantId);
    const councils = await Promise.all(ids.map((id) => this.get(id)));
    return councils
      .flatMap((c) => (c !== undefined && c.value.kind === 'regional' && c.value.tenantId === tenantId ? [c.value] : []))
      .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  }
  getPendingSetup(tenantId: string, teamId: string): Promise<Versioned<PendingSetup> | undefined> {
    return this.index.getPendingSetup(tenantId, teamId);
  }
  createPendingSetup(setup: PendingSetup): Promise<Versioned<PendingSetup>> {
    return this.index.createPendingSetup(setup);
  }
  updatePendingSetup(setup: PendingSetup, etag: string): Promise<Versioned<PendingSetup>> {
    return this.index.updatePendingSetup(setup, etag);
  }
}
