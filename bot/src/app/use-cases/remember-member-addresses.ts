import type { TeamMember } from '../../domain/roster-sync';
import type { AppDeps } from '../deps';
import { conversationKey, rememberConversation } from './remember-conversation';
import { runLimited } from '../support/run-limited';

/**
 * A team member as Teams lists them, with the address that opens a 1:1 chat
 * with them (opaque JSON, written and read by the Teams adapter; absent when
 * Teams gave too little to make one).
 */
export interface TeamRosterEntry {
  member: TeamMember;
  address?: Record<string, unknown>;
}

/** Saves at a time: a 250-person team in well under a second, gentle on the Table service. */
const SAVE_CONCURRENCY = 16;

export interface RememberMemberAddressesInput {
  tenantId: string;
  members: readonly TeamRosterEntry[];
}

/**
 * Keeps each team member's address, so the bot can message them 1:1 before
 * they have ever written to it (an input request, a reminder). Saving is a
 * replace: the newest address Teams gave is the right one.
 */
export async function rememberMemberAddresses(deps: AppDeps, input: RememberMemberAddressesInput): Promise<void> {
  const { tenantId, members } = input;
  const jobs = members.flatMap(({ member, address }) =>
    address
      ? [
          () =>
            rememberConversation(deps, { tenantId, key: conversationKey.memberAddress(member.aadObjectId), reference: address }),
        ]
      : [],
  );
  await runLimited(jobs, SAVE_CONCURRENCY, (error) => {
    throw error;
  });
}
