/* eslint-disable @typescript-eslint/require-await -- the ports are async; a fake answers at once, and still rejects rather than throws. */
import type { DeliveryResult, Messenger, OutgoingMessage } from '../../../bot/src/app/ports';

export type SentMessage =
  | { to: 'member'; tenantId: string; aadObjectId: string; message: OutgoingMessage }
  | { to: 'channel'; tenantId: string; teamId: string; message: OutgoingMessage };

/** A Messenger that keeps what it was asked to send; people and teams listed as unreachable get 'unreachable'. */
export class RecordingMessenger implements Messenger {
  readonly sent: SentMessage[] = [];
  readonly unreachable = new Set<string>();

  async sendToMember(tenantId: string, aadObjectId: string, message: OutgoingMessage): Promise<DeliveryResult> {
    if (this.unreachable.has(aadObjectId)) return 'unreachable';
    this.sent.push({ to: 'member', tenantId, aadObjectId, message });
    return 'sent';
  }

  async postToChannel(tenantId: string, teamId: string, message: OutgoingMessage): Promise<DeliveryResult> {
    if (this.unreachable.has(teamId)) return 'unreachable';
    this.sent.push({ to: 'channel', tenantId, teamId, message });
    return 'sent';
  }
}
