import type { Catalogue } from '../catalogue';

export const commands: Catalogue['commands'] = {
  propose: 'Propose an item for a meeting',
  attendance: 'Say whether you will attend the next meeting',
  apologies: 'Send apologies, or send your deputy',
  input: 'Give written input before the deadline',
  status: 'See what you have answered and what is still open',
  setup: 'Set up the user council in this team',
  help: 'Show what I can help with',
};
