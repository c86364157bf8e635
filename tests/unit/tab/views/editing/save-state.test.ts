import { ApiError } from '../../../../../tab/src/api/api-client';
import { textsFor } from '../../../../../bot/src/texts/catalogue';
import { runReload, runSave, type SaveHandlers, type SaveStatus } from '../../../../../tab/src/views/editing/save-state';

const e = textsFor('nb').editing;

/** Records every state the form goes through, the last one being what the person sees. */
function recorder() {
  const seen: SaveStatus[] = [];
  return { seen, steps: { set: (status: SaveStatus) => seen.push(status), texts: e } };
}

function handlers(overrides: Partial<SaveHandlers<string>> = {}) {
  const calls = { saved: [] as string[], fields: [] as string[], focused: [] as string[], announced: [] as string[] };
  const h: SaveHandlers<string> = {
    onSaved: (saved) => calls.saved.push(saved),
    onFieldProblem: (field) => calls.fields.push(field),
    focus: (field) => calls.focused.push(field),
    ...overrides,
  };
  return { h, calls };
}

describe('runSave: what a form shows after a save', () => {
  it('is busy while saving, then ready, and hands over what was saved', async () => {
    const { seen, steps } = recorder();
    const { h, calls } = handlers();
    await runSave(() => Promise.resolve('saved'), h, steps);
    expect(seen).toEqual([{ state: 'saving' }, { state: 'idle' }]);
    expect(calls.saved).toEqual(['saved']);
  });

  it('turns a 412 into the conflict notice and keeps what the person typed', async () => {
    const { seen, steps } = recorder();
    const { h, calls } = handlers();
    await runSave(() => Promise.reject(new ApiError(412, 'concurrentEdit', 'changed')), h, steps);
    expect(seen.at(-1)).toEqual({ state: 'conflict' });
    expect(calls.saved).toEqual([]);
  });

  it('says a refusal in the form’s own words when it has them, and leaves conflicts and the rest to the shared ones', async () => {
    const closed = new ApiError(409, 'meetingClosed', 'closed');
    const explain = (error: unknown) =>
      error instanceof ApiError && error.code === 'meetingClosed' ? 'Møtet er stengt.' : undefined;
    const own = recorder();
    await runSave(() => Promise.reject(closed), handlers({ explain }).h, own.steps);
    expect(own.seen.at(-1)).toEqual({ state: 'idle', message: { intent: 'error', text: 'Møtet er stengt.' } });
    const shared = recorder();
    await runSave(() => Promise.reject(new ApiError(412, 'concurrentEdit', 'changed')), handlers({ explain }).h, shared.steps);
    expect(shared.seen.at(-1)).toEqual({ state: 'conflict' });
  });

  it('puts a field the server refused next to that field, says so above the buttons, and moves focus there', async () => {
    const { seen, steps } = recorder();
    const { h, calls } = handlers();
    const refused = new ApiError(400, 'invalidValue', 'bad place', 'place', { problem: 'required' });
    await runSave(() => Promise.reject(refused), h, steps);
    expect(seen.at(-1)).toEqual({ state: 'idle', message: { intent: 'error', text: e.checkFields } });
    expect(calls.fields).toEqual(['place']);
    expect(calls.focused).toEqual(['place']);
  });

  it('leaves out the summary for a one-field form', async () => {
    const { seen, steps } = recorder();
    const { h } = handlers({ summary: false });
    const refused = new ApiError(400, 'invalidValue', 'bad reason', 'reason', { problem: 'required' });
    await runSave(() => Promise.reject(refused), h, steps);
    expect(seen.at(-1)).toEqual({ state: 'idle' });
  });

  it('says an unreachable server as such, and reads it out where the form announces', async () => {
    const { seen, steps } = recorder();
    const announced: string[] = [];
    const { h } = handlers({ announce: (_intent, text) => announced.push(text) });
    await runSave(() => Promise.reject(new ApiError(0, 'network', 'offline')), h, steps);
    expect(seen.at(-1)).toEqual({ state: 'idle', message: { intent: 'error', text: e.serverUnavailable } });
    expect(announced).toEqual([e.serverUnavailable]);
  });
});

describe('runReload: after "changed by someone else"', () => {
  it('shows the fresh values and says they were reloaded', async () => {
    const { seen, steps } = recorder();
    const fresh: string[] = [];
    await runReload(
      () => Promise.resolve('fresh'),
      (value) => {
        fresh.push(value);
        return undefined;
      },
      steps,
    );
    expect(seen).toEqual([{ state: 'reloading' }, { state: 'idle', message: { intent: 'info', text: e.reloaded } }]);
    expect(fresh).toEqual(['fresh']);
  });

  it('says the entry is gone when the fresh list no longer has it', async () => {
    const { seen, steps } = recorder();
    await runReload(
      () => Promise.resolve('list'),
      () => e.notFound,
      steps,
    );
    expect(seen.at(-1)).toEqual({ state: 'idle', message: { intent: 'error', text: e.notFound } });
  });

  it('does not report a failed reload as "changed by someone else", but as what went wrong, with a way to try again', async () => {
    const { seen, steps } = recorder();
    const fresh: string[] = [];
    await runReload(
      () => Promise.reject(new ApiError(0, 'network', 'offline')),
      (value) => {
        fresh.push(value);
        return undefined;
      },
      steps,
    );
    const shown = seen.at(-1);
    expect(shown).toEqual({ state: 'reloadFailed', message: { intent: 'error', text: e.serverUnavailable } });
    expect(shown?.state).not.toBe('conflict');
    expect(shown?.message?.text).not.toBe(e.changedByOthers);
    expect(fresh).toEqual([]);
  });

  it('says "no longer there" when the reload finds the entry gone (404)', async () => {
    const { seen, steps } = recorder();
    await runReload(
      () => Promise.reject(new ApiError(404, 'notFound', 'gone')),
      () => undefined,
      steps,
    );
    expect(seen.at(-1)).toEqual({ state: 'reloadFailed', message: { intent: 'error', text: e.notFound } });
  });
});
