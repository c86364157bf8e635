import type { MemberDraft } from '../../../bot/src/domain/roster-rules';
import type { RosterView } from '../../../bot/src/domain/roster-view';
import type { ApiClient } from './api-client';
import type { SavedMember } from '../../../bot/src/contracts/roster';

export type { SavedMember };

const id = encodeURIComponent;

/** The roster area of the tab API (bot/src/http/routes/roster-routes.ts). */
export function rosterApi(client: ApiClient) {
  const members = (councilId: string) => `/api/councils/${id(councilId)}/members`;
  return {
    roster: async (councilId: string): Promise<RosterView> =>
      (await client.request<RosterView>('GET', `/api/councils/${id(councilId)}/roster`)).body,
    add: async (councilId: string, body: MemberDraft & { aadObjectId: string }): Promise<SavedMember> =>
      (await client.request<SavedMember>('POST', members(councilId), { body })).body,
    update: async (councilId: string, memberId: string, draft: MemberDraft, etag: string): Promise<SavedMember> =>
      (await client.request<SavedMember>('PUT', `${members(councilId)}/${id(memberId)}`, { body: draft, etag })).body,
    end: async (councilId: string, memberId: string, activeTo: string, etag: string): Promise<SavedMember> =>
      (await client.request<SavedMember>('POST', `${members(councilId)}/${id(memberId)}/end`, { body: { activeTo }, etag })).body,
    reactivate: async (councilId: string, memberId: string, draft: MemberDraft, etag: string): Promise<SavedMember> =>
      (await client.request<SavedMember>('POST', `${members(councilId)}/${id(memberId)}/reactivate`, { body: draft, etag })).body,
  };
}
