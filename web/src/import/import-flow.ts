// The import page's rule: a file is imported only after a check of exactly the same
// file, kind, options and column mapping found no errors.
import type { ImportKind, ImportReport } from '../api/types';

export type ImportOptions = {
  kind: ImportKind;
  file: { name: string; size: number; lastModified: number } | null;
  createCustomers: boolean;
  mapping: Record<string, string>;
};

export type Check = { signature: string; report: ImportReport };

/** What a check was made of; a check counts only while nothing of it has changed. */
export function signatureOf(options: ImportOptions): string {
  const file = options.file ? `${options.file.name}:${options.file.size}:${options.file.lastModified}` : '';
  const mapping = Object.keys(options.mapping)
    .sort()
    .map((field) => [field, options.mapping[field]]);
  return JSON.stringify([options.kind, file, options.kind === 'invoices' && options.createCustomers, mapping]);
}

export function canImport(check: Check | null, options: ImportOptions): boolean {
  return (
    check !== null &&
    options.file !== null &&
    check.signature === signatureOf(options) &&
    !check.report.committed &&
    check.report.errors.length === 0 &&
    !check.report.errorsTruncated &&
    check.report.rowsRead > 0
  );
}

/**
 * The mapping to send: what the server detected, with the person's choices over it;
 * an empty choice removes the field. Empty when nothing was chosen, so the server
 * keeps detecting columns on its own.
 */
export function effectiveMapping(
  detected: Record<string, string>,
  overrides: Record<string, string | null>,
): Record<string, string> {
  if (Object.keys(overrides).length === 0) return {};
  const mapping: Record<string, string> = { ...detected };
  for (const [field, header] of Object.entries(overrides)) {
    if (header) mapping[field] = header;
    else delete mapping[field];
  }
  return mapping;
}

export type FieldRow = { field: string; required: boolean; group?: string; header: string | null };

/**
 * One row per field for the mapping editor: the known fields of the kind in their
 * order when given, then any other field the server mapped.
 */
export function mappingRows(
  known: readonly { field: string; required: boolean; group?: string }[],
  detected: Record<string, string>,
  overrides: Record<string, string | null>,
): FieldRow[] {
  const rows: FieldRow[] = known.map((f) => ({
    field: f.field,
    required: f.required,
    ...(f.group ? { group: f.group } : {}),
    header: null,
  }));
  for (const field of [...Object.keys(detected), ...Object.keys(overrides)]) {
    if (!rows.some((r) => r.field === field)) rows.push({ field, required: false, header: null });
  }
  return rows.map((row) => ({
    ...row,
    header: row.field in overrides ? (overrides[row.field] ?? null) : (detected[row.field] ?? null),
  }));
}

/** True when some field of every alternative group has a column (e.g. one way to name the customer). */
export function groupsSatisfied(rows: FieldRow[]): boolean {
  const groups = new Set(rows.flatMap((r) => (r.group ? [r.group] : [])));
  return [...groups].every((group) => rows.some((r) => r.group === group && r.header));
}
