// Procedures and their versions. A version is written once and never changed: the
// row's columns (key, number, effective day) are authoritative, the definition holds
// the rest of the ProcedureVersion exactly as it was saved.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { IsoDate } from '../domain/dates';
import type { ProcedureVersion } from '../domain/dunning/procedure';
import { procedureVersionOn } from '../domain/dunning/procedure-rules';
import type { Db } from './database';
import { procedureVersions, procedures } from './schema';

export type ProcedureSummary = {
  key: string;
  versions: { version: number; effectiveFrom: IsoDate; createdAt: string }[];
  latest: ProcedureVersion;
};

type VersionRow = typeof procedureVersions.$inferSelect;

function toProcedureVersion(row: VersionRow): ProcedureVersion {
  const definition = row.definition as ProcedureVersion;
  return { ...definition, procedureKey: row.procedureKey, version: row.version, effectiveFrom: row.effectiveFrom };
}

/** Stores a version (creating the procedure when new); null when that version number is taken. */
export async function insertProcedureVersion(
  db: Db,
  orgId: string,
  definition: ProcedureVersion,
  userId: string | null,
): Promise<ProcedureVersion | null> {
  await db.insert(procedures).values({ orgId, key: definition.procedureKey }).onConflictDoNothing();
  const [row] = await db
    .insert(procedureVersions)
    .values({
      orgId,
      procedureKey: definition.procedureKey,
      version: definition.version,
      effectiveFrom: definition.effectiveFrom,
      definition,
      createdByUserId: userId,
    })
    .onConflictDoNothing()
    .returning();
  return row ? toProcedureVersion(row) : null;
}

/** Every version of one procedure, oldest first; empty when the procedure is unknown. */
export async function listProcedureVersions(db: Db, orgId: string, key: string): Promise<ProcedureVersion[]> {
  const rows = await db
    .select()
    .from(procedureVersions)
    .where(and(eq(procedureVersions.orgId, orgId), eq(procedureVersions.procedureKey, key)))
    .orderBy(asc(procedureVersions.version));
  return rows.map(toProcedureVersion);
}

/** The organization's procedures (archived ones left out), each with its versions and the latest one. */
export async function listProcedures(db: Db, orgId: string): Promise<ProcedureSummary[]> {
  const rows = await db
    .select({ version: procedureVersions })
    .from(procedureVersions)
    .innerJoin(procedures, and(eq(procedures.orgId, procedureVersions.orgId), eq(procedures.key, procedureVersions.procedureKey)))
    .where(and(eq(procedureVersions.orgId, orgId), isNull(procedures.archivedAt)))
    .orderBy(asc(procedureVersions.procedureKey), asc(procedureVersions.version));
  const byKey = new Map<string, ProcedureSummary>();
  for (const { version: row } of rows) {
    const version = toProcedureVersion(row);
    const entry = byKey.get(row.procedureKey) ?? { key: row.procedureKey, versions: [], latest: version };
    entry.versions.push({ version: row.version, effectiveFrom: row.effectiveFrom, createdAt: row.createdAt.toISOString() });
    entry.latest = version;
    byKey.set(row.procedureKey, entry);
  }
  return [...byKey.values()];
}

/** For each procedure not archived, the version that decides on `date`; procedures not yet in effect are absent. */
export async function findEffectiveVersions(db: Db, orgId: string, date: IsoDate): Promise<Map<string, ProcedureVersion>> {
  const rows = await db
    .select({ version: procedureVersions })
    .from(procedureVersions)
    .innerJoin(procedures, and(eq(procedures.orgId, procedureVersions.orgId), eq(procedures.key, procedureVersions.procedureKey)))
    .where(
      and(
        eq(procedureVersions.orgId, orgId),
        isNull(procedures.archivedAt),
        sql`${procedureVersions.effectiveFrom} <= ${date}::date`,
      ),
    );
  const byKey = new Map<string, ProcedureVersion[]>();
  for (const { version: row } of rows) {
    byKey.set(row.procedureKey, [...(byKey.get(row.procedureKey) ?? []), toProcedureVersion(row)]);
  }
  const effective = new Map<string, ProcedureVersion>();
  for (const [key, versions] of byKey) {
    const found = procedureVersionOn(versions, date);
    if (found) effective.set(key, found);
  }
  return effective;
}

/** True when the organization has at least one procedure, archived or not. */
export async function hasProcedures(db: Db, orgId: string): Promise<boolean> {
  const [row] = await db.select({ key: procedures.key }).from(procedures).where(eq(procedures.orgId, orgId)).limit(1);
  return row !== undefined;
}

/** Every version of every procedure not archived, by key then version. */
export async function listAllProcedureVersions(db: Db, orgId: string): Promise<ProcedureVersion[]> {
  const rows = await db
    .select({ version: procedureVersions })
    .from(procedureVersions)
    .innerJoin(procedures, and(eq(procedures.orgId, procedureVersions.orgId), eq(procedures.key, procedureVersions.procedureKey)))
    .where(and(eq(procedureVersions.orgId, orgId), isNull(procedures.archivedAt)))
    .orderBy(asc(procedureVersions.procedureKey), asc(procedureVersions.version));
  return rows.map(({ version }) => toProcedureVersion(version));
}

/** Locks the organization's procedures against concurrent writers until the transaction ends. */
export async function lockProcedures(db: Db, orgId: string): Promise<void> {
  await db.execute(sql`select id from organizations where id = ${orgId} for update`);
}
