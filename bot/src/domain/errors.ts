import type { Problem } from './problem';

/**
 * Typed errors raised by the domain core and use cases. Transports map each
 * `code` once: to an HTTP status in http/, to a card message in teams/.
 */
export type DomainErrorCode =
  | 'invalidValue'
  | 'illegalTransition'
  | 'concurrentEdit'
  | 'notFound'
  | 'notCouncilMember'
  | 'forbidden'
  | 'meetingClosed'
  | 'deadlinePassed'
  | 'contention'
  | 'storageUnavailable'
  | 'unauthenticated';

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

/**
 * A value failed validation; `field` names it so a form can show the problem
 * next to it, `problem` says what is wrong (clients translate it). `reason` is
 * an English sentence for logs only: nothing may decide on it.
 */
export class InvalidValue extends DomainError {
  readonly code = 'invalidValue';
  readonly reason: string;
  constructor(
    readonly field: string,
    readonly problem: Problem,
    reason?: string,
  ) {
    const said = reason ?? problem.problem;
    super(`Invalid value for ${field}: ${said}`);
    this.reason = said;
  }
}

export class IllegalTransition extends DomainError {
  readonly code = 'illegalTransition';
  constructor(
    readonly from: string,
    readonly to: string,
  ) {
    super(`A meeting cannot go from ${from} to ${to}`);
  }
}

/** Someone else changed the record since it was read (ETag mismatch). */
export class ConcurrentEdit extends DomainError {
  readonly code = 'concurrentEdit';
  constructor(readonly what: string) {
    super(`${what} was changed by someone else; reload and try again`);
  }
}

export class NotFound extends DomainError {
  readonly code = 'notFound';
  constructor(readonly what: string) {
    super(`${what} was not found`);
  }
}

export class NotCouncilMember extends DomainError {
  readonly code = 'notCouncilMember';
  constructor() {
    super('You are not a member of this council');
  }
}

/** The person is a member but their role does not allow the action. */
export class Forbidden extends DomainError {
  readonly code = 'forbidden';
  constructor(readonly action: string) {
    super(`Your role does not allow: ${action}`);
  }
}

export class MeetingClosed extends DomainError {
  readonly code = 'meetingClosed';
  constructor(readonly meetingId: string) {
    super(`Meeting ${meetingId} no longer accepts this change`);
  }
}

/** A shared counter stayed contended for longer than the time budget allowed. */
export class Contention extends DomainError {
  readonly code = 'contention';
  constructor(readonly what: string) {
    super(`Too many simultaneous changes to ${what}; try again`);
  }
}

/**
 * Storage did not answer in time or could not be reached. Nothing can be said
 * about a write that was under way (it lands whole or not at all), so the
 * answer is "try again shortly", never "changed by someone else".
 */
export class StorageUnavailable extends DomainError {
  readonly code = 'storageUnavailable';
  constructor(
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`Storage is not answering (${reason}); try again shortly`, options);
  }
}

export class Unauthenticated extends DomainError {
  readonly code = 'unauthenticated';
  constructor(readonly reason: string) {
    super(`Not signed in: ${reason}`);
  }
}

/** A deadline (e.g. for written input) has passed; `deadline` is the UTC instant. */
export class DeadlinePassed extends DomainError {
  readonly code = 'deadlinePassed';
  constructor(readonly deadline: string) {
    super(`The deadline ${deadline} has passed`);
  }
}
