import type { AppDeps } from '../deps';

export interface RememberConversationInput {
  tenantId: string;
  key: string;
  reference: Record<string, unknown>;
}

/** Keeps what the bot needs to message a team channel or a person later (proactive messages). */
export async function rememberConversation(deps: AppDeps, input: RememberConversationInput): Promise<void> {
  const { tenantId, key, reference } = input;
  await deps.conversations.save({ tenantId, key, reference, updatedAt: deps.clock().toISOString() });
}

export const conversationKey = {
  team: (teamId: string) => `team:${teamId}`,
  personal: (aadObjectId: string) => `user:${aadObjectId}`,
  /** A team member's address (Teams user id + service URL), enough to start a 1:1 chat. */
  memberAddress: (aadObjectId: string) => `member:${aadObjectId}`,
};
