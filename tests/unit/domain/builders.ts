import type { AgendaItem } from '../../../bot/src/domain/agenda';
import type { Attendance, AttendanceAnswer } from '../../../bot/src/domain/attendance';
import type { Council } from '../../../bot/src/domain/council';
import type { InputRequest, WrittenInput } from '../../../bot/src/domain/input-request';
import type { Meeting } from '../../../bot/src/domain/meeting';
import type { Member } from '../../../bot/src/domain/member';
import type { AgendaProposal } from '../../../bot/src/domain/proposal';

/** Small builders for domain values; every instant is pinned. */

export const COUNCIL_ID = 'council-vt';
export const MEETING_ID = 'meeting-1';

export function aMember(id: string, overrides: Partial<Member> = {}): Member {
  return {
    councilId: COUNCIL_ID,
    aadObjectId: id,
    tenantId: 'tenant-test',
    name: id,
    role: 'member',
    votingMember: true,
    inDeputyPool: false,
    editorialBoard: false,
    activeFrom: '2020-01-01',
    ...overrides,
  };
}

export function aCouncil(overrides: Partial<Council> = {}): Council {
  return {
    id: COUNCIL_ID,
    tenantId: 'tenant-test',
    name: 'Brukerutvalget i NAV Vestfold og Telemark',
    kind: 'regional',
    language: 'nb',
    timeZone: 'Europe/Oslo',
    quorumRule: { type: 'moreThanHalf' },
    inputVisibility: 'secretaryUntilMeeting',
    ...overrides,
  };
}

export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: MEETING_ID,
    councilId: COUNCIL_ID,
    status: 'collecting',
    startsAt: '2024-09-18T08:00:00.000Z',
    endsAt: '2024-09-18T10:30:00.000Z',
    proposalDeadline: '2024-09-04T21:59:00.000Z',
    noticeDeadline: '2024-09-11T08:00:00.000Z',
    ...overrides,
  };
}

export function anItem(id: string, order: number, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return { id, meetingId: MEETING_ID, order, title: `Sak ${id}`, kind: 'discussion', ...overrides };
}

export function anAnswer(memberId: string, answer: AttendanceAnswer): Attendance {
  return { meetingId: MEETING_ID, memberId, answer, answeredAt: '2024-09-01T10:00:00.000Z' };
}

export function aProposal(
  id: string,
  proposerId: string,
  createdAt: string,
  overrides: Partial<AgendaProposal> = {},
): AgendaProposal {
  return {
    id,
    meetingId: MEETING_ID,
    proposerId,
    title: `Forslag ${id}`,
    kind: 'discussion',
    status: 'pending',
    createdAt,
    ...overrides,
  };
}

export function anInputRequest(id: string, deadline: string, askedMemberIds: string[] = []): InputRequest {
  return {
    id,
    meetingId: MEETING_ID,
    questions: [{ id: 'q1', text: 'Hva bør forventes av de lokale brukerutvalgene?' }],
    deadline,
    askedMemberIds,
    createdAt: '2024-08-20T08:00:00.000Z',
  };
}

export function anInput(requestId: string, memberId: string): WrittenInput {
  return {
    meetingId: MEETING_ID,
    requestId,
    memberId,
    answers: { q1: 'Et svar.' },
    submittedAt: '2024-09-02T12:00:00.000Z',
  };
}
