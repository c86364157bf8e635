/* eslint-disable @typescript-eslint/require-await -- the ports are async; a fake answers at once, and still rejects rather than throws. */
import { MAX_MEMBERS_AT_ONCE, type MemberRepository, type Versioned } from '../../../bot/src/app/ports';
import { ConcurrentEdit } from '../../../bot/src/domain/errors';
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

  async createAll(members: readonly Member[]): Promise<void> {
    const councilId = members[0]?.councilId;
    if (councilId === undefined) return;
    if (members.length > MAX_MEMBERS_AT_ONCE || members.some((m) => m.councilId !== councilId)) {
      throw new Error(`createAll takes at most ${MAX_MEMBERS_AT_ONCE} members of one council`);
    }
    for (const member of members) this.members.validate(member);
    for (const member of members) {
      const key = `${member.tenantId}~${member.aadObjectId}`;
      this.memberships.set(key, (this.memberships.get(key) ?? new Set<string>()).add(member.councilId));
    }
    // All or none, as one transaction is.
    if (members.some((m) => this.members.get(m.councilId, m.aadObjectId) !== undefined)) throw new ConcurrentEdit('member');
    for (const member of members) this.members.create(member.councilId, member.aadObjectId, member);
  }

  async update(member: Member, etag: string): Promise<Versioned<Member>> {
    return this.members.update(member.councilId, member.aadObjectId, member, etag);
  }

  async councilsOf(tenantId: string, aadObjectId: string): Promise<string[]> {
    return [...(this.memberships.get(`${tenantId}~${aadObjectId}`) ?? [])].sort();
  }
}
