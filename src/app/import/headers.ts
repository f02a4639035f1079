// Which column holds which field: from the header row, matched against the known
// header texts of each field, with an explicit mapping (field → header) taking
// precedence. "Termin płatności", "termin_platnosci" and "TERMIN PŁATNOŚCI:" all match.
import type { ImportKind } from '../../http/contract';
import { normalizeHeader, withoutCurrencyNote } from '../../formats/header-text';
import { importFields, requiredGroups, type ImportField } from './fields';

export { normalizeHeader };

export type ColumnIssue = { field?: string; message: string };

export type ColumnMatch = {
  /** Field → index of its column. */
  columns: Map<string, number>;
  /** Field → the header it is read from. */
  mapping: Record<string, string>;
  issues: ColumnIssue[];
};

const synonymCache = new Map<ImportKind, Map<string, string[]>>();

/** The normalized header texts each field of a kind is recognised by, best first. */
export function fieldSynonyms(kind: ImportKind): Map<string, string[]> {
  let synonyms = synonymCache.get(kind);
  if (!synonyms) {
    synonyms = new Map(
      importFields[kind].map((f: ImportField) => [
        f.field,
        [...new Set([...f.headers, f.field].map(normalizeHeader))],
      ]),
    );
    synonymCache.set(kind, synonyms);
  }
  return synonyms;
}

const quoteList = (items: readonly string[]) => items.map((h) => `"${h}"`).join(', ');

/** Matches the header row to the fields of a kind; `override` maps a field to a header ('' leaves it unread). */
export function matchColumns(
  kind: ImportKind,
  headers: readonly string[],
  override: Record<string, string> = {},
): ColumnMatch {
  const fields = importFields[kind];
  const known = new Set(fields.map((f) => f.field));
  const columns = new Map<string, number>();
  const issues: ColumnIssue[] = [];
  const used = new Set<number>();
  const found = headers.length > 0 ? quoteList(headers.filter((h) => h !== '')) : 'none';

  for (const [field, header] of Object.entries(override)) {
    if (!known.has(field)) {
      issues.push({ field, message: `the mapping names an unknown field "${field}"; the fields of ${kind} are: ${[...known].join(', ')}` });
      continue;
    }
    if (header === '') continue;
    let index = headers.indexOf(header);
    if (index < 0) index = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
    if (index < 0) {
      issues.push({ field, message: `the mapping reads ${field} from column "${header}", which the file does not have; its columns are: ${found}` });
      continue;
    }
    columns.set(field, index);
    used.add(index);
  }

  const normalized = headers.map((h) => [normalizeHeader(h), normalizeHeader(withoutCurrencyNote(h))] as const);
  const synonyms = fieldSynonyms(kind);
  for (const { field } of fields) {
    if (field in override) continue;
    const index = findColumn(synonyms.get(field) ?? [], normalized, used);
    if (index === undefined) continue;
    columns.set(field, index);
    used.add(index);
  }

  if (columns.size === 0 && Object.keys(override).length === 0) {
    const examples = fields.filter((f) => f.required || f.group).map((f) => `"${f.headers[0]}"`);
    issues.push({
      message: `the first row is not a header row: no column is named like a field of ${kind} (such as ${examples.join(', ')}); found ${found}`,
    });
    return { columns, mapping: {}, issues };
  }

  for (const f of fields) {
    if (f.required && !columns.has(f.field)) {
      issues.push({
        field: f.field,
        message: `no column for the required field ${f.field} (a header such as ${quoteList(f.headers.slice(0, 4))}); the file's columns are: ${found}`,
      });
    }
  }
  for (const group of requiredGroups[kind]) {
    const members = fields.filter((f) => f.group === group);
    if (!members.some((f) => columns.has(f.field))) {
      issues.push({
        field: members.map((f) => f.field).join('|'),
        message: `no column names the ${group}: one of ${members.map((f) => `${f.field} (e.g. "${f.headers[0]}")`).join(', ')} is needed; the file's columns are: ${found}`,
      });
    }
  }

  const mapping: Record<string, string> = {};
  for (const [field, index] of columns) mapping[field] = headers[index]!;
  return { columns, mapping, issues };
}

// The best synonym decides: "Kwota brutto" beats a plain "Kwota" column when both exist.
function findColumn(
  synonyms: readonly string[],
  headers: readonly (readonly [string, string])[],
  used: ReadonlySet<number>,
): number | undefined {
  for (const synonym of synonyms) {
    const index = headers.findIndex(([full, bare], i) => !used.has(i) && (full === synonym || bare === synonym));
    if (index >= 0) return index;
  }
  return undefined;
}
