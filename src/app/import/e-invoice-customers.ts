// The customer an e-invoice's buyer is: found by NIP or VAT id (then by the seller's
// number for the buyer, then by name), or created from what the document says.
import { randomUUID } from 'node:crypto';
import type { EInvoiceParty } from '../../formats/einvoices/e-invoice';
import type { ImportedCustomer } from '../../store/import-customers';
import { newCustomerRow, type CustomerIndex, type CustomerKeys, type KnownCustomer } from './customer-index';

export type BuyerCustomer =
  | { ok: true; customer: KnownCustomer; created: ImportedCustomer | null }
  | { ok: false; reason: string };

type TaxColumns = { taxId: string | null; vatId: string | null; otherTaxId: string | null; country: string | null };

// A Polish VAT id is the NIP with "PL" before it: it is stored as the NIP, as every
// other Polish customer's is, so the two spellings find the same customer.
function taxColumnsOf(buyer: EInvoiceParty): TaxColumns {
  const id = buyer.taxId;
  if (!id) return { taxId: null, vatId: null, otherTaxId: null, country: null };
  switch (id.type) {
    case 'nip':
      return { taxId: id.value, vatId: null, otherTaxId: null, country: 'PL' };
    case 'vat':
      if (/^PL\d{10}$/.test(id.value)) return { taxId: id.value.slice(2), vatId: null, otherTaxId: null, country: 'PL' };
      return { taxId: null, vatId: id.value, otherTaxId: null, country: id.country === 'EL' ? 'GR' : id.country };
    case 'other':
      return { taxId: null, vatId: null, otherTaxId: id.value, country: id.country };
  }
}

/** The buyer's customer; when new, the row to create (already added to the index). */
export function buyerCustomer(buyer: EInvoiceParty, customers: CustomerIndex, orgCountry: string): BuyerCustomer {
  const tax = taxColumnsOf(buyer);
  const taxKey = tax.taxId ?? tax.vatId;
  // The seller's own number for the buyer only identifies it when there is no tax id
  // to go by: it is another system's code and may mean nothing to Duly's customers.
  const keys: CustomerKeys = { taxId: taxKey, name: buyer.name, externalId: taxKey ? null : buyer.customerNumber };
  const match = customers.find(keys);
  if (match.found) return { ok: true, customer: match.customer, created: null };
  if (match.ambiguous) return { ok: false, reason: `the buyer cannot be told apart: ${match.message}` };
  const name = buyer.name?.trim();
  if (!name) {
    const named = taxKey ? `tax id ${taxKey}` : 'the details the document gives';
    return { ok: false, reason: `no customer has ${named}, and the document gives no buyer name to create one: add the customer and import again` };
  }
  const customer: KnownCustomer = {
    id: randomUUID(),
    externalId: null,
    taxId: tax.taxId,
    vatId: tax.vatId,
    name,
    paymentTermsDays: null,
    country: buyer.country ?? tax.country ?? orgCountry,
  };
  customers.put(customer);
  return {
    ok: true,
    customer,
    // The customer record has no address of its own; kept where a person can read it.
    created: newCustomerRow(customer, { otherTaxId: tax.otherTaxId, notes: buyer.addressLines.length > 0 ? buyer.addressLines.join('\n') : null }),
  };
}
