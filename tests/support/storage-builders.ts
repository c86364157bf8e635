import type { AppDeps } from '../../bot/src/app/deps';
import { silentLogger } from '../../bot/src/config/logger';
import { composeApp, type ComposeOptions } from '../../bot/src/compose';
import type { AgendaItem } from '../../bot/src/domain/agenda';
import type { Attendance, AttendanceAnswer } from '../../bot/src/domain/attendance';
import type { Council } from '../../bot/src/domain/council';
import type { InputRequest, WrittenInput } from '../../bot/src/domain/input-request';
import type { Meeting } from '../../bot/src/domain/meeting';
import type { Member } from '../../bot/src/domain/member';
import type { AgendaProposal } from '../../bot/src/domain/proposal';
import type { StorageSettings } from '../../bot/src/storage/table-storage';

/**
 * Builders for domain values used by the storage integration tests, and the
 * app's dependencies composed exactly as the running app composes them (real
 * Table adapters on the test run's Azurite).
 */

export const TEST_TENANT = 'tenant-it';

/** AppDeps from the composition root, with a silent log and (usually) a pinned clock. */
export function composeDeps(storage: StorageSettings, options: ComposeOptions = {}): AppDeps {
  return composeApp({ devMode: true, port: 0, storage, tabDirectory: '/nonexistent' }, { log: silentLogger, ...options }).deps;
}

export function aCouncil(id: string, overrides: Partial<Council> = {}): Council {
  return {
    id,
    tenantId: TEST_TENANT,
    name: `Brukerutvalget ${id}`,
    kind: 'regional',
    language: 'nb',
    timeZone: 'Europe/Oslo',
    quorumRule: { type: 'moreThanHalf' },
    inputVisibility: 'secretaryUntilMeeting',
    ...overrides,
  };
}

export function aMember(councilId: string, aadObjectId: string, overrides: Partial<Member> = {}): Member {
  return {
    councilId,
    aadObjectId,
    tenantId: TEST_TENANT,
    name: `Medlem ${aadObjectId}`,
    role: 'member',
    organisation: 'FFO',
    votingMember: true,
    inDeputyPool: false,
    editorialBoard: false,
    activeFrom: '2024-01-01',
    ...overrides,
  };
}

/** A meeting on `date` (YYYY-MM-DD) at 10.00–12.30 Oslo time (summer or winter offsets ignored: UTC 08:00). */
export function aMeeting(councilId: string, id: string, date = '2026-04-15', overrides: Partial<Meeting> = {}): Meeting {
  return {
    id,
    councilId,
    status: 'collecting',
    startsAt: `${date}T08:00:00.000Z`,
    endsAt: `${date}T10:30:00.000Z`,
    place: 'NAV Tønsberg, møterom Slottsfjellet',
    proposalDeadline: '2026-03-01T21:59:00.000Z',
    noticeDeadline: '2026-03-08T08:00:00.000Z',
    ...overrides,
  };
}

export function anItem(meetingId: string, id: string, order: number, overrides: Partial<AgendaItem> = {}): AgendaItem {
  return { id, meetingId, order, title: `Sak ${id}`, kind: 'discussion', ...overrides };
}

/** Godkjenning first and Eventuelt last, with `order`s that would put them elsewhere. */
export function standardItems(meetingId: string): AgendaItem[] {
  return [
    anItem(meetingId, 'approval', 500, {
      title: 'Godkjenning av innkalling og referat',
      kind: 'decision',
      standard: 'approval',
    }),
    anItem(meetingId, 'any-other-business', 0, { title: 'Eventuelt', standard: 'anyOtherBusiness' }),
  ];
}

export function aProposal(
  meetingId: string,
  id: string,
  proposerId: string,
  overrides: Partial<AgendaProposal> = {},
): AgendaProposal {
  return {
    id,
    meetingId,
    proposerId,
    title: `Forslag ${id}`,
    kind: 'discussion',
    status: 'pending',
    createdAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function anAttendance(meetingId: string, memberId: string, answer: AttendanceAnswer = { kind: 'attend' }): Attendance {
  return { meetingId, memberId, answer, answeredAt: '2026-03-02T10:00:00.000Z' };
}

export function anInputRequest(meetingId: string, id: string, overrides: Partial<InputRequest> = {}): InputRequest {
  return {
    id,
    meetingId,
    questions: [{ id: 'q1', text: 'Hva skal det forventes av brukerutvalgene?' }],
    deadline: '2026-04-10T21:59:00.000Z',
    askedMemberIds: [],
    createdAt: '2026-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export function aWrittenInput(
  meetingId: string,
  requestId: string,
  memberId: string,
  answers: Record<string, string> = { q1: 'At de møtes minst fire ganger i året.' },
): WrittenInput {
  return { meetingId, requestId, memberId, answers, submittedAt: '2026-03-03T10:00:00.000Z' };
}

/** Awaits a promise that must reject, and returns the error for closer checks. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to be refused, but it succeeded');
}
