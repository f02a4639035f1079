// The rules a customer's fields follow, whether it is created or changed: a Polish
// tax id is a valid NIP kept as digits, a VAT id is kept in canonical form, an
// account owner is a member of the organization, a procedure chosen by hand is one of its procedures.
import { isValidNip, normalizeNip, normalizeVatId } from '../domain/tax-ids';
import type { CustomerInput } from '../http/contract';
import type { Db } from '../store/database';
import type { CustomerValues } from '../store/customers';
import { findMembershipRole } from '../store/memberships';
import { listProcedures } from '../store/procedures';
import { fail, ok, type Issue, type Result } from './errors';

const blankToNull = (text: string | null | undefined) => (text === undefined ? undefined : text?.trim() || null);

/** The stored values for the fields given; invalid_input naming each wrong field. */
export async function customerValues(
  db: Db,
  orgId: string,
  input: Partial<CustomerInput>,
  current: { country: string; creditLimitCurrency: string | null },
): Promise<Result<Partial<CustomerValues>>> {
  const country = input.country ?? current.country;
  const issues: Issue[] = [];
  const values: Partial<CustomerValues> = {};
  const copy = <K extends keyof CustomerInput & keyof CustomerValues>(key: K) => {
    if (input[key] !== undefined) values[key] = input[key] as CustomerValues[K];
  };
  (['country', 'language', 'timeZone', 'paymentTermsDays', 'creditLimitMinor', 'creditLimitCurrency',
    'accountOwnerUserId', 'creditHold', 'doNotContact'] as const).forEach(copy);
  if (input.name !== undefined) values.name = input.name.trim();
  if (input.externalId !== undefined) values.externalId = blankToNull(input.externalId);
  if (input.otherTaxId !== undefined) values.otherTaxId = blankToNull(input.otherTaxId);
  if (input.segment !== undefined) values.segment = blankToNull(input.segment);
  if (input.notes !== undefined) values.notes = blankToNull(input.notes);
  if (input.tags !== undefined) values.tags = [...new Set(input.tags.map((tag) => tag.trim()).filter(Boolean))];

  if (input.taxId !== undefined) {
    const taxId = blankToNull(input.taxId);
    if (taxId && country === 'PL') {
      if (!isValidNip(taxId)) issues.push({ field: 'taxId', message: 'not a valid NIP (10 digits with a correct check digit)' });
      values.taxId = normalizeNip(taxId);
    } else {
      values.taxId = taxId;
    }
  }
  if (input.vatId !== undefined) {
    const vatId = blankToNull(input.vatId);
    values.vatId = vatId ? normalizeVatId(vatId) : null;
  }
  if ((input.creditLimitMinor ?? null) !== null && (input.creditLimitCurrency ?? current.creditLimitCurrency) === null) {
    // A limit without its currency would be a number of nothing.
    issues.push({ field: 'creditLimitCurrency', message: 'required with creditLimitMinor' });
  }
  if (input.accountOwnerUserId) {
    const role = await findMembershipRole(db, orgId, input.accountOwnerUserId);
    if (!role) issues.push({ field: 'accountOwnerUserId', message: 'not a member of this organization' });
  }
  if (input.procedureKey !== undefined) {
    const procedureKey = blankToNull(input.procedureKey);
    if (procedureKey && !(await listProcedures(db, orgId)).some((p) => p.key === procedureKey)) {
      issues.push({ field: 'procedureKey', message: `no procedure "${procedureKey}" in this organization` });
    }
    values.procedureKey = procedureKey;
  }
  if (issues.length > 0) return fail('invalid_input', `${issues[0]!.field}: ${issues[0]!.message}`, issues);
  return ok(values);
}
