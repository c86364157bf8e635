/* eslint-disable @typescript-eslint/require-await -- the port is async; the fake answers at once. */
import type { FollowUpSource } from '../../../bot/src/app/ports';
import type { OpenFollowUp } from '../../../bot/src/domain/minutes-draft';

/** Open follow-ups a test puts in, per council. */
export class InMemoryFollowUpSource implements FollowUpSource {
  private readonly open = new Map<string, OpenFollowUp[]>();

  add(councilId: string, followUp: OpenFollowUp): void {
    this.open.set(councilId, [...(this.open.get(councilId) ?? []), followUp]);
  }

  async listOpenFollowUps(councilId: string): Promise<OpenFollowUp[]> {
    return [...(this.open.get(councilId) ?? [])];
  }
}
