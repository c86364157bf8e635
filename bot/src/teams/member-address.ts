import type { TurnContext } from 'botbuilder';
import { z } from 'zod';

/**
 * A team member's address: what the connector needs to open a 1:1 chat with
 * them (their Teams user id, the service URL of their tenant's region). Written
 * from the roster and from join events, read by TeamsMessenger.
 */
export const memberAddressSchema = z.object({
  user: z.object({ id: z.string().min(1), name: z.string().optional(), aadObjectId: z.string().optional() }),
  serviceUrl: z.string().min(1),
  channelId: z.string().min(1).optional(),
});
export type MemberAddress = z.infer<typeof memberAddressSchema>;

/** Where an activity came from: the address of anyone in the same team uses the same service URL and channel. */
export interface AddressOrigin {
  serviceUrl: string | undefined;
  channelId: string | undefined;
  tenantId: string;
}

/** The address to store for a Teams account, or undefined when Teams gave no user id or service URL. */
export function memberAddressOf(
  account: { id?: string; name?: string; aadObjectId?: string },
  origin: AddressOrigin,
): Record<string, unknown> | undefined {
  if (!account.id || !origin.serviceUrl) return undefined;
  return {
    user: { id: account.id, name: account.name, aadObjectId: account.aadObjectId },
    serviceUrl: origin.serviceUrl,
    channelId: origin.channelId,
    tenantId: origin.tenantId,
  };
}

/** The origin of the current turn's activity. */
export function addressOrigin(turn: TurnContext, tenantId: string): AddressOrigin {
  return { serviceUrl: turn.activity.serviceUrl, channelId: turn.activity.channelId, tenantId };
}
