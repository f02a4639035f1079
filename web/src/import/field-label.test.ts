import { describe, expect, it } from 'vitest';
import { importFields } from '../../../src/app/import/fields';
import { csvStatementFieldNames } from '../../../src/formats/statements/csv-statement-fields';
import { importKinds } from '../../../src/http/contract';
import { createI18n } from '../i18n/create-i18n';
import { fieldLabel, statementFieldLabel } from './field-label';

describe('fieldLabel', () => {
  it('names every import field in both languages', () => {
    const missing: string[] = [];
    for (const language of ['pl', 'en'] as const) {
      const i18n = createI18n(language);
      for (const kind of importKinds) {
        for (const { field } of importFields[kind]) {
          if (fieldLabel(i18n.t, kind, field) === field) missing.push(`${language}:${kind}.${field}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('names every bank statement column in both languages', () => {
    const missing: string[] = [];
    for (const language of ['pl', 'en'] as const) {
      const i18n = createI18n(language);
      for (const field of csvStatementFieldNames) if (statementFieldLabel(i18n.t, field) === field) missing.push(`${language}:${field}`);
    }
    expect(missing).toEqual([]);
    expect(statementFieldLabel(createI18n('pl').t, 'bookingDate')).toBe('Data księgowania');
    expect(statementFieldLabel(createI18n('en').t, 'somethingNew')).toBe('somethingNew');
  });

  it('prefers the wording of the kind', () => {
    const i18n = createI18n('pl');
    expect(fieldLabel(i18n.t, 'contacts', 'name')).toBe('Imię i nazwisko');
    expect(fieldLabel(i18n.t, 'customers', 'name')).toBe('Nazwa');
    expect(fieldLabel(i18n.t, 'customers', 'somethingNew')).toBe('somethingNew');
  });
});
