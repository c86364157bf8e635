/** A member's personal calendar feed address: who it is for, and a hash of its secret (the secret itself is never kept). */
export interface CalendarFeed {
  tenantId: string;
  aadObjectId: string;
  /** SHA-256 of the secret, hex. */
  secretHash: string;
  createdAt: string;
}

/** A feed secret as the server makes them: 32 random bytes, base64url (43 characters). */
export const FEED_SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;
