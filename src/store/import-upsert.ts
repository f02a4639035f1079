// The statement customers and contacts imports share: rows whose ids the import has
// already decided (an existing row's, or a new one) go in with one INSERT … ON
// CONFLICT (id) per batch. Only the given columns of existing rows change, and only
// when a value differs, so the database itself counts created and updated rows.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from './database';

/** A table column as the batch carries it: its SQL name and type. */
export type ColumnSpec = readonly [name: string, type: string];

/** Inserts or changes rows of `table` by id within the organization; returns the counts. */
export async function upsertRowsById<Row extends { id: string }, Column extends Exclude<keyof Row, 'id'> & string>(
  db: Db,
  table: 'customers' | 'contacts',
  columns: Record<Column, ColumnSpec>,
  orgId: string,
  rows: readonly Row[],
  changeable: readonly Column[],
): Promise<{ created: number; updated: number }> {
  if (rows.length === 0) return { created: 0, updated: 0 };
  const keys = Object.keys(columns) as Column[];
  const payload = rows.map((row) => {
    const record: Record<string, unknown> = { id: row.id };
    for (const key of keys) record[columns[key][0]] = row[key];
    return record;
  });
  const names = keys.map((k) => columns[k][0]);
  const recordType = ['id uuid', ...keys.map((k) => `${columns[k][0]} ${columns[k][1]}`)].join(', ');
  const changed = changeable.map((k) => columns[k][0]);
  const onConflict =
    changed.length === 0
      ? 'do nothing'
      : `do update set ${changed.map((n) => `${n} = excluded.${n}`).join(', ')}, updated_at = now()
          where t.org_id = excluded.org_id
            and (${changed.map((n) => `t.${n}`).join(', ')}) is distinct from (${changed.map((n) => `excluded.${n}`).join(', ')})`;
  const result = await queryRows<{ inserted: boolean }>(
    db,
    sql`insert into ${sql.raw(table)} as t (id, org_id, ${sql.raw(names.join(', '))})
        select x.id, ${orgId}::uuid, ${sql.raw(names.map((n) => `x.${n}`).join(', '))}
          from json_to_recordset(${JSON.stringify(payload)}::json) as x(${sql.raw(recordType)})
        on conflict (id) ${sql.raw(onConflict)}
        returning (xmax = 0) as inserted`,
  );
  const created = result.filter((r) => r.inserted).length;
  return { created, updated: result.length - created };
}
