import { describePortContract } from '../../contract/ports.contract';
import { composeDeps } from '../../support/storage-builders';
import { freshTestStorage } from '../../support/test-storage';

// The same cases as the in-memory fakes (tests/unit/fakes/ports-on-fakes.test.ts), on the Table adapters.
describePortContract('Table adapters on Azurite', async () =>
  composeDeps(await freshTestStorage(), { clock: () => new Date('2026-03-10T09:00:00Z') }),
);
