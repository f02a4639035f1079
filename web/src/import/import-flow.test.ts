import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../api/types';
import { canImport, effectiveMapping, groupsSatisfied, mappingRows, signatureOf, type ImportOptions } from './import-flow';

const report: ImportReport = {
  kind: 'customers',
  fileName: 'klienci.csv',
  committed: false,
  rowsRead: 2,
  created: 2,
  updated: 0,
  unchanged: 0,
  errors: [],
  errorsTruncated: false,
  headers: ['Nazwa', 'NIP', 'Kraj'],
  mapping: { name: 'Nazwa', taxId: 'NIP', country: 'Kraj' },
  customersCreated: 0,
};
const options: ImportOptions = {
  kind: 'customers',
  file: { name: 'klienci.csv', size: 120, lastModified: 1 },
  createCustomers: false,
  mapping: {},
};

describe('canImport', () => {
  it('allows importing what was checked without errors', () => {
    expect(canImport({ signature: signatureOf(options), report }, options)).toBe(true);
  });

  it('refuses when the check found errors', () => {
    const bad = { ...report, errors: [{ file: 'klienci.csv', line: 3, field: 'taxId', message: 'bad NIP' }] };
    expect(canImport({ signature: signatureOf(options), report: bad }, options)).toBe(false);
  });

  it('refuses before any check and after the file, kind or mapping changed', () => {
    const check = { signature: signatureOf(options), report };
    expect(canImport(null, options)).toBe(false);
    expect(canImport(check, { ...options, file: { ...options.file!, size: 121 } })).toBe(false);
    expect(canImport(check, { ...options, kind: 'contacts' })).toBe(false);
    expect(canImport(check, { ...options, mapping: { name: 'NIP' } })).toBe(false);
  });

  it('refuses an empty file and a report that is already committed', () => {
    const signature = signatureOf(options);
    expect(canImport({ signature, report: { ...report, rowsRead: 0 } }, options)).toBe(false);
    expect(canImport({ signature, report: { ...report, committed: true } }, options)).toBe(false);
  });

  it('ignores createCustomers except for invoices', () => {
    expect(signatureOf({ ...options, createCustomers: true })).toBe(signatureOf(options));
    const invoices = { ...options, kind: 'invoices' as const };
    expect(signatureOf({ ...invoices, createCustomers: true })).not.toBe(signatureOf(invoices));
  });
});

describe('effectiveMapping', () => {
  it('is empty while nothing was overridden', () => {
    expect(effectiveMapping(report.mapping, {})).toEqual({});
  });

  it('lays overrides over the detected mapping and drops cleared fields', () => {
    expect(effectiveMapping(report.mapping, { taxId: 'Kraj', country: null })).toEqual({ name: 'Nazwa', taxId: 'Kraj' });
  });
});

describe('mappingRows', () => {
  it('lists known fields first, then other mapped ones, with the chosen header', () => {
    const rows = mappingRows(
      [
        { field: 'name', required: true },
        { field: 'segment', required: false },
      ],
      report.mapping,
      { segment: 'Kraj', country: null },
    );
    expect(rows).toEqual([
      { field: 'name', required: true, header: 'Nazwa' },
      { field: 'segment', required: false, header: 'Kraj' },
      { field: 'taxId', required: false, header: 'NIP' },
      { field: 'country', required: false, header: null },
    ]);
  });
});

describe('groupsSatisfied', () => {
  const known = [
    { field: 'number', required: true },
    { field: 'customerTaxId', required: false, group: 'customer' },
    { field: 'customerName', required: false, group: 'customer' },
  ];

  it('needs one column among the fields of a group', () => {
    expect(groupsSatisfied(mappingRows(known, { number: 'Nr' }, {}))).toBe(false);
    expect(groupsSatisfied(mappingRows(known, { number: 'Nr', customerName: 'Nabywca' }, {}))).toBe(true);
    expect(groupsSatisfied(mappingRows(known, { number: 'Nr', customerName: 'Nabywca' }, { customerName: null }))).toBe(false);
  });

  it('holds when there are no groups', () => {
    expect(groupsSatisfied(mappingRows([{ field: 'name', required: true }], {}, {}))).toBe(true);
  });
});
