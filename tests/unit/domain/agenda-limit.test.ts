import { assertRoomOnAgenda } from '../../../bot/src/domain/agenda-edit';
import { InvalidValue } from '../../../bot/src/domain/errors';
import { MAX_AGENDA_ITEMS } from '../../../bot/src/domain/limits';
import { anItem } from './builders';

/** An agenda with the two standard items and `ordinary` others, `removed` of them taken off. */
function agendaOf(ordinary: number, removed = 0) {
  return [
    anItem('approval', 0, { standard: 'approval', kind: 'decision' }),
    ...Array.from({ length: ordinary }, (_, i) =>
      anItem(`item-${i}`, (i + 1) * 10, i < removed ? { removedAt: '2026-03-01T10:00:00.000Z' } : {}),
    ),
    anItem('aob', 1000, { standard: 'anyOtherBusiness' }),
  ];
}

function refusal(run: () => void): InvalidValue | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidValue) return error;
    throw error;
  }
  return undefined;
}

describe(`an agenda holds at most ${MAX_AGENDA_ITEMS} items, the standard ones included`, () => {
  it('takes the item that makes it full', () => {
    expect(refusal(() => assertRoomOnAgenda(agendaOf(MAX_AGENDA_ITEMS - 3), 1))).toBeUndefined();
  });

  it('refuses one more, naming the limit', () => {
    const refused = refusal(() => assertRoomOnAgenda(agendaOf(MAX_AGENDA_ITEMS - 2), 1));
    expect(refused).toBeInstanceOf(InvalidValue);
    expect(refused?.field).toBe('agenda');
    expect(refused?.problem).toEqual({ problem: 'agendaFull', params: { max: MAX_AGENDA_ITEMS } });
  });

  it('refuses several added at once (standard items, an accepted batch) that would pass the limit together', () => {
    expect(refusal(() => assertRoomOnAgenda(agendaOf(MAX_AGENDA_ITEMS - 4), 2))).toBeUndefined();
    expect(refusal(() => assertRoomOnAgenda(agendaOf(MAX_AGENDA_ITEMS - 4), 3))).toBeInstanceOf(InvalidValue);
  });

  it('does not count items taken off the agenda: removing one makes room', () => {
    expect(refusal(() => assertRoomOnAgenda(agendaOf(MAX_AGENDA_ITEMS - 2, 1), 1))).toBeUndefined();
  });
});
