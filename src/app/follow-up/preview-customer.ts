// "What happens next" on the customer page and `duly preview`: the actions the daily
// runs would plan for the customer day by day, and what they would hold back and why.
import { isIsoDate, type IsoDate } from '../../domain/dates';
import type { Action, HeldStep } from '../../domain/dunning/actions';
import { findCustomer } from '../../store/customers';
import type { Db } from '../../store/database';
import { loadFollowUpSnapshots } from '../../store/follow-up-snapshots';
import { findOrganization } from '../../store/organizations';
import { fail, ok, type Result } from '../errors';
import { loadProcedureBook } from './procedure-book';
import { simulateCustomer } from './simulate-customer';

export type PreviewDay = {
  date: IsoDate;
  procedureKey: string | null;
  procedureVersion: number | null;
  actions: Action[];
  held: HeldStep[];
};

/** The customer's planned actions and held steps for each of `days` days from `from`; nothing is written. */
export async function previewCustomer(db: Db, orgId: string, customerId: string, from: IsoDate, days = 30): Promise<Result<PreviewDay[]>> {
  if (!isIsoDate(from)) return fail('invalid_input', `from: not a calendar date (YYYY-MM-DD): ${from}`, [{ field: 'from', message: 'not a calendar date' }]);
  if (!Number.isInteger(days) || days < 1 || days > 366) return fail('invalid_input', 'days: 1 to 366', [{ field: 'days', message: '1 to 366' }]);
  const org = await findOrganization(db, orgId);
  if (!org || !(await findCustomer(db, orgId, customerId))) return fail('not_found', 'no such customer');
  const book = await loadProcedureBook(db, orgId, org.baseCurrency);
  const [loaded] = await loadFollowUpSnapshots(db, orgId, [customerId], from, org);
  return ok(
    simulateCustomer(loaded!, book, org.baseCurrency, from, days).map(({ date, assignment, decision }) => ({
      date,
      procedureKey: assignment?.version.procedureKey ?? null,
      procedureVersion: assignment?.version.version ?? null,
      actions: decision.actions,
      held: decision.held,
    })),
  );
}
