import { DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import {
  botAddedToTeam,
  invokeAction,
  postActivity,
  type InvokeActionOptions,
  type Sender,
  type TeamPlace,
} from '../../support/activities';
import { postInvoke } from '../../support/card-invoke';
import { channelAsShown, channelMention, teamAccount, type ChannelMessage } from '../../support/team-setup';
import { useRecordedTestApp } from '../../support/test-app';

const NOW = new Date('2025-03-10T09:00:00.000Z');
const KARI: Sender = { aadObjectId: 'aad-kari', name: 'Kari Nordmann' };
const OLA: Sender = { aadObjectId: 'aad-ola', name: 'Ola Hansen' };
const choices = { councilName: 'Brukarutvalet Vest', language: 'nn', timeZone: 'Europe/Oslo', kind: 'regional' };

/** The title of what a message shows: its card's first text, or its text. */
const titleOf = (m: ChannelMessage) => m.card?.texts[0] ?? m.text;

describe('one setup card per team, showing the council once it is confirmed', () => {
  const served = useRecordedTestApp({ seed: false, clock: () => NOW });
  const { recorder } = served;
  recorder.roster.push(teamAccount(KARI), teamAccount(OLA));

  const install = async (team: TeamPlace, by: Sender) =>
    expect((await postActivity(served.running.baseUrl, botAddedToTeam(recorder.url, team.teamId, by))).status).toBeLessThan(300);
  const oppsett = async (team: TeamPlace, by: Sender) =>
    expect(
      (await postActivity(served.running.baseUrl, channelMention(recorder.url, team, by, '<at>Utvalg</at> oppsett'))).status,
    ).toBeLessThan(300);
  const confirm = async (team: TeamPlace, by: Sender, options: Partial<InvokeActionOptions>) => {
    const reply = await postInvoke(
      served.running.baseUrl,
      invokeAction(recorder.url, by, 'setupCouncil', { step: 'confirm', ...choices }, { team, ...options }),
    );
    expect(reply.status).toBe(200);
    return reply;
  };
  const cardsIn = (team: TeamPlace) => channelAsShown(recorder, team.teamId).filter((m) => m.card !== undefined);

  it('install, "oppsett", confirm: one card, which ends up saying the council is set up, in its language', async () => {
    const team: TeamPlace = { teamId: '19:one-card@thread.tacv2', teamName: 'Vest' };
    await install(team, KARI);
    await oppsett(team, KARI);
    const [card] = cardsIn(team);
    expect(card?.card?.texts[0]).toBe('Utvalg settes opp');
    await confirm(team, KARI, { replyToId: card!.id });

    const shown = channelAsShown(recorder, team.teamId);
    expect(shown.map(titleOf)).toEqual(['Brukarutvalet er sett opp', 'Oppsettet er allerede i gang i kortet over.']);
    expect(shown[0]).toMatchObject({ id: card!.id, updates: 1 });
    expect(shown[0]?.card?.facts[0]).toEqual({ title: 'Utval', value: choices.councilName });
    expect(shown.some((m) => m.card?.texts.includes('Utvalg settes opp'))).toBe(false);
  });

  it('someone else writing "oppsett" takes over on the same card, and confirms from it', async () => {
    const team: TeamPlace = { teamId: '19:take-over@thread.tacv2', teamName: 'Aust' };
    await install(team, KARI);
    await oppsett(team, OLA);
    const [card, ...more] = cardsIn(team);
    expect(more).toEqual([]);
    // The card now names Ola, and refreshes into the form for Ola only.
    expect(card?.card?.texts[1]).toBe(
      'Ola Hansen setter opp brukerutvalget for dette teamet. Bare Ola Hansen kan fullføre oppsettet.',
    );
    expect(card?.card?.raw['refresh']).toMatchObject({ userIds: [`29:${OLA.aadObjectId}`] });
    expect(channelAsShown(recorder, team.teamId).map((m) => m.text)).toContain(
      'Nå er det du som setter opp brukerutvalget. Fortsett i kortet over.',
    );

    await confirm(team, OLA, { replyToId: card!.id });
    expect(cardsIn(team).map(titleOf)).toEqual(['Brukarutvalet er sett opp']);
  });

  it('two "oppsett" at the same moment post one card', async () => {
    const team: TeamPlace = { teamId: '19:race-cards@thread.tacv2', teamName: 'Nord' };
    await Promise.all([oppsett(team, KARI), oppsett(team, KARI), oppsett(team, OLA)]);
    const shown = channelAsShown(recorder, team.teamId);
    expect(shown.filter((m) => m.card)).toHaveLength(1);
    expect(shown.filter((m) => m.text)).toHaveLength(2);
    const [card] = cardsIn(team);
    // Whoever asked last sets up, and the one card says who that is.
    const installer = (await served.running.app.deps.councils.getPendingSetup(DEMO_TENANT_ID, team.teamId))?.value.installer;
    expect(card?.card?.raw['refresh']).toMatchObject({ userIds: [installer?.teamsUserId] });

    await confirm(team, installer?.aadObjectId === OLA.aadObjectId ? OLA : KARI, { replyToId: card!.id });
    expect(cardsIn(team).map(titleOf)).toEqual(['Brukarutvalet er sett opp']);
  });

  it('a confirm pressed on an older, unrecorded card updates that card and the recorded one', async () => {
    const team: TeamPlace = { teamId: '19:old-card@thread.tacv2', teamName: 'Sør' };
    await install(team, KARI);
    const [card] = cardsIn(team);
    await confirm(team, KARI, { replyToId: 'posted-before-cards-were-kept' });
    const puts = recorder.calls.filter((c) => c.method === 'PUT' && c.path.includes(encodeURIComponent(team.teamId)));
    expect(puts.map((c) => decodeURIComponent(c.path.split('/activities/')[1] ?? '')).sort()).toEqual(
      [card!.id, 'posted-before-cards-were-kept'].sort(),
    );
    // Both cards (the older one only ever seen through its update) say it is set up.
    expect(cardsIn(team).map(titleOf)).toEqual(['Brukarutvalet er sett opp', 'Brukarutvalet er sett opp']);
  });
});
