import { describeFollowUpContract } from '../../contract/follow-ups.contract';
import { composeDeps } from '../../support/storage-builders';
import { freshTestStorage } from '../../support/test-storage';

// The same cases as the in-memory fake (tests/unit/fakes/follow-ups-on-fakes.test.ts), on the Table adapter.
describeFollowUpContract('Table adapter on Azurite', async () =>
  composeDeps(await freshTestStorage(), { clock: () => new Date('2026-03-10T09:00:00Z') }),
);
