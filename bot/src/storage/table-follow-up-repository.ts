import type { FollowUpRepository, Versioned } from '../app/ports';
import { agreedAt, inDueOrder as valuesInDueOrder, openInDueOrder, type FollowUp } from '../domain/follow-up';
import { followUpSchema } from '../schemas/domain-schemas';
import { JsonTable } from './json-table';
import type { TableClientFactory } from './table-storage';

/**
 * Follow-ups: PartitionKey = council id, RowKey = follow-up id, so a council's
 * open ones (shown at every later meeting) are one partition query whatever
 * meeting they came from. Status is a field, filtered after reading: a council
 * has tens of follow-ups a year, not thousands.
 */
export class TableFollowUpRepository implements FollowUpRepository {
  private readonly table: JsonTable<FollowUp>;
  constructor(tables: TableClientFactory) {
    this.table = new JsonTable(tables('followUps'), followUpSchema, 'follow-up');
  }
  get(councilId: string, followUpId: string): Promise<Versioned<FollowUp> | undefined> {
    return this.table.get(councilId, followUpId);
  }
  create(followUp: FollowUp): Promise<Versioned<FollowUp>> {
    return this.table.create(followUp.councilId, followUp.id, followUp);
  }
  update(followUp: FollowUp, etag: string): Promise<Versioned<FollowUp>> {
    return this.table.update(followUp.councilId, followUp.id, followUp, etag);
  }
  async listOpenFollowUps(councilId: string): Promise<Versioned<FollowUp>[]> {
    return inDueOrder(await this.table.listPartition(councilId));
  }
  async listAllFollowUps(councilId: string): Promise<Versioned<FollowUp>[]> {
    return allInDueOrder(await this.table.listPartition(councilId));
  }
  async listAgreedAt(councilId: string, meetingId: string): Promise<Versioned<FollowUp>[]> {
    return inAgreedOrder(await this.table.listPartition(councilId), meetingId);
  }
}

/** One meeting's rows in the order agreedAt gives their values. */
export function inAgreedOrder(rows: readonly Versioned<FollowUp>[], meetingId: string): Versioned<FollowUp>[] {
  return rowsInOrderOf(rows, (values) => agreedAt(meetingId, values));
}

/** Open rows in the order openInDueOrder gives their values. */
export function inDueOrder(rows: readonly Versioned<FollowUp>[]): Versioned<FollowUp>[] {
  return rowsInOrderOf(rows, openInDueOrder);
}

/** Every row, open or done, in due order. */
export function allInDueOrder(rows: readonly Versioned<FollowUp>[]): Versioned<FollowUp>[] {
  return rowsInOrderOf(rows, valuesInDueOrder);
}

function rowsInOrderOf(
  rows: readonly Versioned<FollowUp>[],
  order: (values: readonly FollowUp[]) => FollowUp[],
): Versioned<FollowUp>[] {
  const byId = new Map(rows.map((r) => [r.value.id, r]));
  return order(rows.map((r) => r.value)).map((f) => byId.get(f.id)!);
}
