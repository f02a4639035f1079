// Why a customer is on its procedure: a manual choice, the rule that matched with the
// facts it matched on, or the fallback — what the customer page shows.
import { isIsoDate, type IsoDate } from '../../domain/dates';
import type { RoutingReason, RoutingRule } from '../../domain/routing';
import { findCustomer } from '../../store/customers';
import type { Db } from '../../store/database';
import { loadFollowUpSnapshots } from '../../store/follow-up-snapshots';
import { findOrganization } from '../../store/organizations';
import { fail, ok, type Result } from '../errors';
import { customerFactsOn } from './customer-facts';
import { assignProcedure, loadProcedureBook } from './procedure-book';

export type ProcedureExplanation = {
  procedureKey: string;
  version: number;
  name: { pl: string; en: string };
  matchedRule: RoutingRule | null;
  reasons: RoutingReason[];
};

/** The procedure and version following the customer up on `date`, and why; not_found when none is in effect. */
export async function explainCustomerProcedure(db: Db, orgId: string, customerId: string, date: IsoDate): Promise<Result<ProcedureExplanation>> {
  if (!isIsoDate(date)) return fail('invalid_input', `date: not a calendar date (YYYY-MM-DD): ${date}`, [{ field: 'date', message: 'not a calendar date' }]);
  const org = await findOrganization(db, orgId);
  if (!org || !(await findCustomer(db, orgId, customerId))) return fail('not_found', 'no such customer');
  const book = await loadProcedureBook(db, orgId, org.baseCurrency, date);
  const [loaded] = await loadFollowUpSnapshots(db, orgId, [customerId], date, org);
  const assignment = assignProcedure(book, customerFactsOn(loaded!, org.baseCurrency, date), date);
  if (!assignment) return fail('not_found', `no procedure is in effect on ${date}`);
  const { version, routing } = assignment;
  return ok({ procedureKey: version.procedureKey, version: version.version, name: version.name, matchedRule: routing.matchedRule, reasons: routing.reasons });
}
