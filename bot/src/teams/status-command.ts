import { languageFor } from '../app/use-cases/language-for';
import { memberOverview } from '../app/use-cases/member-overview';
import { myOpenFollowUps } from '../app/use-cases/my-open-follow-ups';
import { followUpCard } from '../cards/follow-up-card';
import { textsFor } from '../texts/catalogue';
import { principalOf } from './activity-principal';
import type { CommandHandler } from './command-request';
import { sendCard } from './send-card';
import { personalStatusCard } from './status-actions';

/** "min status" / "my status": for each council, the next meeting and what is answered and still open. */
export const statusCommand: CommandHandler = async ({ turn, deps }) => {
  const principal = principalOf(turn.activity);
  const overview = await memberOverview(deps, { principal });
  const language = (await languageFor(deps, { principal, locale: turn.activity.locale })).language;
  const t = textsFor(language).cards;
  if (overview.length === 0) {
    await turn.sendActivity(t.noCouncil);
    return;
  }
  for (const view of overview) {
    if (view.status) await sendCard(turn, personalStatusCard({ ...view, status: view.status }, language));
    else await turn.sendActivity(`${view.membership.council.name}: ${t.noUpcomingMeeting}`);
  }
  // Then the member's own open follow-ups, one card each, so each is marked done in place.
  for (const { council, followUps } of await myOpenFollowUps(deps, { principal })) {
    if (followUps.length === 0) continue;
    await turn.sendActivity(`${council.name}: ${textsFor(language).followUps.mine(followUps.length)}`);
    for (const entry of followUps) {
      await sendCard(
        turn,
        followUpCard({
          language,
          councilName: council.name,
          timeZone: council.timeZone,
          entry,
          note: '',
          canMarkDone: true,
          problems: [],
        }),
      );
    }
  }
};
