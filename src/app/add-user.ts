// Adds a person to an organization: creates the user when the e-mail address is new
// (a password is needed then) and sets the membership's role either way.
import type { Role } from '../http/contract';
import type { Db } from '../store/database';
import { upsertMembership } from '../store/memberships';
import { findOrganization } from '../store/organizations';
import { findUserByEmail, insertUser } from '../store/users';
import { fail, ok, type Result } from './errors';
import { hashPassword } from './passwords';
import { inTransaction } from './transaction';

export type AddUserInput = {
  email: string;
  name: string;
  password?: string;
  language?: 'pl' | 'en' | 'ru' | 'de';
  orgId: string;
  role: Role;
};

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Creates the user when new (argon2 hash) and adds or updates the membership. */
export async function addUser(db: Db, input: AddUserInput): Promise<Result<{ userId: string; created: boolean }>> {
  const email = input.email.trim().toLowerCase();
  if (!emailPattern.test(email)) return fail('invalid_input', 'email: not an e-mail address', [{ field: 'email', message: 'not an e-mail address' }]);
  const existing = await findUserByEmail(db, email);
  let passwordHash: string | null = null;
  if (!existing) {
    if (!input.name?.trim()) return fail('invalid_input', 'name: required for a new user', [{ field: 'name', message: 'required for a new user' }]);
    if (!input.password || input.password.length < 10) {
      return fail('invalid_input', 'password: at least 10 characters for a new user', [
        { field: 'password', message: 'at least 10 characters' },
      ]);
    }
    passwordHash = await hashPassword(input.password);
  }
  return inTransaction(db, async (tx) => {
    if (!(await findOrganization(tx, input.orgId))) return fail('not_found', 'no such organization');
    let userId = existing?.id;
    let created = false;
    if (!userId) {
      const row = await insertUser(tx, {
        email,
        name: input.name.trim(),
        passwordHash: passwordHash!,
        language: input.language ?? 'pl',
      });
      if (!row) return fail('conflict', `a user with the e-mail ${email} was just created`);
      userId = row.id;
      created = true;
    }
    await upsertMembership(tx, input.orgId, userId, input.role);
    return ok({ userId, created });
  });
}
