// The organization's procedures and routing rules, loaded once per run (or preview)
// and asked per customer and day: which procedure, which version, and why.
import type { IsoDate } from '../../domain/dates';
import { defaultProcedures } from '../../domain/dunning/default-procedures';
import type { ProcedureVersion } from '../../domain/dunning/procedure';
import { procedureVersionOn } from '../../domain/dunning/procedure-rules';
import { defaultRoutingRules, fallbackProcedureKey, routeCustomer, type CustomerFacts, type RoutingDecision, type RoutingRule } from '../../domain/routing';
import type { Db } from '../../store/database';
import { findEffectiveVersions, hasProcedures, listAllProcedureVersions } from '../../store/procedures';
import { listEnabledRoutingRules } from '../../store/routing-rules';

export type ProcedureBook = {
  versions: ReadonlyMap<string, readonly ProcedureVersion[]>;
  rules: readonly RoutingRule[];
};

export type Assignment = { routing: RoutingDecision; version: ProcedureVersion };

function byKey(versions: readonly ProcedureVersion[]): Map<string, ProcedureVersion[]> {
  const map = new Map<string, ProcedureVersion[]>();
  for (const v of versions) map.set(v.procedureKey, [...(map.get(v.procedureKey) ?? []), v]);
  return map;
}

/**
 * Every version and the enabled rules; `effectiveOn` keeps only the versions in effect
 * that day. An organization without any procedure yet (created before they existed)
 * gets the shipped ones in memory, so a dry run or a preview needs no write.
 */
export async function loadProcedureBook(db: Db, orgId: string, baseCurrency: string, effectiveOn?: IsoDate): Promise<ProcedureBook> {
  if (!(await hasProcedures(db, orgId))) return { versions: byKey(defaultProcedures), rules: defaultRoutingRules(baseCurrency) };
  const versions = effectiveOn ? [...(await findEffectiveVersions(db, orgId, effectiveOn)).values()] : await listAllProcedureVersions(db, orgId);
  return { versions: byKey(versions), rules: await listEnabledRoutingRules(db, orgId) };
}

/** The version of a procedure that decides on `date`, or null. */
export function versionOn(book: ProcedureBook, procedureKey: string, date: IsoDate): ProcedureVersion | null {
  return procedureVersionOn(book.versions.get(procedureKey) ?? [], date);
}

/**
 * The procedure and version that follow the customer up on `date`. A rule (or a manual
 * choice) naming a procedure that is not in effect that day falls back to the standard
 * one, and the reasons say so; null only when not even that one is in effect.
 */
export function assignProcedure(book: ProcedureBook, facts: CustomerFacts, date: IsoDate): Assignment | null {
  const routing = routeCustomer(facts, book.rules, fallbackProcedureKey);
  const version = versionOn(book, routing.procedureKey, date);
  if (version) return { routing, version };
  const fallback = versionOn(book, fallbackProcedureKey, date);
  if (!fallback) return null;
  return {
    routing: {
      procedureKey: fallbackProcedureKey,
      matchedRule: routing.matchedRule,
      reasons: [...routing.reasons, { key: 'fallback', facts: { procedureKey: fallbackProcedureKey, unavailable: routing.procedureKey } }],
    },
    version: fallback,
  };
}
