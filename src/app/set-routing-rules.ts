// Which procedure follows up which customers is the organization's written policy:
// the whole list of rules is replaced at once, and only with procedures that exist.
import type { RoutingRuleInput } from '../http/contract';
import type { Db } from '../store/database';
import { listProcedures, lockProcedures } from '../store/procedures';
import { listRoutingRules, replaceRoutingRules, type StoredRoutingRule } from '../store/routing-rules';
import { fail, ok, type Issue, type Result } from './errors';
import { inTransaction } from './transaction';

/** Replaces the organization's routing rules; invalid_input names each rule that names no procedure or no name. */
export async function setRoutingRules(db: Db, orgId: string, rules: readonly RoutingRuleInput[]): Promise<Result<StoredRoutingRule[]>> {
  return inTransaction(db, async (tx) => {
    // Procedures cannot be archived or added half-way through the check.
    await lockProcedures(tx, orgId);
    const known = new Set((await listProcedures(tx, orgId)).map((p) => p.key));
    const issues: Issue[] = [];
    rules.forEach((rule, index) => {
      const at = `rules[${index}]`;
      if (rule.name.trim() === '') issues.push({ field: `${at}.name`, message: 'a rule needs a name people recognise' });
      if (!known.has(rule.procedureKey)) issues.push({ field: `${at}.procedureKey`, message: `no procedure "${rule.procedureKey}"` });
      const manual = rule.criteria.manualProcedureKey;
      if (manual !== undefined && !known.has(manual)) issues.push({ field: `${at}.criteria.manualProcedureKey`, message: `no procedure "${manual}"` });
      const { minTenureMonths: min, maxTenureMonths: max } = rule.criteria;
      if (min !== undefined && max !== undefined && min > max) {
        issues.push({ field: `${at}.criteria.maxTenureMonths`, message: `no customer is at least ${min} and at most ${max} months old` });
      }
    });
    if (issues.length > 0) return fail('invalid_input', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
    await replaceRoutingRules(tx, orgId, rules.map((rule) => ({ ...rule, name: rule.name.trim(), enabled: rule.enabled ?? true })));
    return ok(await listRoutingRules(tx, orgId));
  });
}
