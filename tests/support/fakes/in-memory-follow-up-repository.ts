/* eslint-disable @typescript-eslint/require-await -- the ports are async; a fake answers at once, and still rejects rather than throws. */
import type { FollowUpRepository, Versioned } from '../../../bot/src/app/ports';
import type { FollowUp } from '../../../bot/src/domain/follow-up';
import { followUpSchema } from '../../../bot/src/schemas/domain-schemas';
import { allInDueOrder, inAgreedOrder, inDueOrder } from '../../../bot/src/storage/table-follow-up-repository';
import { VersionedRows } from './versioned-rows';

/** A council's follow-ups in memory, partitioned by council as the follow-ups table is. */
export class InMemoryFollowUpRepository implements FollowUpRepository {
  private readonly rows = new VersionedRows<FollowUp>(followUpSchema, 'follow-up');

  async get(councilId: string, followUpId: string): Promise<Versioned<FollowUp> | undefined> {
    return this.rows.get(councilId, followUpId);
  }
  async create(followUp: FollowUp): Promise<Versioned<FollowUp>> {
    return this.rows.create(followUp.councilId, followUp.id, followUp);
  }
  async update(followUp: FollowUp, etag: string): Promise<Versioned<FollowUp>> {
    return this.rows.update(followUp.councilId, followUp.id, followUp, etag);
  }
  async listOpenFollowUps(councilId: string): Promise<Versioned<FollowUp>[]> {
    return inDueOrder(this.rows.listPartition(councilId));
  }
  async listAllFollowUps(councilId: string): Promise<Versioned<FollowUp>[]> {
    return allInDueOrder(this.rows.listPartition(councilId));
  }
  async listAgreedAt(councilId: string, meetingId: string): Promise<Versioned<FollowUp>[]> {
    return inAgreedOrder(this.rows.listPartition(councilId), meetingId);
  }
}
