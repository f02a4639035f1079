import type { TFunction } from 'i18next';
import type { ImportKind } from '../api/types';

/** A field's name for people: a kind's own wording first ("Imię i nazwisko" for a contact's name). */
export function fieldLabel(t: TFunction, kind: ImportKind, field: string): string {
  return t(`importFields.${kind}.${field}`, { defaultValue: t(`importFields.${field}`, { defaultValue: field }) });
}

/** A bank statement column's name for people ("Data księgowania" for bookingDate). */
export function statementFieldLabel(t: TFunction, field: string): string {
  return t(`statementFields.${field}`, { defaultValue: field });
}
