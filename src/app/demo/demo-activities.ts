// A few entries of each customer's timeline: the start of a key account, reminders,
// calls and letters around late invoices, and the collector's own notes.
import { addDays, type IsoDate } from '../../domain/dates';
import type { DemoActivity, DemoContact, DemoInvoice } from './demo-ledger';
import type { CustomerPlan } from './demo-invoices';
import type { Random } from './random';

export type TimelineInput = {
  plans: readonly CustomerPlan[];
  contacts: readonly DemoContact[];
  invoices: readonly DemoInvoice[];
  /** The day each invoice first received money, if it did. */
  firstPaidOn: ReadonlyMap<string, IsoDate>;
  collectorKey: string;
  today: IsoDate;
};

/** Timeline entries for the demo customers, oldest first per customer. */
export function generateActivities(random: Random, input: TimelineInput): DemoActivity[] {
  const { plans, contacts, invoices, firstPaidOn, collectorKey, today } = input;
  const at = (date: IsoDate) => `${date}T${String(random.int(7, 14)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`;
  const byCustomer = new Map<string, DemoInvoice[]>();
  for (const invoice of invoices) byCustomer.set(invoice.customerKey, [...(byCustomer.get(invoice.customerKey) ?? []), invoice]);
  const activities: DemoActivity[] = [];

  for (const { customer, activeFrom } of plans) {
    const polish = customer.language === 'pl';
    const payables = contacts.find((c) => c.customerKey === customer.key && c.roles.includes('payables'));
    const ceo = contacts.find((c) => c.customerKey === customer.key && c.roles.includes('ceo'));
    if (customer.segment === 'key_account') {
      activities.push({
        customerKey: customer.key,
        occurredAt: at(activeFrom),
        type: 'meeting',
        channel: 'meeting',
        direction: 'outbound',
        userKey: customer.accountOwnerKey,
        summary: polish
          ? `Spotkanie handlowe${ceo ? ` z ${ceo.name}` : ''}: umowa ramowa, termin płatności ${customer.paymentTermsDays} dni`
          : `Sales meeting${ceo ? ` with ${ceo.name}` : ''}: framework agreement, ${customer.paymentTermsDays} days' terms`,
        body: null,
        invoiceNumbers: [],
      });
    }
    const late = (byCustomer.get(customer.key) ?? []).filter((invoice) => {
      const settled = firstPaidOn.get(invoice.number) ?? (invoice.status === 'credited' ? invoice.dueDate : today);
      return settled > addDays(invoice.dueDate, 7);
    });
    for (const invoice of late.slice(-3)) {
      const remindOn = addDays(invoice.dueDate, 7);
      const paidOn = firstPaidOn.get(invoice.number);
      activities.push({
        customerKey: customer.key,
        occurredAt: at(remindOn),
        type: 'email',
        channel: 'email',
        direction: 'outbound',
        userKey: collectorKey,
        summary: polish ? `Przypomnienie o płatności faktury ${invoice.number}` : `Payment reminder for invoice ${invoice.number}`,
        body: null,
        invoiceNumbers: [invoice.number],
      });
      const callOn = addDays(invoice.dueDate, 14);
      if (callOn > today || (paidOn && paidOn <= callOn)) continue;
      const promised = addDays(callOn, random.int(3, 10));
      activities.push({
        customerKey: customer.key,
        occurredAt: at(callOn),
        type: 'call',
        channel: 'phone',
        direction: 'outbound',
        userKey: collectorKey,
        summary: payables
          ? polish
            ? `Rozmowa z ${payables.name}: zapłata obiecana do ${promised}`
            : `Call with ${payables.name}: payment promised by ${promised}`
          : polish
            ? 'Brak osoby do rozliczeń; sekretariat przekaże prośbę o kontakt'
            : 'No accounts payable contact; reception will pass on the request',
        body: null,
        invoiceNumbers: [invoice.number],
      });
      const letterOn = addDays(invoice.dueDate, 45);
      if (customer.behaviour === 'stopped' && letterOn <= today && !paidOn) {
        activities.push({
          customerKey: customer.key,
          occurredAt: at(letterOn),
          type: 'letter',
          channel: 'letter',
          direction: 'outbound',
          userKey: collectorKey,
          summary: polish ? `Wezwanie do zapłaty wysłane listem poleconym (${invoice.number})` : `Payment demand sent by registered post (${invoice.number})`,
          body: null,
          invoiceNumbers: [invoice.number],
        });
      }
    }
    if (customer.behaviour === 'deteriorating') {
      activities.push({
        customerKey: customer.key,
        occurredAt: at(addDays(today, -random.int(5, 25))),
        type: 'note',
        channel: null,
        direction: 'internal',
        userKey: collectorKey,
        summary: polish ? 'Klient płaci z miesiąca na miesiąc później — do obserwacji' : 'Customer pays later every month — keep an eye on it',
        body: null,
        invoiceNumbers: [],
      });
    }
    if (customer.notes) {
      activities.push({
        customerKey: customer.key,
        occurredAt: at(activeFrom),
        type: 'note',
        channel: null,
        direction: 'internal',
        userKey: collectorKey,
        summary: customer.notes,
        body: null,
        invoiceNumbers: [],
      });
    }
  }
  return activities;
}
