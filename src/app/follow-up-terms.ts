// How long a customer's promises pause the reminders and how late an instalment may
// be before its plan defaults: both come from the procedure version the customer is on.
import { defaultProcedure } from '../domain/dunning/default-procedures';
import type { Db } from '../store/database';
import { loadFollowUpSnapshots } from '../store/follow-up-snapshots';
import { findOrganization } from '../store/organizations';
import { customerFactsOn } from './follow-up/customer-facts';
import { assignProcedure, loadProcedureBook } from './follow-up/procedure-book';

export type FollowUpTerms = { procedureKey: string; version: number; promiseGraceDays: number; planDefaultAfterDays: number };

// When no procedure is in effect at all, the shipped standard procedure's terms.
const standard = defaultProcedure('standard');
export const standardTerms: FollowUpTerms = {
  procedureKey: standard.procedureKey,
  version: standard.version,
  promiseGraceDays: standard.promiseGraceDays,
  planDefaultAfterDays: standard.planDefaultAfterDays,
};

/** The terms of the procedure version each customer is routed to on `today`, read in one batch. */
export async function followUpTermsOf(db: Db, orgId: string, customerIds: readonly string[], today: string): Promise<Map<string, FollowUpTerms>> {
  const terms = new Map<string, FollowUpTerms>();
  const unique = [...new Set(customerIds)];
  const org = unique.length > 0 ? await findOrganization(db, orgId) : null;
  if (!org) return terms;
  const book = await loadProcedureBook(db, orgId, org.baseCurrency, today);
  for (const loaded of await loadFollowUpSnapshots(db, orgId, unique, today, org)) {
    const version = assignProcedure(book, customerFactsOn(loaded, org.baseCurrency, today), today)?.version;
    terms.set(
      loaded.snapshot.customer.id,
      version
        ? { procedureKey: version.procedureKey, version: version.version, promiseGraceDays: version.promiseGraceDays, planDefaultAfterDays: version.planDefaultAfterDays }
        : standardTerms,
    );
  }
  return terms;
}

/** The grace and default days of the procedure version the customer is routed to on `today`. */
export async function followUpTerms(db: Db, orgId: string, customerId: string, today: string): Promise<FollowUpTerms> {
  return (await followUpTermsOf(db, orgId, [customerId], today)).get(customerId) ?? standardTerms;
}
