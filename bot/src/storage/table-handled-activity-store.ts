import { createHash } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { ClaimAttempt, HandledActivityStore, Versioned } from '../app/ports';
import type { ActivityClaim } from '../domain/activity-claim';
import { z } from 'zod';
import { etagOf } from './json-row';
import { isConflict, isNotFound } from './storage-errors';
import type { TableClientFactory } from './table-storage';

const claimRowSchema = z.object({
  claimedAt: z.string(),
  completedAt: z.string().optional(),
  /** Rows written before claims had two phases have no state: they were done. */
  state: z.enum(['claimed', 'completed']).optional(),
});

/**
 * Handled activities: RowKey = SHA-256 of the key (keys hold characters a
 * RowKey may not), PartitionKey = its first two hex digits so rows spread over
 * 256 partitions. Claiming is an insert, so two deliveries racing each other
 * cannot both win; taking over is an update on the ETag read, for the same reason.
 */
export class TableHandledActivityStore implements HandledActivityStore {
  private readonly client: TableClient;
  constructor(tables: TableClientFactory) {
    this.client = tables('handledActivities');
  }

  async claim(key: string, at: string): Promise<ClaimAttempt> {
    const { partitionKey, rowKey } = keysOf(key);
    // A claim released between our insert and our read is gone: try the insert once more.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await this.client.createEntity({ partitionKey, rowKey, claimedAt: at, state: 'claimed' });
        return { claimed: true };
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
      const existing = await this.read(partitionKey, rowKey);
      if (existing) return { claimed: false, existing };
      if (attempt > 0) throw new Error(`the claim on ${rowKey} keeps disappearing`);
    }
  }

  async takeOver(key: string, etag: string, at: string): Promise<boolean> {
    const { partitionKey, rowKey } = keysOf(key);
    try {
      await this.client.updateEntity({ partitionKey, rowKey, claimedAt: at, state: 'claimed' }, 'Replace', { etag });
      return true;
    } catch (error) {
      if (isConflict(error) || isNotFound(error)) return false;
      throw error;
    }
  }

  async complete(key: string, at: string): Promise<void> {
    const { partitionKey, rowKey } = keysOf(key);
    // Only the turn holding the claim completes it; an upsert keeps this one call.
    await this.client.upsertEntity({ partitionKey, rowKey, completedAt: at, state: 'completed' }, 'Merge');
  }

  async release(key: string): Promise<void> {
    const { partitionKey, rowKey } = keysOf(key);
    try {
      await this.client.deleteEntity(partitionKey, rowKey);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }

  private async read(partitionKey: string, rowKey: string): Promise<Versioned<ActivityClaim> | undefined> {
    let entity: Record<string, unknown> & { etag?: string };
    try {
      entity = await this.client.getEntity<Record<string, unknown>>(partitionKey, rowKey);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    const row = claimRowSchema.parse(entity);
    const completedAt = row.completedAt ?? (row.state === undefined ? row.claimedAt : undefined);
    return { value: { claimedAt: row.claimedAt, ...(completedAt !== undefined && { completedAt }) }, etag: etagOf(entity) };
  }
}

function keysOf(key: string): { partitionKey: string; rowKey: string } {
  const rowKey = createHash('sha256').update(key).digest('hex');
  return { partitionKey: rowKey.slice(0, 2), rowKey };
}
