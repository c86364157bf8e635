import { TeamsInfo, type ChannelAccount, type TeamsChannelAccount, type TurnContext } from 'botbuilder';
import type { TeamRosterEntry } from '../app/use-cases/remember-member-addresses';
import type { TeamMember } from '../domain/roster-sync';
import { memberAddressOf, type AddressOrigin } from './member-address';

/** Teams serves at most 500 members a page; fewer round trips matter more than page size here. */
export const ROSTER_PAGE_SIZE = 500;
/** 500 pages of 500 is far beyond any team; a connector that never stops paging is a bug, not a roster. */
const MAX_PAGES = 500;

/**
 * Every member of a team (guests included), read page by page with the paged
 * roster API, each with the address that opens a 1:1 chat with them.
 */
export async function readTeamRoster(
  context: TurnContext,
  origin: AddressOrigin,
  teamId: string,
  pageSize = ROSTER_PAGE_SIZE,
): Promise<TeamRosterEntry[]> {
  const members: TeamRosterEntry[] = [];
  let continuationToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await TeamsInfo.getPagedTeamMembers(context, teamId, pageSize, continuationToken);
    for (const account of result.members ?? []) {
      const member = teamMemberOf(account);
      const address = memberAddressOf(account, origin);
      if (member) members.push(address ? { member, address } : { member });
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
