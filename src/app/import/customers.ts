// Importing customers. A row is the customer with that code (external id); without a
// code, the one with that tax id; without either, the one with exactly that name. Only
// the columns the file has are written; an empty code or tax id cell keeps what the
// customer has, while other empty cells clear the field (the file is the truth).
import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/database';
import { upsertImportedCustomers, type CustomerColumn, type ImportedCustomer } from '../../store/import-customers';
import {
  parseAmountCell,
  parseBooleanCell,
  parseCurrencyCell,
  parseIntegerCell,
  splitList,
} from './cell-values';
import type { KnownCustomer } from './customer-index';
import {
  parseCountryCell,
  parseLanguageCell,
  parseTaxIdCell,
  parseTimeZoneCell,
  parseVatIdCell,
} from './party-values';
import { noChanges, rowReading, type ImportContext, type KindImport, type RowIssue } from './row-reading';

export type CustomerImportRow = ImportedCustomer & { line: number };

// Which table columns a file column feeds.
const columnsOfField: Record<string, CustomerColumn[]> = {
  externalId: ['externalId'],
  name: ['name'],
  taxId: ['taxId'],
  vatId: ['vatId'],
  otherTaxId: ['otherTaxId'],
  country: ['country'],
  language: ['language'],
  timeZone: ['timeZone'],
  segment: ['segment'],
  paymentTermsDays: ['paymentTermsDays'],
  creditLimit: ['creditLimitMinor', 'creditLimitCurrency'],
  creditLimitCurrency: ['creditLimitCurrency'],
  accountOwnerEmail: ['accountOwnerUserId'],
  tags: ['tags'],
  notes: ['notes'],
  creditHold: ['creditHold'],
  doNotContact: ['doNotContact'],
};

/** The customers import over the organization's members (account owners by e-mail). */
export function customersImport(context: ImportContext, members: Map<string, string>): KindImport<CustomerImportRow> {
  const { customers } = context;
  const changeable = [...new Set([...context.mapped].flatMap((field) => columnsOfField[field] ?? []))];
  const lineOfCustomer = new Map<string, number>();

  const r = rowReading(context.header);

  const readRow: KindImport<CustomerImportRow>['readRow'] = (cell, line) => {
    r.start(cell, line);
    const name = r.need('name');
    const externalId = r.text('externalId');
    // The customer is found by the keys as written, so a tax id is read by the rules of
    // the customer's own country when the file does not say it.
    const match = customers.find({ externalId, taxId: r.text('taxId') ?? r.text('vatId'), name });
    const existing = match.found ? match.customer : null;
    const country = r.value('country', parseCountryCell) ?? existing?.country ?? context.country;
    const taxId = r.value('taxId', (c) => parseTaxIdCell(c, country));
    const vatId = r.value('vatId', parseVatIdCell);
    const language = r.value('language', parseLanguageCell);
    const timeZone = r.value('timeZone', parseTimeZoneCell);
    const paymentTermsDays = r.value('paymentTermsDays', (c) => parseIntegerCell(c, 0, 365));
    const limitCurrency = r.value('creditLimitCurrency', parseCurrencyCell);
    const creditLimitMinor = r.value('creditLimit', (c) => parseAmountCell(c, limitCurrency ?? context.baseCurrency));
    if (creditLimitMinor !== null && creditLimitMinor < 0) r.problem('creditLimit', 'a credit limit cannot be negative');
    const ownerEmail = r.text('accountOwnerEmail')?.toLowerCase() ?? null;
    const accountOwnerUserId = ownerEmail ? (members.get(ownerEmail) ?? null) : null;
    if (ownerEmail && !accountOwnerUserId) {
      r.problem('accountOwnerEmail', `"${ownerEmail}" is not a member of the organization`);
    }
    const creditHold = r.value('creditHold', parseBooleanCell) ?? false;
    const doNotContact = r.value('doNotContact', parseBooleanCell) ?? false;
    if (!match.found && match.ambiguous) r.problem(externalId ? 'externalId' : taxId ? 'taxId' : 'name', match.message);
    if (r.issues.length > 0 || name === null) return r.issues;

    const id = existing?.id ?? randomUUID();
    const earlier = lineOfCustomer.get(id);
    if (earlier !== undefined) return [duplicateIssue(line, earlier, externalId, taxId)];
    lineOfCustomer.set(id, line);

    const row: CustomerImportRow = {
      line,
      id,
      externalId: externalId ?? existing?.externalId ?? null,
      name,
      taxId: taxId ?? existing?.taxId ?? null,
      vatId: vatId ?? existing?.vatId ?? null,
      otherTaxId: r.text('otherTaxId'),
      country,
      language,
      timeZone,
      segment: r.text('segment'),
      paymentTermsDays,
      creditLimitMinor,
      creditLimitCurrency: creditLimitMinor === null ? limitCurrency : (limitCurrency ?? context.baseCurrency),
      accountOwnerUserId,
      tags: splitList(cell('tags')),
      notes: r.text('notes'),
      creditHold,
      doNotContact,
    };
    customers.put(knownAfter(row, existing, context.mapped));
    return row;
  };

  return {
    readRow,
    customersCreated: () => 0,
    async writeBatch(db: Db, rows: CustomerImportRow[], write: boolean) {
      if (!write) return noChanges();
      const { created, updated } = await upsertImportedCustomers(db, context.orgId, rows, changeable);
      return { created, updated, unchanged: rows.length - created - updated, issues: [] };
    },
  };
}

// What the index should know of the customer once this row is written: the file's
// values for the columns it has, the customer's own for the rest.
function knownAfter(row: CustomerImportRow, existing: KnownCustomer | null, mapped: ReadonlySet<string>): KnownCustomer {
  const pick = <K extends keyof KnownCustomer>(field: string, key: K): KnownCustomer[K] =>
    existing && !mapped.has(field) ? existing[key] : (row[key] as KnownCustomer[K]);
  return {
    id: row.id,
    externalId: row.externalId,
    taxId: row.taxId,
    vatId: row.vatId,
    name: row.name,
    paymentTermsDays: pick('paymentTermsDays', 'paymentTermsDays'),
    country: pick('country', 'country'),
  };
}

function duplicateIssue(line: number, earlier: number, externalId: string | null, taxId: string | null): RowIssue {
  const key = externalId ? `code "${externalId}"` : taxId ? `tax id ${taxId}` : 'name';
  return {
    line,
    field: externalId ? 'externalId' : taxId ? 'taxId' : 'name',
    message: `the same customer (by ${key}) is already on line ${earlier}; each customer may appear once in a file`,
  };
}
