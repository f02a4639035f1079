import { importFields, type ImportField } from '../../../src/app/import/fields';
import { csvStatementFieldNames } from '../../../src/formats/statements/csv-statement-fields';
import type { ImportKind } from '../api/types';

export type KnownField = Pick<ImportField, 'field' | 'required' | 'group'>;

/** The fields a file of each kind can fill, in the order the editor lists them. */
export const knownFields: Record<ImportKind, KnownField[]> = importFields;

/**
 * The columns a CSV bank statement may have, in the reader's order. Only the booking
 * date is required outright: the amount may instead come as credit and debit columns,
 * which the check tells apart.
 */
export const statementKnownFields: KnownField[] = csvStatementFieldNames.map((field) => ({ field, required: field === 'bookingDate' }));
