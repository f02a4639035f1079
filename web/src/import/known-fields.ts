import { importFields, type ImportField } from '../../../src/app/import/fields';
import type { ImportKind } from '../api/types';

export type KnownField = Pick<ImportField, 'field' | 'required' | 'group'>;

/** The fields a file of each kind can fill, in the order the editor lists them. */
export const knownFields: Record<ImportKind, KnownField[]> = importFields;
