// The organization's routing rules: which procedure follows up which customers, in an
// explicit priority order. The list is always replaced whole, so priorities never
// end up half-edited.
import { asc, eq } from 'drizzle-orm';
import type { RoutingCriteria, RoutingRule } from '../domain/routing';
import type { Db } from './database';
import { routingRules } from './schema';

export type StoredRoutingRule = RoutingRule & { id: string; enabled: boolean };

/** Every rule of the organization, by priority (ties in the order they were written). */
export async function listRoutingRules(db: Db, orgId: string): Promise<StoredRoutingRule[]> {
  const rows = await db
    .select()
    .from(routingRules)
    .where(eq(routingRules.orgId, orgId))
    .orderBy(asc(routingRules.priority), asc(routingRules.createdAt), asc(routingRules.id));
  return rows.map((row) => ({
    id: row.id,
    priority: row.priority,
    name: row.name,
    procedureKey: row.procedureKey,
    criteria: row.criteria as RoutingCriteria,
    enabled: row.enabled,
  }));
}

/** The enabled rules only: what routing applies. */
export async function listEnabledRoutingRules(db: Db, orgId: string): Promise<RoutingRule[]> {
  return (await listRoutingRules(db, orgId)).filter((rule) => rule.enabled);
}

/** Replaces the whole list of rules; call inside a transaction so readers never see it half-written. */
export async function replaceRoutingRules(
  db: Db,
  orgId: string,
  rules: readonly (RoutingRule & { enabled?: boolean })[],
): Promise<void> {
  await db.delete(routingRules).where(eq(routingRules.orgId, orgId));
  if (rules.length === 0) return;
  // Equal priorities keep the order of the list: creation instants a millisecond apart say it.
  const base = Date.now();
  await db.insert(routingRules).values(
    rules.map((rule, index) => ({
      createdAt: new Date(base + index),
      orgId,
      priority: rule.priority,
      name: rule.name,
      procedureKey: rule.procedureKey,
      criteria: rule.criteria,
      enabled: rule.enabled ?? true,
    })),
  );
}
