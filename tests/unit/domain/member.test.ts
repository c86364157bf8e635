import { canManageMeetings, defaultVoting, isActiveOn, isDeputy, type Role } from '../../../bot/src/domain/member';
import { aMember } from './builders';

describe('isActiveOn', () => {
  const member = aMember('ola', { activeFrom: '2024-03-01', activeTo: '2024-06-30' });

  it('is active from the day of the first meeting', () => {
    expect(isActiveOn(member, '2024-02-29')).toBe(false);
    expect(isActiveOn(member, '2024-03-01')).toBe(true);
  });

  it('is active to and including the last day', () => {
    expect(isActiveOn(member, '2024-06-30')).toBe(true);
    expect(isActiveOn(member, '2024-07-01')).toBe(false);
  });

  it('stays active with no end date', () => {
    const current = aMember('kari', { activeFrom: '2024-03-01' });
    expect(isActiveOn(current, '2030-12-31')).toBe(true);
    expect(isActiveOn(current, '2024-02-29')).toBe(false);
  });
});

describe('canManageMeetings', () => {
  it.each<[Role, boolean]>([
    ['secretary', true],
    ['chair', true],
    ['viceChair', false],
    ['member', false],
    ['observer', false],
  ])('%s → %s', (role, expected) => {
    expect(canManageMeetings(aMember('x', { role }))).toBe(expected);
  });
});

describe('defaultVoting and isDeputy', () => {
  it('observers and secretaries do not vote by default; chair, vice chair and members do', () => {
    expect(defaultVoting('chair')).toBe(true);
    expect(defaultVoting('viceChair')).toBe(true);
    expect(defaultVoting('member')).toBe(true);
    expect(defaultVoting('observer')).toBe(false);
    expect(defaultVoting('secretary')).toBe(false);
  });

  it('a personal deputy or a pool deputy is a deputy; an ordinary member is not', () => {
    expect(isDeputy(aMember('per', { deputyOf: 'ola' }))).toBe(true);
    expect(isDeputy(aMember('pal', { inDeputyPool: true }))).toBe(true);
    expect(isDeputy(aMember('ola'))).toBe(false);
  });
});
