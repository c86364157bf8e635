/* eslint-disable @typescript-eslint/require-await -- the ports are async; a fake answers at once, and still rejects rather than throws. */
import type { ConversationStore, StoredConversation } from '../../../bot/src/app/ports';
import { storedConversationSchema } from '../../../bot/src/storage/table-conversation-store';
import { VersionedRows } from './versioned-rows';

/** Conversation references in memory; saving replaces, as the Table adapter does (the newest reference wins). */
export class InMemoryConversationStore implements ConversationStore {
  private readonly rows = new VersionedRows<StoredConversation>(storedConversationSchema, 'conversation');

  async save(conversation: StoredConversation): Promise<void> {
    this.rows.replace(conversation.tenantId, conversation.key, conversation);
  }

  async get(tenantId: string, key: string): Promise<StoredConversation | undefined> {
    return this.rows.get(tenantId, key)?.value;
  }
}
