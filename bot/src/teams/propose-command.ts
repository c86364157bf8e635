import { principalOf } from './activity-principal';
import type { CommandHandler } from './command-request';
import { proposalForm } from './proposal-actions';
import { sendResult } from './send-card';

/** "foreslå sak" / "propose item": the proposal form. */
export const proposeCommand: CommandHandler = async ({ turn, deps }) => {
  await sendResult(turn, await proposalForm(deps, principalOf(turn.activity), turn.activity.locale));
};
