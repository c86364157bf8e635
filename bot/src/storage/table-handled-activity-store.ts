import { createHash } from 'node:crypto';
import type { TableClient } from '@azure/data-tables';
import type { HandledActivityStore } from '../app/ports';
import { isConflict, isNotFound } from './storage-errors';
import type { TableClientFactory } from './table-storage';

/**
 * Handled activities: RowKey = SHA-256 of the key (keys hold characters a
 * RowKey may not), PartitionKey = its first two hex digits so rows spread over
 * 256 partitions. Claiming is an insert, so two deliveries racing each other
 * cannot both win.
 */
export class TableHandledActivityStore implements HandledActivityStore {
  private readonly client: TableClient;
  constructor(tables: TableClientFactory) {
    this.client = tables('handledActivities');
  }

  async claim(key: string, at: string): Promise<boolean> {
    const { partitionKey, rowKey } = keysOf(key);
    try {
      await this.client.createEntity({ partitionKey, rowKey, claimedAt: at });
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  }

  async release(key: string): Promise<void> {
    const { partitionKey, rowKey } = keysOf(key);
    try {
      await this.client.deleteEntity(partitionKey, rowKey);
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
}

function keysOf(key: string): { partitionKey: string; rowKey: string } {
  const rowKey = createHash('sha256').update(key).digest('hex');
  return { partitionKey: rowKey.slice(0, 2), rowKey };
}
