import type { AppDeps } from '../app/deps';
import type { WorkChange } from '../app/ports';
import { buildDemoData } from './demo-council';
import { DEMO_COUNCIL_ID } from './demo-ids';
import { approvePastMinutes, createPastMeeting, holdPastMeeting } from './seed-demo-history';

/**
 * Seeds the demo council unless it exists. The two past meetings go through
 * the real use cases (notice, holding, minutes, follow-ups, approval) at
 * moments of the demo's past; the upcoming one is collecting.
 */
export async function seedDemoCouncil(deps: AppDeps): Promise<'seeded' | 'alreadyThere'> {
  if (await deps.councils.get(DEMO_COUNCIL_ID)) return 'alreadyThere';
  const data = buildDemoData(deps.clock());
  await deps.councils.create(data.council);
  // Linked to the Playground's team: "My Team - General" there is the council's channel.
  await deps.councils.linkTeam(data.council);
  for (const member of data.members) await deps.members.create(member);

  const { history, upcoming } = data;
  await createPastMeeting(deps, history.older);
  await createPastMeeting(deps, history.newer);
  await holdPastMeeting(deps, history.older);
  await holdPastMeeting(deps, history.newer);
  // Under the newer meeting's first item (its time comes with the data).
  await approvePastMinutes(deps, history.older);

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
