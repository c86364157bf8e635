import { TABLE_KINDS, type TableKind } from '../../bot/src/storage/table-names';
import { createTableClientFactory, type StorageSettings } from '../../bot/src/storage/table-storage';

/**
 * Every row of a test app's tables with its ETag, so a test can show that a
 * refused request wrote nothing: the snapshots before and after are equal.
 */
export type StorageSnapshot = Record<string, string>;

export async function snapshotStorage(settings: StorageSettings, skip: readonly TableKind[] = []): Promise<StorageSnapshot> {
  const tables = createTableClientFactory(settings);
  const rows: StorageSnapshot = {};
  await Promise.all(
    TABLE_KINDS.filter((kind) => !skip.includes(kind)).map(async (kind) => {
      for await (const entity of tables(kind).listEntities()) {
        rows[`${kind}|${entity.partitionKey}|${entity.rowKey}`] = String(entity.etag);
      }
    }),
  );
  return rows;
}

/** The keys added, removed or changed between two snapshots (empty when nothing was written). */
export function storageChanges(before: StorageSnapshot, after: StorageSnapshot): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => before[key] !== after[key]).sort();
}

/**
 * Rows written (created or changed) at or after `since`, by the Table
 * service's own Timestamp: a cheap check for "wrote nothing" when a test
 * makes many requests (it does not see deletions; the app keeps its rows).
 */
export async function rowsWrittenSince(settings: StorageSettings, since: Date): Promise<string[]> {
  const tables = createTableClientFactory(settings);
  const filter = `Timestamp ge datetime'${since.toISOString()}'`;
  const found = await Promise.all(
    TABLE_KINDS.map(async (kind) => {
      const keys: string[] = [];
      for await (const entity of tables(kind).listEntities({ queryOptions: { filter, select: ['PartitionKey', 'RowKey'] } })) {
        keys.push(`${kind}|${entity.partitionKey}|${entity.rowKey}`);
      }
      return keys;
    }),
  );
  return found.flat().sort();
}
