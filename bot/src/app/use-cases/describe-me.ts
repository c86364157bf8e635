import type { Language } from '../../domain/language';
import type { Role } from '../../domain/member';
import type { AppDeps, Principal } from '../deps';
import { findMemberships } from '../scope/find-memberships';

export interface MyCouncil {
  id: string;
  name: string;
  role: Role;
  language: Language;
}

export interface Me {
  aadObjectId: string;
  tenantId: string;
  name: string;
  councils: MyCouncil[];
}

export interface DescribeMeInput {
  principal: Principal;
}

/** The councils a person is an active member of, with their role and language. */
export async function describeMe(deps: AppDeps, input: DescribeMeInput): Promise<Me> {
  const { principal } = input;
  const memberships = await findMemberships(deps, principal);
  return {
    aadObjectId: principal.aadObjectId,
    tenantId: principal.tenantId,
    name: memberships.at(-1)?.member.name ?? '',
    councils: memberships.map(({ council, member }) => ({
      id: council.id,
      name: council.name,
      role: member.role,
      language: member.language ?? council.language,
    })),
  };
}
