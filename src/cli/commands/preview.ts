import type { Command } from 'commander';
import { findCustomerByReference } from '../../app/follow-up/find-customer';
import { previewCustomer, type PreviewDay } from '../../app/follow-up/preview-customer';
import type { Action } from '../../domain/dunning/actions';
import { invoiceNumbers } from '../../store/record-refs';
import { printResult, reportFailure } from '../output';
import { inPlanningWindow, withWindowOptions } from './planning-window';

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
  withWindowOptions(
    program
      .command('preview')
      .description("a customer's planned follow-up for the coming days, as the daily runs would do it (writes nothing)")
      .requiredOption('--customer <customer>', 'the customer: id, code (external id), tax id or exact name'),
  ).action((options) =>
    inPlanningWindow(options, async ({ db, output, orgId, from, days }) => {
      const customer = await findCustomerByReference(db, orgId, options.customer);
      if (!customer.ok) return reportFailure(output, customer);
      const preview = await previewCustomer(db, orgId, customer.value.id, from, days);
      if (!preview.ok) return reportFailure(output, preview);
      const numbers = await invoiceNumbers(db, orgId, preview.value.flatMap((d) => d.actions.flatMap((a) => a.steps.map((s) => s.invoiceId))));
      printResult(output, { customer: customer.value, days: preview.value }, describe(customer.value.name, preview.value, numbers));
    }),
  );
}
