import type { Activity } from 'botbuilder';
import type { Principal } from '../app/deps';

/** Who sent an activity: Teams puts the tenant in channelData and the Entra id on `from`. */
export function principalOf(activity: Partial<Activity>): Principal | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const tenantId = channelData?.tenant?.id ?? activity.conversation?.tenantId;
  const aadObjectId = activity.from?.aadObjectId;
  if (typeof tenantId !== 'string' || !tenantId || typeof aadObjectId !== 'string' || !aadObjectId) return undefined;
  return { tenantId, aadObjectId };
}
