import type { AppDeps } from '../../bot/src/app/deps';
import { ConcurrentEdit, InvalidValue, NotFound } from '../../bot/src/domain/errors';
import type { FollowUp } from '../../bot/src/domain/follow-up';
import { LIMITS } from '../../bot/src/domain/limits';
import { rejectionOf } from '../support/storage-builders';

/**
 * What every implementation of the follow-up port promises, run on the
 * in-memory fake (tests/unit/fakes/follow-ups-on-fakes.test.ts) and on the
 * Table adapter on Azurite (tests/integration/storage/follow-ups-on-azurite.test.ts).
 */
export function describeFollowUpContract(implementation: string, makePorts: () => Promise<Pick<AppDeps, 'followUps'>>): void {
  describe(`the follow-up port (${implementation})`, () => {
    let deps: Pick<AppDeps, 'followUps'>;
    beforeAll(async () => {
      deps = await makePorts();
    });

    const aFollowUp = (councilId: string, id: string, overrides: Partial<FollowUp> = {}): FollowUp => ({
      id,
      councilId,
      meetingId: 'm-2026-03-10',
      meetingStartsAt: '2026-03-10T09:00:00.000Z',
      itemId: 'item-1',
      responsibleId: 'member-1',
      what: 'Sjekke om brukerpanelet kan møtes i Notodden',
      due: '2026-05-01',
      status: 'open',
      createdBy: 'secretary-1',
      createdAt: '2026-03-10T10:00:00.000Z',
      ...overrides,
    });

    it('lists a council’s open follow-ups from every meeting by due date, without done ones or other councils’', async () => {
      const c = 'council-fu-list';
      await deps.followUps.create(aFollowUp(c, 'late', { due: '2026-09-01', meetingId: 'm-2026-01-10' }));
      await deps.followUps.create(aFollowUp(c, 'soon', { due: '2026-04-01' }));
      await deps.followUps.create(
        aFollowUp(c, 'done', { status: 'done', done: { by: 'member-1', at: '2026-03-20T10:00:00.000Z', note: 'Gjort' } }),
      );
      await deps.followUps.create(aFollowUp('council-fu-other', 'elsewhere'));
      expect((await deps.followUps.listOpenFollowUps(c)).map((r) => r.value.id)).toEqual(['soon', 'late']);
      expect(await deps.followUps.listOpenFollowUps('council-fu-none')).toEqual([]);
    });

    it('lists every follow-up of a council, done ones included, by due date (the minutes that agreed them)', async () => {
      const c = 'council-fu-all';
      await deps.followUps.create(aFollowUp(c, 'late', { due: '2026-09-01' }));
      await deps.followUps.create(
        aFollowUp(c, 'done', {
          due: '2026-04-15',
          status: 'done',
          done: { by: 'member-1', at: '2026-03-20T10:00:00.000Z', note: 'Gjort' },
        }),
      );
      await deps.followUps.create(aFollowUp(c, 'soon', { due: '2026-04-01' }));
      await deps.followUps.create(aFollowUp('council-fu-all-other', 'elsewhere'));
      const all = await deps.followUps.listAllFollowUps(c);
      expect(all.map((r) => [r.value.id, r.value.status])).toEqual([
        ['soon', 'open'],
        ['done', 'done'],
        ['late', 'open'],
      ]);
      expect(all.every((r) => r.etag !== '')).toBe(true);
      expect(await deps.followUps.listAllFollowUps('council-fu-none')).toEqual([]);
    });

    it('lists one meeting’s follow-ups, open and done, in the order written down, without other meetings’', async () => {
      const c = 'council-fu-agreed';
      await deps.followUps.create(aFollowUp(c, 'second', { createdAt: '2026-03-10T10:05:00.000Z' }));
      await deps.followUps.create(
        aFollowUp(c, 'first', {
          status: 'done',
          done: { by: 'member-1', at: '2026-03-20T10:00:00.000Z', note: 'Gjort' },
          createdAt: '2026-03-10T10:01:00.000Z',
        }),
      );
      await deps.followUps.create(aFollowUp(c, 'earlier-meeting', { meetingId: 'm-2026-01-10' }));
      expect((await deps.followUps.listAgreedAt(c, 'm-2026-03-10')).map((r) => r.value.id)).toEqual(['first', 'second']);
      expect(await deps.followUps.listAgreedAt(c, 'm-none')).toEqual([]);
    });

    it('refuses the stale save of two people marking the same follow-up, and keeps the first', async () => {
      const c = 'council-fu-etag';
      const created = await deps.followUps.create(aFollowUp(c, 'two-hands'));
      const first = await deps.followUps.update(
        { ...created.value, status: 'done', done: { by: 'member-1', at: '2026-03-20T10:00:00.000Z', note: 'Ringt' } },
        created.etag,
      );
      const stale = await rejectionOf(
        deps.followUps.update(
          { ...created.value, status: 'done', done: { by: 'secretary-1', at: '2026-03-20T10:01:00.000Z', note: 'Annet' } },
          created.etag,
        ),
      );
      expect(stale).toBeInstanceOf(ConcurrentEdit);
      expect((await deps.followUps.get(c, 'two-hands'))?.value.done?.note).toBe('Ringt');
      // The returned ETag is good for the next save.
      await deps.followUps.update({ ...first.value, what: 'Ringe Notodden' }, first.etag);
      expect((await deps.followUps.listOpenFollowUps(c)).map((r) => r.value.id)).toEqual([]);
    });

    it('refuses a second follow-up with the same id, an update of one not there, and a value it would not store', async () => {
      const c = 'council-fu-refuse';
      await deps.followUps.create(aFollowUp(c, 'once'));
      expect(await rejectionOf(deps.followUps.create(aFollowUp(c, 'once', { what: 'Noe annet' })))).toBeInstanceOf(
        ConcurrentEdit,
      );
      expect((await deps.followUps.get(c, 'once'))?.value.what).toBe('Sjekke om brukerpanelet kan møtes i Notodden');
      const etag = (await deps.followUps.get(c, 'once'))!.etag;
      expect(await rejectionOf(deps.followUps.update(aFollowUp(c, 'missing'), etag))).toBeInstanceOf(NotFound);
      expect(
        await rejectionOf(deps.followUps.create(aFollowUp(c, 'long', { what: 'x'.repeat(LIMITS.description + 1) }))),
      ).toBeInstanceOf(InvalidValue);
      expect(await deps.followUps.get(c, 'long')).toBeUndefined();
      expect(await deps.followUps.get(c, 'nothing')).toBeUndefined();
    });
  });
}
