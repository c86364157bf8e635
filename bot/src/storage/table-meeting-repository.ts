import type { MeetingRepository, Versioned } from '../app/ports';
import { nextRevision, type Meeting } from '../domain/meeting';
import { meetingSchema } from '../schemas/domain-schemas';
import { JsonTable } from './json-table';
import type { TableClientFactory } from './table-storage';

/** Meetings: PartitionKey = council id, RowKey = meeting id, so a council's meetings are one query. */
export class TableMeetingRepository implements MeetingRepository {
  private readonly table: JsonTable<Meeting>;
  constructor(tables: TableClientFactory) {
    this.table = new JsonTable(tables('meetings'), meetingSchema, 'meeting');
  }
  get(councilId: string, meetingId: string): Promise<Versioned<Meeting> | undefined> {
    return this.table.get(councilId, meetingId);
  }
  list(councilId: string): Promise<Versioned<Meeting>[]> {
    return this.table.listPartition(councilId);
  }
  create(meeting: Meeting): Promise<Versioned<Meeting>> {
    return this.table.create(meeting.councilId, meeting.id, meeting);
  }
  update(meeting: Meeting, etag: string): Promise<Versioned<Meeting>> {
    return this.table.update(meeting.councilId, meeting.id, nextRevision(meeting), etag);
  }
}
