/* eslint-disable @typescript-eslint/require-await -- the ports are async; a fake answers at once, and still rejects rather than throws. */
import type { MeetingRepository, Versioned } from '../../../bot/src/app/ports';
import { nextRevision, type Meeting } from '../../../bot/src/domain/meeting';
import { meetingSchema } from '../../../bot/src/schemas/domain-schemas';
import { VersionedRows } from './versioned-rows';

/** A council's meetings in memory, listed in id order as the meetings table lists them. */
export class InMemoryMeetingRepository implements MeetingRepository {
  private readonly meetings = new VersionedRows<Meeting>(meetingSchema, 'meeting');

  async get(councilId: string, meetingId: string): Promise<Versioned<Meeting> | undefined> {
    return this.meetings.get(councilId, meetingId);
  }
  async list(councilId: string): Promise<Versioned<Meeting>[]> {
    return this.meetings.listPartition(councilId);
  }
  async create(meeting: Meeting): Promise<Versioned<Meeting>> {
    return this.meetings.create(meeting.councilId, meeting.id, meeting);
  }
  async update(meeting: Meeting, etag: string): Promise<Versioned<Meeting>> {
    return this.meetings.update(meeting.councilId, meeting.id, nextRevision(meeting), etag);
  }
}
