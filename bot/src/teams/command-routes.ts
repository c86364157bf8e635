import { attendanceCommand, apologiesCommand } from './attendance-command';
import type { CommandHandler } from './command-request';
import type { CommandId } from './command-table';
import { helpCommand } from './help-command';
import { inputCommand } from './input-command';
import { proposeCommand } from './propose-command';
import { setupCommand } from './setup-command';
import { statusCommand } from './status-command';

/** One handler per command id; TypeScript insists every id has one. */
export const COMMAND_ROUTES: Record<CommandId, CommandHandler> = {
  help: helpCommand,
  propose: proposeCommand,
  attendance: attendanceCommand,
  apologies: apologiesCommand,
  input: inputCommand,
  status: statusCommand,
  setup: setupCommand,
};
