/* eslint-disable @typescript-eslint/require-await -- the ports are async; a fake answers at once, and still rejects rather than throws. */
import type { MemberRepository, Versioned } from '../../../bot/src/app/ports';
import type { Member } from '../../../bot/src/domain/member';
import { memberSchema } from '../../../bot/src/schemas/domain-schemas';
import { VersionedRows } from './versioned-rows';

/** Rosters in memory, with the person → councils index the Table adapter keeps beside them. */
export class InMemoryMemberRepository implements MemberRepository {
  private readonly members = new VersionedRows<Member>(memberSchema, 'member');
  /** `${tenantId}~${aadObjectId}` → council ids. */
  private readonly memberships = new Map<string, Set<string>>();

  async listRoster(councilId: string): Promise<Versioned<Member>[]> {
    return this.members.listPartition(councilId);
  }

  async get(councilId: string, aadObjectId: string): Promise<Versioned<Member> | undefined> {
    return this.members.get(councilId, aadObjectId);
  }

  async create(member: Member): Promise<Versioned<Member>> {
    this.members.validate(member);
    // As in storage: the index entry is kept even if the member row then turns out to exist.
    const key = `${member.tenantId}~${member.aadObjectId}`;
    const councils = this.memberships.get(key) ?? new Set<string>();
    councils.add(member.councilId);
    this.memberships.set(key, councils);
    return this.members.create(member.councilId, member.aadObjectId, member);
  }

  async update(member: Member, etag: string): Promise<Versioned<Member>> {
    return this.members.update(member.councilId, member.aadObjectId, member, etag);
  }

  async councilsOf(tenantId: string, aadObjectId: string): Promise<string[]> {
    return [...(this.memberships.get(`${tenantId}~${aadObjectId}`) ?? [])].sort();
  }
}
