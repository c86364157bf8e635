import { odata, type TableClient } from '@azure/data-tables';
import { MAX_MEMBERS_AT_ONCE, type MemberRepository, type Versioned } from '../app/ports';
import type { Member } from '../domain/member';
import { memberSchema } from '../schemas/domain-schemas';
import { JsonTable } from './json-table';
import type { TableClientFactory } from './table-storage';

/**
 * Members: PartitionKey = council id, RowKey = aadObjectId, so the roster is one
 * query. A second table indexes person → councils for the bot and the tab.
 */
export class TableMemberRepository implements MemberRepository {
  private readonly table: JsonTable<Member>;
  private readonly memberships: TableClient;

  constructor(tables: TableClientFactory) {
    this.table = new JsonTable(tables('members'), memberSchema, 'member');
    this.memberships = tables('memberships');
  }

  listRoster(councilId: string): Promise<Versioned<Member>[]> {
    return this.table.listPartition(councilId);
  }

  get(councilId: string, aadObjectId: string): Promise<Versioned<Member> | undefined> {
    return this.table.get(councilId, aadObjectId);
  }

  async create(member: Member): Promise<Versioned<Member>> {
    // Refuse a bad member before writing anything, index included.
    this.table.validate(member);
    // The index row first: it is an idempotent upsert, and a dangling index row
    // without a member row is harmless (lookups still read the member row).
    await this.memberships.upsertEntity(
      { partitionKey: personKey(member.tenantId, member.aadObjectId), rowKey: member.councilId },
      'Replace',
    );
    return this.table.create(member.councilId, member.aadObjectId, member);
  }

  async createAll(members: readonly Member[]): Promise<void> {
    const councilId = members[0]?.councilId;
    if (councilId === undefined) return;
    if (members.length > MAX_MEMBERS_AT_ONCE || members.some((m) => m.councilId !== councilId)) {
      throw new Error(`createAll takes at most ${MAX_MEMBERS_AT_ONCE} members of one council`);
    }
    // Refuse a bad member before writing anything, index included.
    for (const member of members) this.table.validate(member);
    // The index rows first, as create does (each person is a partition of its own: no transaction spans them).
    for (let i = 0; i < members.length; i += INDEX_WRITES_AT_ONCE) {
      await Promise.all(
        members
          .slice(i, i + INDEX_WRITES_AT_ONCE)
          .map((member) =>
            this.memberships.upsertEntity(
              { partitionKey: personKey(member.tenantId, member.aadObjectId), rowKey: member.councilId },
              'Replace',
            ),
          ),
      );
    }
    await this.table.createAll(
      councilId,
      members.map((member) => ({ rowKey: member.aadObjectId, value: member })),
    );
  }

  update(member: Member, etag: string): Promise<Versioned<Member>> {
    return this.table.update(member.councilId, member.aadObjectId, member, etag);
  }

  async councilsOf(tenantId: string, aadObjectId: string): Promise<string[]> {
    const ids: string[] = [];
    const query = this.memberships.listEntities({
      queryOptions: { filter: odata`PartitionKey eq ${personKey(tenantId, aadObjectId)}`, select: ['RowKey'] },
    });
    for await (const row of query) if (row.rowKey) ids.push(row.rowKey);
    return ids;
  }
}

/** Index rows written at once: enough to overlap the round trips, few enough not to queue behind each other. */
const INDEX_WRITES_AT_ONCE = 20;

function personKey(tenantId: string, aadObjectId: string): string {
  return `${tenantId}~${aadObjectId}`;
}
