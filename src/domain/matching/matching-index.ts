// An in-memory `MatchingLookup`, built once per import so that each statement line
// costs a handful of map lookups instead of a pass over every open invoice. Allocations
// made during the import are settled into it, so a later line does not pay an invoice
// an earlier line already paid.
import { normalizeIban } from '../iban';
import { invoiceNumberKey } from './invoice-number';
import { nameTokens } from './payer-name';
import { taxIdKey } from './title-clues';
import type { Allocation, MatchingLookup, OpenInvoice, PayerProfile } from './types';

export type MatchingIndex = MatchingLookup & {
  /** Lowers the open amounts by what was allocated; fully paid invoices drop out. */
  settle(allocations: readonly Allocation[]): void;
};

const none: readonly never[] = [];

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function remove<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) return;
  const at = list.indexOf(value);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) map.delete(key);
}

// Amounts are looked up inside a currency or a customer by the number itself: no key
// string to build and hash for each of a million invoices.
type ByAmount = Map<string, Map<number, OpenInvoice[]>>;

function pushByAmount(map: ByAmount, outer: string, invoice: OpenInvoice): void {
  let inner = map.get(outer);
  if (!inner) map.set(outer, (inner = new Map()));
  push(inner, invoice.openAmountMinor, invoice);
}

function removeByAmount(map: ByAmount, outer: string, invoice: OpenInvoice): void {
  const inner = map.get(outer);
  if (!inner) return;
  remove(inner, invoice.openAmountMinor, invoice);
  if (inner.size === 0) map.delete(outer);
}

/** Indexes the organization's open invoices and payer profiles for matching. */
export function buildMatchingIndex(invoices: readonly OpenInvoice[], payers: readonly PayerProfile[]): MatchingIndex {
  const builder = matchingIndexBuilder();
  // Copies, because settling changes the open amount and these belong to the caller.
  for (const invoice of invoices) builder.addInvoice({ ...invoice });
  for (const payer of payers) builder.addPayer(payer);
  return builder.build();
}

export type MatchingIndexBuilder = {
  /** Adds an open invoice, which the index then owns: settling changes its open amount. */
  addInvoice(invoice: OpenInvoice): void;
  addPayer(payer: PayerProfile): void;
  build(): MatchingIndex;
};

/**
 * Builds the index a piece at a time, so a million open invoices can be read from the
 * store in chunks instead of as one list held beside the index.
 */
export function matchingIndexBuilder(): MatchingIndexBuilder {
  const byId = new Map<string, OpenInvoice>();
  const byIdPrefix = new Map<string, OpenInvoice[]>();
  const byNumberKey = new Map<string, OpenInvoice[]>();
  const byAmount: ByAmount = new Map();
  const byCustomerAmount: ByAmount = new Map();
  const byCustomer = new Map<string, OpenInvoice[]>();
  const byAccount = new Map<string, string[]>();
  const byTaxId = new Map<string, string[]>();
  const byNameToken = new Map<string, string[]>();
  const payerById = new Map<string, PayerProfile>();

  const addInvoice = (invoice: OpenInvoice) => {
    if (invoice.openAmountMinor <= 0) return;
    byId.set(invoice.id, invoice);
    push(byIdPrefix, invoice.id.replace(/-/g, '').slice(0, 16).toLowerCase(), invoice);
    const key = invoiceNumberKey(invoice.number);
    if (key !== '') push(byNumberKey, key, invoice);
    pushByAmount(byAmount, invoice.currency, invoice);
    pushByAmount(byCustomerAmount, invoice.customerId, invoice);
    push(byCustomer, invoice.customerId, invoice);
  };
  const addPayer = (payer: PayerProfile) => {
    payerById.set(payer.customerId, payer);
    for (const account of new Set(payer.knownAccounts.map(normalizeIban))) push(byAccount, account, payer.customerId);
    for (const taxId of new Set(payer.taxIds.map(taxIdKey))) push(byTaxId, taxId, payer.customerId);
    for (const token of nameTokens(payer.name)) push(byNameToken, token, payer.customerId);
  };
  const build = (): MatchingIndex => {
    for (const list of byCustomer.values()) {
      list.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.number < b.number ? -1 : 1));
    }
    return index;
  };

  const index: MatchingIndex = {
    invoicesByIdPrefix: (prefix) => byIdPrefix.get(prefix) ?? none,
    invoicesByNumberKey: (key) => byNumberKey.get(key) ?? none,
    invoicesByOpenAmount: (currency, amountMinor, limit) => (byAmount.get(currency)?.get(amountMinor) ?? none).slice(0, limit),
    customerInvoicesByOpenAmount: (customerId, currency, amountMinor) =>
      (byCustomerAmount.get(customerId)?.get(amountMinor) ?? none).filter((invoice) => invoice.currency === currency),
    openInvoicesOfCustomer: (customerId, limit) => (byCustomer.get(customerId) ?? none).slice(0, limit),
    customersByAccount: (account) => byAccount.get(account) ?? none,
    customersByTaxId: (taxId) => byTaxId.get(taxId) ?? none,
    customersByNameToken: (token) => byNameToken.get(token) ?? none,
    payer: (customerId) => payerById.get(customerId),
    settle(allocations) {
      for (const { invoiceId, amountMinor } of allocations) {
        const invoice = byId.get(invoiceId);
        if (!invoice) continue;
        removeByAmount(byAmount, invoice.currency, invoice);
        removeByAmount(byCustomerAmount, invoice.customerId, invoice);
        invoice.openAmountMinor -= amountMinor;
        if (invoice.openAmountMinor > 0) {
          pushByAmount(byAmount, invoice.currency, invoice);
          pushByAmount(byCustomerAmount, invoice.customerId, invoice);
          continue;
        }
        byId.delete(invoiceId);
        remove(byIdPrefix, invoice.id.replace(/-/g, '').slice(0, 16).toLowerCase(), invoice);
        remove(byNumberKey, invoiceNumberKey(invoice.number), invoice);
        remove(byCustomer, invoice.customerId, invoice);
      }
    },
  };
  return { addInvoice, addPayer, build };
}
