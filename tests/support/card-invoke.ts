import { DEMO_TENANT_ID } from '../../bot/src/dev/demo-ids';
import { invokeActivity, type Sender } from './activities';

export interface InvokeOptions {
  trigger?: 'manual' | 'automatic';
  /** Reuse an activity id to simulate a redelivery. */
  id?: string;
  locale?: string;
  /** Defaults to the sender's personal chat; pass a channel conversation for cards in a team. */
  conversation?: { id: string; conversationType: string };
}

/** An `adaptiveCard/action` invoke, as Teams sends it when someone presses an `Action.Execute` button. */
export function cardInvoke(
  serviceUrl: string,
  from: Sender,
  verb: string,
  data: Record<string, unknown>,
  options: InvokeOptions = {},
): Record<string, unknown> {
  const tenantId = from.tenantId ?? DEMO_TENANT_ID;
  const conversation = options.conversation ?? { id: `a:personal-${from.aadObjectId}`, conversationType: 'personal' };
  return invokeActivity(serviceUrl, from, verb, data, options, { ...conversation, tenantId }, { tenant: { id: tenantId } });
}

/** What the bot answered an invoke with: the HTTP status and the Universal Actions response. */
export interface InvokeReply {
  status: number;
  body: { statusCode: number; type: string; value: unknown };
}

export async function postInvoke(baseUrl: string, activity: Record<string, unknown>): Promise<InvokeReply> {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as InvokeReply['body'] };
}
