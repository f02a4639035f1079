// The customers of one organization held in memory for an import, findable by code
// (external id), tax id and name. An import loads it once (its size follows the
// customer count, not the file) and keeps it current as rows create or change customers.
import type { ImportedCustomer } from '../../store/import-customers';
import type { CustomerKeyRow } from '../../store/import-lookups';

export type KnownCustomer = CustomerKeyRow;

/** How a row names a customer; any of the three may be missing. */
export type CustomerKeys = { externalId?: string | null; taxId?: string | null; name?: string | null };

export type CustomerMatch =
  | { found: true; customer: KnownCustomer }
  | { found: false; ambiguous: boolean; message: string };

export type CustomerIndex = {
  /** The customer the keys name: by code, else by tax id, else by name (exact, then ignoring case and spacing). */
  find(keys: CustomerKeys): CustomerMatch;
  get(id: string): KnownCustomer | undefined;
  /** Adds a customer, or re-files one whose code, tax ids or name changed. */
  put(customer: KnownCustomer): void;
};

/** Tax-id text as looked up: no spaces, dots or dashes, upper case; "PL" dropped before a NIP. */
export function taxLookupKey(text: string): string {
  const compact = text.toUpperCase().replace(/[\s.\-/]/g, '');
  return /^PL\d{10}$/.test(compact) ? compact.slice(2) : compact;
}

const looseName = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();

/** Builds the index over the given customers. */
export function createCustomerIndex(customers: Iterable<KnownCustomer>): CustomerIndex {
  const byId = new Map<string, KnownCustomer>();
  const byExternal = new Map<string, KnownCustomer>();
  const byTax = new Map<string, KnownCustomer[]>();
  const byName = new Map<string, KnownCustomer[]>();
  const byLooseName = new Map<string, KnownCustomer[]>();

  const file = (map: Map<string, KnownCustomer[]>, key: string | null, c: KnownCustomer) => {
    if (!key) return;
    const list = map.get(key);
    if (list) list.push(c);
    else map.set(key, [c]);
  };
  const unfile = (map: Map<string, KnownCustomer[]>, key: string | null, c: KnownCustomer) => {
    if (!key) return;
    const list = map.get(key)?.filter((other) => other.id !== c.id);
    if (list && list.length > 0) map.set(key, list);
    else map.delete(key);
  };
  const taxKeys = (c: KnownCustomer) => [...new Set([c.taxId, c.vatId].filter((k): k is string => !!k).map(taxLookupKey))];

  const put = (c: KnownCustomer) => {
    const old = byId.get(c.id);
    if (old) {
      if (old.externalId) byExternal.delete(old.externalId);
      for (const key of taxKeys(old)) unfile(byTax, key, old);
      unfile(byName, old.name, old);
      unfile(byLooseName, looseName(old.name), old);
    }
    byId.set(c.id, c);
    if (c.externalId) byExternal.set(c.externalId, c);
    for (const key of taxKeys(c)) file(byTax, key, c);
    file(byName, c.name, c);
    file(byLooseName, looseName(c.name), c);
  };
  for (const c of customers) put(c);

  const find = (keys: CustomerKeys): CustomerMatch => {
    const externalId = keys.externalId || null;
    const tax = keys.taxId ? taxLookupKey(keys.taxId) : null;
    const name = keys.name?.trim() || null;
    if (externalId) {
      const customer = byExternal.get(externalId);
      if (customer) return { found: true, customer };
    }
    // A customer found by tax id or name must not contradict the other keys: another
    // code or another tax id means another company (branches share names and NIPs).
    const fits = (c: KnownCustomer, byTaxId: boolean) =>
      (!externalId || !c.externalId || c.externalId === externalId) &&
      (byTaxId || !tax || taxKeys(c).length === 0 || taxKeys(c).includes(tax));
    const attempts: [KnownCustomer[] | undefined, boolean, string][] = [
      [tax ? byTax.get(tax) : undefined, true, `tax id ${keys.taxId}`],
      [name ? byName.get(name) : undefined, false, `the name "${name}"`],
      [name ? byLooseName.get(looseName(name)) : undefined, false, `the name "${name}"`],
    ];
    for (const [candidates, byTaxId, what] of attempts) {
      const fitting = (candidates ?? []).filter((c) => fits(c, byTaxId));
      if (fitting.length === 1) return { found: true, customer: fitting[0]! };
      if (fitting.length > 1) {
        return {
          found: false,
          ambiguous: true,
          message: `${fitting.length} customers have ${what}; name the customer by its code (external id) instead`,
        };
      }
    }
    const named = [
      externalId ? `code "${externalId}"` : null,
      keys.taxId ? `tax id ${keys.taxId}` : null,
      name ? `name "${name}"` : null,
    ].filter(Boolean);
    return { found: false, ambiguous: false, message: `no customer with ${named.join(', ') || 'no name given'}` };
  };

  return { find, get: (id) => byId.get(id), put };
}

/** The row of a customer an import creates: what it knows, everything else left unset. */
export function newCustomerRow(c: KnownCustomer, known: { otherTaxId?: string | null; notes?: string | null } = {}): ImportedCustomer {
  return {
    id: c.id,
    externalId: c.externalId,
    name: c.name,
    taxId: c.taxId,
    vatId: c.vatId,
    otherTaxId: known.otherTaxId ?? null,
    country: c.country,
    language: null,
    timeZone: null,
    segment: null,
    paymentTermsDays: null,
    creditLimitMinor: null,
    creditLimitCurrency: null,
    accountOwnerUserId: null,
    tags: [],
    notes: known.notes ?? null,
    creditHold: false,
    doNotContact: false,
  };
}
