// How approving and rejecting read on the customer's timeline: what was decided about
// (channel, step, day, invoices) and what went with it.
import type { ContactAction } from '../../domain/dunning/actions';

const channelNames: Record<ContactAction['channel'], string> = { email: 'e-mail', sms: 'SMS', letter: 'letter', call: 'call' };
const effectNames: Record<string, string> = { holdCredit: 'credit hold', notifyAccountOwner: 'note to the account owner', openHandover: 'handover' };

/** "the letter of 2026-04-15 (standard.payment-demand, formal) on FV/1, FV/2, with credit hold". */
export function decidedContactText(action: ContactAction, invoiceNumbers: readonly string[], effectKinds: readonly string[]): string {
  const invoices = invoiceNumbers.length > 0 ? ` on ${invoiceNumbers.join(', ')}` : '';
  const effects = effectKinds.length > 0 ? `, with ${[...new Set(effectKinds)].map((kind) => effectNames[kind] ?? kind).join(' and ')}` : '';
  return `the ${channelNames[action.channel]} of ${action.plannedFor} (${action.templateKey}, ${action.tone})${invoices}${effects}`;
}
