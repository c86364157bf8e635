import { startStorageWait, withStorageBudget } from '../../../bot/src/config/storage-budget';
import { StorageUnavailable } from '../../../bot/src/domain/errors';
import { azuriteConnectionString, freePort } from '../../../bot/src/dev/azurite';
import { createTableClientFactory } from '../../../bot/src/storage/table-storage';

describe("a request's storage budget", () => {
  it('lets each call wait its own timeout, outside a request and while the budget lasts', async () => {
    expect(startStorageWait(2_500).timeoutMs).toBe(2_500);
    const inside = await withStorageBudget(8_000, () => {
      const wait = startStorageWait(2_500);
      wait.end();
      return Promise.resolve(wait.timeoutMs);
    });
    expect(inside).toBe(2_500);
  });

  it('shortens a call to what is left of the budget', async () => {
    const left = await withStorageBudget(1_000, () => Promise.resolve(startStorageWait(2_500).timeoutMs));
    expect(left).toBeLessThanOrEqual(1_000);
  });

  it('refuses a Table call once the budget is spent, without sending it', async () => {
    // Nothing listens on this port: a call that went out would fail differently (connection refused, after retries).
    const port = await freePort();
    const tables = createTableClientFactory({
      kind: 'connectionString',
      connectionString: azuriteConnectionString(port),
      tablePrefix: 'budget',
    });
    const error: unknown = await withStorageBudget(0, () => tables('councils').getEntity('p', 'r')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageUnavailable);
    expect((error as StorageUnavailable).reason).toBe('the request has spent its storage budget');
  });
});
