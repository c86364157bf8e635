import { languageFor } from '../app/use-cases/language-for';
import { memberOverview } from '../app/use-cases/member-overview';
import { viewWrittenInput } from '../app/use-cases/give-written-input';
import { textsFor } from '../texts/catalogue';
import { principalOf } from './activity-principal';
import type { CommandHandler } from './command-request';
import { inputCardFor } from './input-actions';
import { sendResult } from './send-card';

/** At most this many input cards in answer to one message; more would bury the chat. */
const MAX_CARDS = 5;

/** "innspill" / "innspel" / "input": a card for each open input request of the next meetings, unanswered first. */
export const inputCommand: CommandHandler = async ({ turn, deps }) => {
  const principal = principalOf(turn.activity);
  const overview = await memberOverview(deps, { principal });
  const language = (await languageFor(deps, { principal, locale: turn.activity.locale })).language;
  if (overview.length === 0) {
    await turn.sendActivity(textsFor(language).cards.noCouncil);
    return;
  }
  const open = overview.flatMap(({ membership, status }) =>
    (status?.inputs ?? []).filter((i) => i.open).map((i) => ({ membership, meetingId: status!.meeting.id, ...i })),
  );
  open.sort((a, b) => Number(a.answered) - Number(b.answered));
  if (open.length === 0) {
    await turn.sendActivity(textsFor(language).inputCard.noOpenInputs);
    return;
  }
  for (const request of open.slice(0, MAX_CARDS)) {
    const view = await viewWrittenInput(deps, {
      principal,
      councilId: request.membership.council.id,
      meetingId: request.meetingId,
      requestId: request.request.id,
    });
    await sendResult(turn, inputCardFor(view));
  }
};
