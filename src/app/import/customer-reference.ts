// How contacts, invoices and payments name their customer: by code, tax id or name
// (whichever columns the file has), looked up in the organization's customers.
import type { CustomerKeys, CustomerMatch, KnownCustomer } from './customer-index';
import type { ImportContext, RowReading } from './row-reading';

/** The customer keys a row gives, and the field to blame when they lead nowhere; null when none is given. */
export function customerKeysOf(r: RowReading): { keys: CustomerKeys; field: string } | null {
  const keys = { externalId: r.text('customerExternalId'), taxId: r.text('customerTaxId'), name: r.text('customerName') };
  const field = keys.externalId ? 'customerExternalId' : keys.taxId ? 'customerTaxId' : keys.name ? 'customerName' : null;
  return field ? { keys, field } : null;
}

/** Looks the row's customer up; a missing or unknown customer is recorded as a problem (unless optional and absent). */
export function findReferencedCustomer(
  r: RowReading,
  context: ImportContext,
  options: { optional?: boolean } = {},
): KnownCustomer | null {
  const given = customerKeysOf(r);
  if (!given) {
    if (!options.optional) {
      const field = ['customerExternalId', 'customerTaxId', 'customerName'].find((f) => context.mapped.has(f));
      r.problem(field ?? 'customerName', 'the customer is not given: its code, tax id and name cells are all empty');
    }
    return null;
  }
  const match = context.customers.find(given.keys);
  if (match.found) return match.customer;
  r.problem(given.field, unknownCustomerMessage(match));
  return null;
}

/** The message for a customer that cannot be found, with what to do about it. */
export function unknownCustomerMessage(match: Exclude<CustomerMatch, { found: true }>): string {
  return match.ambiguous ? match.message : `${match.message}; import or add the customer first`;
}
