// Passwords are kept only as argon2id hashes.
import { hash, verify } from '@node-rs/argon2';

/** The argon2id hash of a password, to store. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Checking against this when no user has the e-mail keeps the answer as slow as for
// a real user, so timing does not tell which addresses are registered.
let decoyHash: Promise<string> | undefined;

/** True when the password matches the hash; with no hash, spends the same time and says false. */
export async function checkPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoyHash ??= hash('decoy password that matches nothing');
    await verify(await decoyHash, password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
