import { TeamsInfo, type ChannelAccount, type TeamsChannelAccount, type TurnContext } from 'botbuilder';
import type { TeamMember } from '../domain/roster-sync';

/** Teams serves at most 500 members a page; fewer round trips matter more than page size here. */
export const ROSTER_PAGE_SIZE = 500;
/** 500 pages of 500 is far beyond any team; a connector that never stops paging is a bug, not a roster. */
const MAX_PAGES = 500;

/** Every member of a team (guests included), read page by page with the paged roster API. */
export async function readTeamRoster(context: TurnContext, teamId: string, pageSize = ROSTER_PAGE_SIZE): Promise<TeamMember[]> {
  const members: TeamMember[] = [];
  let continuationToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await TeamsInfo.getPagedTeamMembers(context, teamId, pageSize, continuationToken);
    for (const account of result.members ?? []) {
      const member = teamMemberOf(account);
      if (member) members.push(member);
    }
    continuationToken = result.continuationToken || undefined;
    if (continuationToken === undefined) return members;
  }
  throw new Error(`The roster of team ${teamId} did not end after ${MAX_PAGES} pages`);
}

/** A Teams account as a team member; bots and accounts without an Entra id are not people. */
export function teamMemberOf(account: Partial<TeamsChannelAccount> & ChannelAccount): TeamMember | undefined {
  if (!account.aadObjectId || account.role === 'bot') return undefined;
  const fullName = [account.givenName, account.surname].filter(Boolean).join(' ');
  const member: TeamMember = {
    aadObjectId: account.aadObjectId,
    name: account.name || fullName || account.userPrincipalName || account.email || account.aadObjectId,
  };
  if (account.userRole) member.userRole = account.userRole;
  return member;
}
