import type { CouncilRepository, Versioned } from '../app/ports';
import type { Council } from '../domain/council';
import { councilSchema } from '../schemas/domain-schemas';
import { JsonTable } from './json-table';
import type { TableClientFactory } from './table-storage';

const ROW = 'council';

/** Councils: PartitionKey = council id, one row each (point reads only). */
export class TableCouncilRepository implements CouncilRepository {
  private readonly table: JsonTable<Council>;
  constructor(tables: TableClientFactory) {
    this.table = new JsonTable(tables('councils'), councilSchema, 'council');
  }
  get(councilId: string): Promise<Versioned<Council> | undefined> {
    return this.table.get(councilId, ROW);
  }
  create(council: Council): Promise<Versioned<Council>> {
    return this.table.create(council.id, ROW, council);
  }
  update(council: Council, etag: string): Promise<Versioned<Council>> {
    return this.table.update(council.id, ROW, council, etag);
  }
}
