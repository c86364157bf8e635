import type { DecisionAction } from '../../../bot/src/domain/proposal';
import type { ApiClient } from './api-client';
import type { DecisionReply, InboxReply } from '../../../bot/src/contracts/agenda';

const id = encodeURIComponent;

/** What a decision sends besides its id: a reason, and the meeting or item it points to. */
export interface DecisionBody {
  reason?: string;
  toMeetingId?: string;
  itemId?: string;
}

/** The proposals inbox's calls. `decisionId` is made once per decision, so a retry is recognised by the server. */
export function proposalApi(client: ApiClient, councilId: string, meetingId: string) {
  const base = `/api/councils/${id(councilId)}/meetings/${id(meetingId)}/proposals`;
  return {
    load: async () => (await client.request<InboxReply>('GET', base)).body.inbox,
    decide: async (action: DecisionAction, proposalId: string, etag: string, decisionId: string, body: DecisionBody) =>
      (
        await client.request<DecisionReply>('POST', `${base}/${id(proposalId)}/${action}`, {
          body: { decisionId, ...body },
          etag,
        })
      ).body,
  };
}
export type ProposalApi = ReturnType<typeof proposalApi>;
