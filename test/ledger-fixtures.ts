// Small ledgers for tests, built through the use cases the API calls.
import { expect } from 'vitest';
import { createCustomer } from '../src/app/create-customer';
import { createInvoice } from '../src/app/create-invoice';
import { createOrganization } from '../src/app/create-organization';
import type { Result } from '../src/app/errors';
import type { Db } from '../src/store/database';

/** The value of a result that must have succeeded. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) expect.fail(`expected success, got ${result.code}: ${result.message}`);
  return result.value;
}

let sequence = 0;
/** A name unique within the test run. */
export function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}-${Math.random().toString(36).slice(2, 7)}`;
}

/** A new organization, in PLN unless told otherwise. */
export async function makeOrganization(db: Db, baseCurrency = 'PLN'): Promise<{ id: string; slug: string }> {
  return expectOk(await createOrganization(db, { slug: unique('org'), legalName: 'Test sp. z o.o.', country: 'PL', baseCurrency }));
}

/** A new customer of the organization. */
export async function makeCustomer(db: Db, orgId: string, name = unique('Customer')): Promise<string> {
  return expectOk(await createCustomer(db, orgId, { name, country: 'DE' })).id;
}

/** A new invoice of the customer. */
export async function makeInvoice(
  db: Db,
  orgId: string,
  customerId: string,
  values: { grossTotalMinor: number; dueDate?: string; issueDate?: string; currency?: string; number?: string },
): Promise<string> {
  const dueDate = values.dueDate ?? '2026-03-31';
  return expectOk(
    await createInvoice(
      db,
      orgId,
      {
        customerId,
        number: values.number ?? unique('FV'),
        issueDate: values.issueDate ?? (dueDate < '2026-01-01' ? dueDate : '2026-01-01'),
        dueDate,
        currency: values.currency ?? 'PLN',
        grossTotalMinor: values.grossTotalMinor,
      },
      'manual',
    ),
  ).id;
}
