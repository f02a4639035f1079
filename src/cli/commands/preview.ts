import type { Command } from 'commander';
import { findCustomerByReference } from '../../app/follow-up/find-customer';
import { previewCustomer, type PreviewDay } from '../../app/follow-up/preview-customer';
import type { Action } from '../../domain/dunning/actions';
import { invoiceNumbers } from '../../store/record-refs';
import { withDatabase } from '../command-context';
import { printResult, reportFailure } from '../output';
import { resolveOrg } from '../resolve-org';
import { countOption, dayOption } from './run';

function describeAction(action: Action, numbers: ReadonlyMap<string, string>): string {
  const invoices = [...new Set(action.steps.map((s) => numbers.get(s.invoiceId) ?? s.invoiceId))].join(', ');
  const steps = [...new Set(action.steps.map((s) => s.stepKey))].join('+');
  switch (action.kind) {
    case 'sendMessage':
    case 'createCallTask':
      return `${action.channel} to ${action.addresseeRole}, ${action.tone}${action.approval === 'none' ? '' : `, needs ${action.approval} approval`} — ${steps}: ${invoices}`;
    case 'createInternalTask':
      return `task for the collector (${action.reason}) — ${invoices}`;
    case 'holdCredit':
      return 'credit hold';
    case 'notifyAccountOwner':
      return 'tell the account owner';
    case 'openHandover':
      return 'prepare the handover to a lawyer or agency';
  }
}

function describe(name: string, days: readonly PreviewDay[], numbers: ReadonlyMap<string, string>): string {
  const lines = [`${name}: the next ${days.length} days from ${days[0]?.date}`];
  let any = false;
  for (const day of days) {
    if (day.actions.length === 0 && day.held.length === 0) continue;
    any = true;
    const procedure = day.procedureKey ? ` [${day.procedureKey}@${day.procedureVersion}]` : '';
    for (const action of day.actions) lines.push(`  ${day.date}  ${describeAction(action, numbers)}${procedure}`);
    for (const held of day.held) lines.push(`  ${day.date}  held (${held.reason}, ${held.channel}) until ${held.nextAllowedOn}`);
  }
  if (!any) lines.push('  nothing planned');
  return lines.join('\n');
}

export function registerPreviewCommand(program: Command): void {
  program
    .command('preview')
    .description("a customer's planned follow-up for the coming days, as the daily runs would do it (writes nothing)")
    .requiredOption('--customer <customer>', 'the customer: id, code (external id), tax id or exact name')
    .option('--org <slug>', 'organization (optional when there is only one)')
    .option('--from <date>', "the first day (YYYY-MM-DD); today in the organization's time zone by default")
    .option('--days <n>', 'how many days', '30')
    .option('--json', 'machine-readable output')
    .action(async (options) => {
      const output = { json: Boolean(options.json) };
      const days = countOption(options.days, 'days', 30, 366);
      if (!days.ok) return reportFailure(output, days);
      await withDatabase(output, async ({ db }) => {
        const org = await resolveOrg(db, options.org);
        if (!org.ok) return reportFailure(output, org);
        const from = dayOption(options.from, 'from', org.value.timeZone);
        if (!from.ok) return reportFailure(output, from);
        const customer = await findCustomerByReference(db, org.value.id, options.customer);
        if (!customer.ok) return reportFailure(output, customer);
        const preview = await previewCustomer(db, org.value.id, customer.value.id, from.value, days.value);
        if (!preview.ok) return reportFailure(output, preview);
        const numbers = await invoiceNumbers(db, org.value.id, preview.value.flatMap((d) => d.actions.flatMap((a) => a.steps.map((s) => s.invoiceId))));
        printResult(output, { customer: customer.value, days: preview.value }, describe(customer.value.name, preview.value, numbers));
      });
    });
}
