// A batch of rows as one text parameter: a line per row, its fields separated by tabs.
// The daily run writes its outbox, ladders and holds this way. As one JSON document
// (json_to_recordset) the batch went through the database's JSON parser character by
// character, a third to a half of the whole insert's time; splitting lines and fields
// costs a fraction of that (a batch of 1,200 outbox rows: 11–15 ms instead of 31–39 ms).
//
// A field is either a token — a uuid, a calendar date, a whole number or a code, which
// never holds a tab or a line break (checked) — or JSON text, for free text and
// documents: JSON.stringify escapes every control character inside strings, so JSON
// text never holds a raw tab or line break either, whatever the value.
import { sql, type SQL } from './database';

/** A field as written: a checked token or JSON text. */
export type LineField = string;

const separators = /[\t\n\r]/;

/** A uuid, date, number or code written as it is; throws if it could break the line apart. */
export function token(value: string | number): LineField {
  const text = String(value);
  if (separators.test(text)) throw new Error(`not a token: ${JSON.stringify(text)}`);
  return text;
}

/** Free text, a nullable value or a document, written as JSON text. */
export function jsonField(value: unknown): LineField {
  return JSON.stringify(value) ?? 'null';
}

/** The rows as the parameter `linesFrom` reads. */
export function rowLines(rows: readonly (readonly LineField[])[]): string {
  return rows.map((fields) => fields.join('\t')).join('\n');
}

/**
 * The FROM item reading a rowLines parameter: one row per line, its fields in the
 * array `f` (f[1] is the first). Read a token with a cast (`f[1]::uuid`), a JSON
 * field with `jsonText(n)` for text or `f[n]::json` / `f[n]::jsonb` for documents.
 */
export function linesFrom(lines: string): SQL {
  return sql`string_to_table(${lines}, E'\n') as line, string_to_array(line, E'\t') as f`;
}

/** Field n (from 1) of a line read by `linesFrom`, written by `jsonField`, as SQL text (null stays null). */
export function jsonText(n: number): SQL {
  if (!Number.isInteger(n) || n < 1) throw new Error(`not a field number: ${n}`);
  return sql.raw(`(f[${n}]::json #>> '{}')`);
}
