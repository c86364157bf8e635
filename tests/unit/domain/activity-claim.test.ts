import { ABANDONED_CLAIM_MS, judgeClaim } from '../../../bot/src/domain/activity-claim';

describe('a duplicate-delivery claim found by a redelivery', () => {
  const claimedAt = '2027-03-10T08:55:00.000Z';
  const after = (ms: number) => new Date(Date.parse(claimedAt) + ms);

  it('is done once completed, however old', () => {
    expect(judgeClaim({ claimedAt, completedAt: claimedAt }, after(0))).toBe('completed');
    expect(judgeClaim({ claimedAt, completedAt: claimedAt }, after(86_400_000))).toBe('completed');
  });

  it('is still being handled within the lease, and abandoned from then on', () => {
    expect(judgeClaim({ claimedAt }, after(ABANDONED_CLAIM_MS - 1))).toBe('inProgress');
    expect(judgeClaim({ claimedAt }, after(ABANDONED_CLAIM_MS))).toBe('abandoned');
  });

  it('is abandoned by the time Teams retries (15 s), never before a request could have finished waiting on storage', () => {
    expect(judgeClaim({ claimedAt }, after(15_000))).toBe('abandoned');
    expect(judgeClaim({ claimedAt }, after(8_000))).toBe('inProgress');
  });
});
