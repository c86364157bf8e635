import type { TableClient } from '@azure/data-tables';
import { z } from 'zod';
import type { ConversationStore, StoredConversation } from '../app/ports';
import { encodeValue, decodeValue } from './json-row';
import { isNotFound } from './storage-errors';
import type { TableClientFactory } from './table-storage';

/** Exported for the in-memory fake, which must refuse what this table refuses. */
export const storedConversationSchema = z.object({
  tenantId: z.string().min(1).max(200),
  key: z.string().min(1).max(300),
  reference: z.record(z.string(), z.unknown()),
  updatedAt: z.iso.datetime({ offset: true }),
});

/**
 * Conversations: PartitionKey = tenant id, RowKey = 'team:<id>' or 'user:<aadObjectId>'.
 * Saving is an unconditional replace on purpose: the value is a fact Teams just
 * told us (the newest reference is the right one), not a person's edit.
 */
export class TableConversationStore implements ConversationStore {
  private readonly client: TableClient;
  constructor(tables: TableClientFactory) {
    this.client = tables('conversations');
  }

  async save(conversation: StoredConversation): Promise<void> {
    const data = encodeValue(storedConversationSchema, conversation);
    await this.client.upsertEntity(
      { partitionKey: conversation.tenantId, rowKey: rowKeyOf(conversation.key), kind: 'conversation', data },
      'Replace',
    );
  }

  async get(tenantId: string, key: string): Promise<StoredConversation | undefined> {
    try {
      const entity = await this.client.getEntity<Record<string, unknown>>(tenantId, rowKeyOf(key));
      return decodeValue(storedConversationSchema, entity, 'conversation');
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

/** RowKeys may not contain / \ # ?; Teams ids can, so encode them. */
function rowKeyOf(key: string): string {
  return encodeURIComponent(key);
}
