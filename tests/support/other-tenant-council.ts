import type { AppDeps } from '../../bot/src/app/deps';
import { aCouncil, aMeeting, aMember } from './storage-builders';

/**
 * A council set up in another tenant than the demo council's (as a secretary
 * would through the bot, with a real Teams tenant): its own people and one
 * meeting, so tests can see the dev picker reach it and the tab show it.
 */
export const OTHER_TENANT = {
  tenantId: 'tenant-ostfold-kommune',
  councilId: 'council-ostfold-lokal',
  councilName: 'Brukerutvalget i NAV Fredrikstad',
  secretary: { aadObjectId: 'ostfold-secretary', name: 'Siri Sekretær' },
  member: { aadObjectId: 'ostfold-member', name: 'Magnus Medlem' },
  meetingId: 'm-ostfold-2030-04-22',
  meetingPlace: 'NAV Fredrikstad, møterom Glomma',
} as const;

export async function seedOtherTenantCouncil(deps: AppDeps): Promise<void> {
  const { tenantId, councilId, councilName, secretary, member } = OTHER_TENANT;
  await deps.councils.create(aCouncil(councilId, { tenantId, name: councilName, kind: 'local' }));
  await deps.members.create(aMember(councilId, secretary.aadObjectId, { tenantId, name: secretary.name, role: 'secretary' }));
  await deps.members.create(aMember(councilId, member.aadObjectId, { tenantId, name: member.name, role: 'member' }));
  // Far ahead, so it is the upcoming meeting whenever the test runs. A person who has left is not offered by the picker.
  await deps.members.create(aMember(councilId, 'ostfold-former', { tenantId, name: 'Tidligere Tora', activeTo: '2025-01-01' }));
  await deps.meetings.create(aMeeting(councilId, OTHER_TENANT.meetingId, '2030-04-22', { place: OTHER_TENANT.meetingPlace }));
}
