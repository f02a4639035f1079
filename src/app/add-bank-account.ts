// The organization's bank accounts: where customers are asked to pay.
import type { z } from 'zod';
import { isValidIban, normalizeIban } from '../domain/iban';
import type { BankAccount, bankAccountInput } from '../http/contract';
import type { Db } from '../store/database';
import { insertBankAccount } from '../store/organizations';
import { fail, ok, type Result } from './errors';
import { inTransaction } from './transaction';

/** Adds an account (IBAN checked and normalized); conflict when it is already there. */
export async function addBankAccount(
  db: Db,
  orgId: string,
  input: z.infer<typeof bankAccountInput>,
): Promise<Result<BankAccount>> {
  if (!isValidIban(input.iban)) return fail('invalid_input', 'iban: not a valid IBAN', [{ field: 'iban', message: 'not a valid IBAN' }]);
  const iban = normalizeIban(input.iban);
  return inTransaction(db, async (tx) => {
    const account = await insertBankAccount(tx, orgId, {
      iban,
      currency: input.currency,
      bankName: input.bankName?.trim() || null,
      isDefault: input.isDefault ?? false,
    });
    if (!account) return fail('conflict', `the account ${iban} is already registered`, [{ field: 'iban', message: 'already registered' }]);
    return ok(account);
  });
}
