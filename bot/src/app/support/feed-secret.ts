import { createHash } from 'node:crypto';

/**
 * What is stored of a feed secret. A plain SHA-256 is enough: the secret is
 * 32 random bytes, so there is nothing to guess a way back to (unlike a password).
 */
export function hashFeedSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
