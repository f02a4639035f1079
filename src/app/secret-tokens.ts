// Session and API tokens: random, shown to their holder once; the database keeps
// only their SHA-256, so reading it does not give anyone a way in.
import { createHash, randomBytes } from 'node:crypto';

/** A new random token with a prefix that says what it is for. */
export function newSecretToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** The hex SHA-256 under which a token is stored and looked up. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
