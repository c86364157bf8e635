/**
 * The demo council lives in the Microsoft 365 Agents Playground's mock tenant
 * and uses its mock users, so both the bot and the tab can be tried locally.
 */
export const DEMO_TENANT_ID = '00000000-0000-0000-0000-0000000000001';
export const DEMO_COUNCIL_ID = 'demo-vestfold-telemark';
/** The Playground's team ("My Team"): the demo council's channel, so a published notice shows in its General channel. */
export const DEMO_TEAM_ID = 'team-id';

const playgroundUser = (n: number): string => `00000000-0000-0000-0000-00000000000${n}`;
export const DEMO_SECRETARY = playgroundUser(20); // Alex Wilber, the Playground's default user
export const DEMO_CHAIR = playgroundUser(21); // Megan Bowen
export const DEMO_MEMBERS = {
  adele: playgroundUser(22),
  isaiah: playgroundUser(23),
  patti: playgroundUser(24),
  lynne: playgroundUser(25),
} as const;
