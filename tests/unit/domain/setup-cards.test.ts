import type { PendingSetup } from '../../../bot/src/domain/council-setup';
import {
  askForSetup,
  SETUP_CARD_CLAIM_MS,
  unconfirmedCards,
  withCardPosted,
  withCardsConfirmed,
  withoutClaim,
} from '../../../bot/src/domain/setup-cards';

const NOW = new Date('2025-03-10T09:00:00.000Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const KARI = { aadObjectId: 'aad-kari', teamsUserId: '29:kari', name: 'Kari' };
const OLA = { aadObjectId: 'aad-ola', teamsUserId: '29:ola', name: 'Ola' };
const asked = (installer = KARI, at = NOW): PendingSetup => ({
  tenantId: 't',
  teamId: '19:team',
  installer,
  language: 'nb',
  startedAt: at.toISOString(),
  cards: [],
});
const card = { conversationId: '19:team', activityId: 'm1', postedAt: NOW.toISOString() };

describe('one setup card per team', () => {
  it('the first ask claims posting the card', () => {
    const ask = askForSetup(undefined, asked(), 'a1', NOW);
    expect(ask).toEqual({ kind: 'post', setup: { ...asked(), posting: { claimId: 'a1', at: NOW.toISOString() } } });
  });

  it('while a card is being posted, another ask posts none; after the claim expires it may', () => {
    const claimed = askForSetup(undefined, asked(), 'a1', NOW).setup;
    expect(askForSetup(claimed, asked(), 'a2', later(SETUP_CARD_CLAIM_MS - 1)).kind).toBe('underWay');
    expect(askForSetup(claimed, asked(), 'a2', later(SETUP_CARD_CLAIM_MS))).toMatchObject({
      kind: 'post',
      setup: { posting: { claimId: 'a2' } },
    });
  });

  it('once a card is posted, the same person asking again changes nothing', () => {
    const posted = withCardPosted(askForSetup(undefined, asked(), 'a1', NOW).setup, card, 'a1');
    expect(posted.posting).toBeUndefined();
    expect(askForSetup(posted, asked(KARI, later(5_000_000)), 'a2', later(5_000_000))).toEqual({
      kind: 'underWay',
      setup: posted,
      tookOver: false,
    });
  });

  it('someone else asking takes over and keeps the card', () => {
    const posted = withCardPosted(askForSetup(undefined, asked(), 'a1', NOW).setup, card, 'a1');
    const ask = askForSetup(posted, asked(OLA, later(1000)), 'a2', later(1000));
    expect(ask).toMatchObject({ kind: 'underWay', tookOver: true, setup: { installer: OLA, cards: [card] } });
  });

  it('a claim is finished or given back only by its own request', () => {
    const claimed = askForSetup(undefined, asked(), 'a1', NOW).setup;
    expect(withoutClaim(claimed, 'other')).toBe(claimed);
    expect(withoutClaim(claimed, 'a1').posting).toBeUndefined();
    expect(withCardPosted(claimed, card, 'other')).toMatchObject({ posting: { claimId: 'a1' }, cards: [card] });
  });

  it('confirmed cards are not shown again', () => {
    const two = { ...asked(), cards: [card, { ...card, activityId: 'm2' }] };
    const done = withCardsConfirmed(two, new Set(['m1']));
    expect(unconfirmedCards(done).map((c) => c.activityId)).toEqual(['m2']);
  });
});
