// Writes a batch of imported customers in one statement (see import-upsert.ts): only
// the columns the file has are changed, and a row whose values are all the same is
// left alone, so re-importing a file changes nothing.
import type { Db } from './database';
import { upsertRowsById, type ColumnSpec } from './import-upsert';

export type ImportedCustomer = {
  id: string;
  externalId: string | null;
  name: string;
  taxId: string | null;
  vatId: string | null;
  otherTaxId: string | null;
  country: string;
  language: string | null;
  timeZone: string | null;
  segment: string | null;
  paymentTermsDays: number | null;
  creditLimitMinor: number | null;
  creditLimitCurrency: string | null;
  accountOwnerUserId: string | null;
  tags: string[];
  notes: string | null;
  creditHold: boolean;
  doNotContact: boolean;
};

export type CustomerColumn = Exclude<keyof ImportedCustomer, 'id'>;

const columns: Record<CustomerColumn, ColumnSpec> = {
  externalId: ['external_id', 'text'],
  name: ['name', 'text'],
  taxId: ['tax_id', 'text'],
  vatId: ['vat_id', 'text'],
  otherTaxId: ['other_tax_id', 'text'],
  country: ['country', 'text'],
  language: ['language', 'text'],
  timeZone: ['time_zone', 'text'],
  segment: ['segment', 'text'],
  paymentTermsDays: ['payment_terms_days', 'integer'],
  creditLimitMinor: ['credit_limit_minor', 'bigint'],
  creditLimitCurrency: ['credit_limit_currency', 'text'],
  accountOwnerUserId: ['account_owner_user_id', 'uuid'],
  tags: ['tags', 'text[]'],
  notes: ['notes', 'text'],
  creditHold: ['credit_hold', 'boolean'],
  doNotContact: ['do_not_contact', 'boolean'],
};
/** Inserts new customers and changes the given columns of existing ones; counts both. */
export async function upsertImportedCustomers(
  db: Db,
  orgId: string,
  rows: readonly ImportedCustomer[],
  changeable: readonly CustomerColumn[],
): Promise<{ created: number; updated: number }> {
  return upsertRowsById(db, 'customers', columns, orgId, rows, changeable);
}
