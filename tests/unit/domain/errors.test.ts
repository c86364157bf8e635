import { DomainError, IllegalTransition, InvalidValue } from '../../../bot/src/domain/errors';

describe('domain errors', () => {
  it('InvalidValue names the field and carries a stable code', () => {
    const error = new InvalidValue('caseNumber', { problem: 'invalid' }, 'bad');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('invalidValue');
    expect(error.field).toBe('caseNumber');
    expect(error.message).toContain('caseNumber');
  });

  it('IllegalTransition names both statuses', () => {
    const error = new IllegalTransition('held', 'cancelled');
    expect(error.code).toBe('illegalTransition');
    expect(error.from).toBe('held');
    expect(error.to).toBe('cancelled');
    expect(error.message).toBe('A meeting cannot go from held to cancelled');
  });
});
