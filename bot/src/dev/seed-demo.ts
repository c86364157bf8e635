import type { AppDeps } from '../app/deps';
import { lockAgenda } from '../app/use-cases/lock-agenda';
import type { WorkChange } from '../app/ports';
import { assertTransition } from '../domain/meeting-status';
import { buildDemoData } from './demo-council';
import { DEMO_COUNCIL_ID, DEMO_SECRETARY, DEMO_TENANT_ID } from './demo-ids';

/**
 * Seeds the demo council unless it exists. The past meeting goes through the
 * real lock (case numbers from the counter) and status transitions.
 */
export async function seedDemoCouncil(deps: AppDeps): Promise<'seeded' | 'alreadyThere'> {
  if (await deps.councils.get(DEMO_COUNCIL_ID)) return 'alreadyThere';
  const data = buildDemoData(deps.clock());
  await deps.councils.create(data.council);
  // Linked to the Playground's team: "My Team - General" there is the council's channel.
  await deps.councils.linkTeam(data.council);
  for (const member of data.members) await deps.members.create(member);

  const { past, upcoming } = data;
  await deps.meetings.create(past.meeting);
  await deps.work.apply(data.council.id, past.meeting.id, [
    ...past.items.map((value): WorkChange => ({ op: 'create', kind: 'item', value })),
    ...past.attendance.map((value): WorkChange => ({ op: 'create', kind: 'attendance', value })),
  ]);
  await lockAgenda(deps, {
    principal: { tenantId: DEMO_TENANT_ID, aadObjectId: DEMO_SECRETARY },
    councilId: data.council.id,
    meetingId: past.meeting.id,
  });
  let meeting = await deps.meetings.get(data.council.id, past.meeting.id);
  for (const status of ['noticeSent', 'held'] as const) {
    if (!meeting) throw new Error('demo meeting vanished while seeding');
    assertTransition(meeting.value.status, status);
    meeting = await deps.meetings.update({ ...meeting.value, status }, meeting.etag);
  }

  await deps.meetings.create(upcoming.meeting);
  await deps.work.apply(data.council.id, upcoming.meeting.id, [
    ...upcoming.items.map((value): WorkChange => ({ op: 'create', kind: 'item', value })),
    ...upcoming.proposals.map((value): WorkChange => ({ op: 'create', kind: 'proposal', value })),
    ...upcoming.attendance.map((value): WorkChange => ({ op: 'create', kind: 'attendance', value })),
    { op: 'create', kind: 'inputRequest', value: upcoming.inputRequest },
    ...upcoming.inputs.map((value): WorkChange => ({ op: 'create', kind: 'input', value })),
  ]);
  return 'seeded';
}
