import { ConcurrentEdit } from '../../domain/errors';
import type { Versioned } from '../ports';

/**
 * The client edits what it read: a stale ETag is refused before anything is
 * checked or written, so the person is told "changed by someone else" rather
 * than judged on data they never saw. The write itself is conditional too.
 */
export function requireSameVersion(stored: Versioned<unknown>, etag: string, what: string): void {
  if (stored.etag !== etag) throw new ConcurrentEdit(what);
}
