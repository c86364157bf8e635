import { DEMO_CHAIR, DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY, DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import type { AppDeps } from '../../../bot/src/app/deps';
import { OTHER_TENANT, seedOtherTenantCouncil } from '../../support/other-tenant-council';
import { signToken, type SigningKey } from '../../support/sso-tokens';
import { aCouncil, aMember } from '../../support/storage-builders';

/**
 * The people the authorization matrix asks as. Everyone but the last three
 * has a valid token; what differs is who they are to the demo council.
 */
export const IDENTITIES = [
  'secretary',
  'chair',
  'member',
  'observer',
  'deputy',
  'formerMember',
  'otherCouncilsSecretary',
  'otherTenant',
  'noToken',
  'expiredToken',
  'wrongAudience',
] as const;
export type Identity = (typeof IDENTITIES)[number];

/** A second council in the demo tenant, with its own secretary: a secretary, but not of this council. */
export const OTHER_COUNCIL = { councilId: 'council-annet-utvalg', secretary: 'other-council-secretary' } as const;

export interface Person {
  tenantId: string;
  aadObjectId: string;
  name: string;
}

/** Who each signed-in identity is (the demo council's own people, from the demo seed). */
export const PEOPLE_BY_IDENTITY: Record<Exclude<Identity, 'noToken' | 'expiredToken' | 'wrongAudience'>, Person> = {
  secretary: { tenantId: DEMO_TENANT_ID, aadObjectId: DEMO_SECRETARY, name: 'Alex Wilber' },
  chair: { tenantId: DEMO_TENANT_ID, aadObjectId: DEMO_CHAIR, name: 'Megan Bowen' },
  member: { tenantId: DEMO_TENANT_ID, aadObjectId: DEMO_MEMBERS.adele, name: 'Adele Vance' },
  observer: { tenantId: DEMO_TENANT_ID, aadObjectId: 'demo-sigrid-lunde', name: 'Sigrid Lunde' },
  deputy: { tenantId: DEMO_TENANT_ID, aadObjectId: 'demo-ola-berg', name: 'Ola Berg' },
  formerMember: { tenantId: DEMO_TENANT_ID, aadObjectId: 'demo-anita-williams', name: 'Anita Williams' },
  otherCouncilsSecretary: { tenantId: DEMO_TENANT_ID, aadObjectId: OTHER_COUNCIL.secretary, name: 'Oda Annen' },
  otherTenant: {
    tenantId: OTHER_TENANT.tenantId,
    aadObjectId: OTHER_TENANT.secretary.aadObjectId,
    name: OTHER_TENANT.secretary.name,
  },
};

/**
 * What each identity sends: a Teams SSO token signed by the server's `key`
 * at `now` (expired ten minutes ago, or for another app, for the last two),
 * or none.
 */
export async function tokenFor(identity: Identity, key: SigningKey, now: Date): Promise<string | undefined> {
  switch (identity) {
    case 'noToken':
      return undefined;
    case 'expiredToken': {
      const exp = Math.floor(now.getTime() / 1000) - 600;
      return signToken(key, { now, aadObjectId: DEMO_SECRETARY, claims: { iat: exp - 3600, nbf: exp - 3600, exp } });
    }
    case 'wrongAudience':
      return signToken(key, { now, aadObjectId: DEMO_SECRETARY, claims: { aud: 'api://another-app.example.org/x' } });
    default: {
      const person = PEOPLE_BY_IDENTITY[identity];
      return signToken(key, { now, tenantId: person.tenantId, aadObjectId: person.aadObjectId, claims: { name: person.name } });
    }
  }
}

/** The demo council's neighbours: another council in its tenant, and one in another tenant. */
export async function seedNeighbours(deps: AppDeps): Promise<void> {
  await deps.councils.create(aCouncil(OTHER_COUNCIL.councilId, { tenantId: DEMO_TENANT_ID, name: 'Brukerutvalget i NAV Annet' }));
  await deps.members.create(
    aMember(OTHER_COUNCIL.councilId, OTHER_COUNCIL.secretary, { tenantId: DEMO_TENANT_ID, name: 'Oda Annen', role: 'secretary' }),
  );
  await seedOtherTenantCouncil(deps);
}

/** Checks that the seed still has the people the matrix relies on in the roles it relies on. */
export async function assertDemoRoles(deps: AppDeps, today: string): Promise<void> {
  const roster = (await deps.members.listRoster(DEMO_COUNCIL_ID)).map((m) => m.value);
  const find = (id: string) => roster.find((m) => m.aadObjectId === id);
  const problems: string[] = [];
  if (find(PEOPLE_BY_IDENTITY.observer.aadObjectId)?.role !== 'observer') problems.push('observer');
  if (find(PEOPLE_BY_IDENTITY.deputy.aadObjectId)?.deputyOf === undefined) problems.push('deputy');
  const former = find(PEOPLE_BY_IDENTITY.formerMember.aadObjectId);
  if (!former?.activeTo || former.activeTo >= today) problems.push('formerMember');
  if (problems.length > 0) throw new Error(`the demo seed no longer has: ${problems.join(', ')}`);
}
