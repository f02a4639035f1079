// How each demo invoice was settled up to `today`: payments that follow the customer's
// behaviour (on time, late, later and later, in parts, not at all any more), a few
// credit notes, a few overpayments and payments on account, and a few write-offs.
import type { InvoiceStatus } from '../../http/contract';
import { addDays, daysBetween, type IsoDate } from '../../domain/dates';
import type { DemoAllocation, DemoCreditNote, DemoInvoice, DemoPayment } from './demo-ledger';
import type { CustomerPlan, IssuedInvoice } from './demo-invoices';
import type { Random } from './random';

export type Settlement = {
  invoices: DemoInvoice[];
  creditNotes: DemoCreditNote[];
  payments: DemoPayment[];
  allocations: DemoAllocation[];
};

type PaymentEvent = { date: IsoDate; amountMinor: number; partial: boolean };
type PaidPart = PaymentEvent & { invoiceNumber: string };

const creditReasons = [
  'Zwrot części towaru',
  'Rabat posprzedażowy',
  'Korekta ceny jednostkowej',
  'Reklamacja uznana',
  'Błędna ilość na fakturze',
  'Anulowanie zamówienia',
] as const;

function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

// Banks book transfers on working days: a payer who pays early moves back to Friday,
// anyone else forward to Monday; customers with weekly payment runs pay on Fridays.
function bookingDate(date: IsoDate, early: boolean, runsOnFridays: boolean, earliest: IsoDate): IsoDate {
  let day = date;
  if (runsOnFridays) {
    const back = (weekday(day) + 2) % 7; // days since the last Friday
    const snapped = early || back === 0 ? addDays(day, -back) : addDays(day, 7 - back);
    return snapped > earliest ? snapped : addDays(snapped, 7);
  }
  const dow = weekday(day);
  if (dow === 6) day = early && addDays(day, -1) > earliest ? addDays(day, -1) : addDays(day, 2);
  else if (dow === 0) day = early && addDays(day, -2) > earliest ? addDays(day, -2) : addDays(day, 1);
  return day;
}

function wholeUnits(amountMinor: number): number {
  return Math.max(100, Math.round(amountMinor / 100) * 100);
}

/** The status rule of the ledger, applied to the generated figures. */
function statusOf(gross: number, paid: number, credited: number, writtenOff: boolean): InvoiceStatus {
  if (writtenOff) return 'written_off';
  if (credited >= gross && paid === 0) return 'credited';
  if (paid + credited >= gross) return 'paid';
  if (paid + credited > 0) return 'partially_paid';
  return 'open';
}

/** Settles the issued invoices according to each customer's payment behaviour, up to `today`. */
export function settleInvoices(
  random: Random,
  plans: readonly CustomerPlan[],
  issued: readonly IssuedInvoice[],
  today: IsoDate,
): Settlement {
  const planOf = new Map(plans.map((plan) => [plan.customer.key, plan]));
  const slopes = new Map<string, number>();
  const fridays = new Map(
    plans.map(({ customer }) => [
      customer.key,
      customer.segment === 'key_account' || (customer.segment === 'regular' && random.chance(0.3)),
    ]),
  );
  const creditDrafts: (Omit<DemoCreditNote, 'number'> & { draft: number })[] = [];
  const credited = new Map<string, number>();
  const parts: PaidPart[] = [];

  for (const invoice of issued) {
    const plan = planOf.get(invoice.customerKey)!;
    const { customer } = plan;
    let remaining = invoice.grossTotalMinor;
    if (random.chance(0.015)) {
      const issueDate = addDays(invoice.issueDate, random.int(2, 15));
      if (issueDate <= today) {
        const full = random.chance(0.4);
        const totalMinor = full
          ? invoice.grossTotalMinor
          : Math.max(100, Math.round((invoice.grossTotalMinor * random.int(5, 30)) / 100));
        creditDrafts.push({
          draft: creditDrafts.length,
          customerKey: customer.key,
          invoiceNumber: invoice.number,
          issueDate,
          currency: invoice.currency,
          totalMinor,
          reason: full ? 'Anulowanie zamówienia' : random.pick(creditReasons.slice(0, 5)),
        });
        credited.set(invoice.number, totalMinor);
        remaining -= totalMinor;
      }
    }
    if (remaining <= 0 || random.chance(0.006)) continue; // some invoices are simply never paid

    const due = invoice.dueDate;
    const firstDay = addDays(invoice.issueDate, 1);
    const events: PaymentEvent[] = [];
    switch (customer.behaviour) {
      case 'good':
        events.push({ date: addDays(due, -random.int(0, 6)), amountMinor: remaining, partial: false });
        break;
      case 'late':
        events.push({ date: addDays(due, random.int(10, 40)), amountMinor: remaining, partial: false });
        break;
      case 'deteriorating': {
        if (!slopes.has(customer.key)) slopes.set(customer.key, 3 + random.next() * 3);
        const months = Math.floor(daysBetween(plan.activeFrom, invoice.issueDate) / 30);
        const delay = Math.round(-3 + slopes.get(customer.key)! * months) + random.int(-3, 3);
        events.push({ date: addDays(due, delay), amountMinor: remaining, partial: false });
        break;
      }
      case 'partial':
        if (random.chance(0.6) && remaining > 200) {
          const first = Math.min(remaining - 100, wholeUnits((remaining * random.int(30, 70)) / 100));
          const firstDate = addDays(due, random.int(0, 20));
          events.push({ date: firstDate, amountMinor: first, partial: true });
          if (random.chance(0.55)) {
            events.push({ date: addDays(firstDate, random.int(20, 60)), amountMinor: remaining - first, partial: true });
          }
        } else {
          events.push({ date: addDays(due, random.int(5, 25)), amountMinor: remaining, partial: false });
        }
        break;
      case 'stopped': {
        const date = addDays(due, random.int(0, 20));
        if (plan.stoppedOn && date < plan.stoppedOn) events.push({ date, amountMinor: remaining, partial: false });
        break;
      }
    }
    for (const event of events) {
      const early = event.date <= due;
      const date = bookingDate(event.date < firstDay ? firstDay : event.date, early, fridays.get(customer.key)!, invoice.issueDate);
      if (date <= today) parts.push({ ...event, date, invoiceNumber: invoice.number });
    }
  }

  const creditNotes = numberCreditNotes(creditDrafts);
  const allocations: DemoAllocation[] = creditNotes.map((note) => ({
    invoiceNumber: note.invoiceNumber,
    creditNoteNumber: note.number,
    amountMinor: note.totalMinor,
  }));
  const invoiceOf = new Map(issued.map((invoice) => [invoice.number, invoice]));
  const payments = groupPayments(random, parts, invoiceOf, plans, fridays, allocations, today);

  const paid = new Map<string, number>();
  for (const allocation of allocations) {
    if (allocation.paymentKey) paid.set(allocation.invoiceNumber, (paid.get(allocation.invoiceNumber) ?? 0) + allocation.amountMinor);
  }
  const invoices: DemoInvoice[] = issued.map((invoice) => {
    const paidMinor = paid.get(invoice.number) ?? 0;
    const creditedMinor = credited.get(invoice.number) ?? 0;
    const open = invoice.grossTotalMinor - paidMinor - creditedMinor;
    const writeOffDay = addDays(invoice.dueDate, 180 + random.int(0, 30));
    const writtenOffOn = open > 0 && writeOffDay <= today && random.chance(0.15) ? writeOffDay : null;
    return {
      ...invoice,
      writtenOffOn,
      openAmountMinor: open,
      status: statusOf(invoice.grossTotalMinor, paidMinor, creditedMinor, writtenOffOn !== null),
    };
  });
  return { invoices, creditNotes, payments, allocations };
}

function numberCreditNotes(drafts: (Omit<DemoCreditNote, 'number'> & { draft: number })[]): DemoCreditNote[] {
  const sorted = [...drafts].sort((a, b) => (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : a.draft - b.draft));
  const perMonth = new Map<string, number>();
  return sorted.map(({ draft: _draft, ...note }) => {
    const month = note.issueDate.slice(0, 7);
    const sequence = (perMonth.get(month) ?? 0) + 1;
    perMonth.set(month, sequence);
    return { ...note, number: `KOR/${month.replace('-', '/')}/${String(sequence).padStart(4, '0')}` };
  });
}

// One transfer per paid part, except that customers with payment runs pay everything
// due that Friday in one transfer. Adds the allocations of each payment.
function groupPayments(
  random: Random,
  parts: readonly PaidPart[],
  invoiceOf: ReadonlyMap<string, IssuedInvoice>,
  plans: readonly CustomerPlan[],
  fridays: ReadonlyMap<string, boolean>,
  allocations: DemoAllocation[],
  today: IsoDate,
): DemoPayment[] {
  const groups = new Map<string, PaidPart[]>();
  parts.forEach((part, index) => {
    const customerKey = invoiceOf.get(part.invoiceNumber)!.customerKey;
    const key = fridays.get(customerKey) ? `${customerKey}|${part.date}` : `${customerKey}|${part.date}|${index}`;
    groups.set(key, [...(groups.get(key) ?? []), part]);
  });
  const customerOf = new Map(plans.map(({ customer }) => [customer.key, customer]));
  type Draft = Omit<DemoPayment, 'key'> & { parts: PaidPart[] };
  const drafts: Draft[] = [];
  for (const group of groups.values()) {
    const first = invoiceOf.get(group[0]!.invoiceNumber)!;
    const customer = customerOf.get(first.customerKey)!;
    const numbers = group.map((part) => part.invoiceNumber);
    const allocated = group.reduce((sum, part) => sum + part.amountMinor, 0);
    const extra = random.chance(0.01) ? random.int(1, 50) * 100 : 0;
    const polish = customer.language === 'pl';
    const title =
      group.length > 1
        ? `${polish ? 'Zapłata faktur' : 'Payment of invoices'} ${numbers.join(', ')}`
        : group[0]!.partial
          ? `${polish ? 'Częściowa zapłata' : 'Part payment'} ${numbers[0]}`
          : polish
            ? random.pick([`Zapłata za fakturę ${numbers[0]}`, `${numbers[0]}`, `Faktura ${numbers[0]}`])
            : `Invoice ${numbers[0]}`;
    drafts.push({
      customerKey: customer.key,
      paymentDate: group[0]!.date,
      amountMinor: allocated + extra,
      currency: first.currency,
      payerName: customer.name,
      payerAccount: customer.iban,
      transferTitle: title,
      unallocatedMinor: extra,
      parts: group,
    });
  }
  // Partial payers now and then send a round sum "towards the debt", not tied to an invoice.
  for (const { customer } of plans) {
    if (customer.behaviour !== 'partial' || !random.chance(0.4)) continue;
    const amount = random.int(2, 10) * (customer.currency === 'EUR' ? 10_000 : 50_000);
    drafts.push({
      customerKey: customer.key,
      paymentDate: bookingDate(addDays(today, -random.int(3, 40)), false, false, addDays(today, -60)),
      amountMinor: amount,
      currency: customer.currency,
      payerName: customer.name,
      payerAccount: customer.iban,
      transferTitle: customer.language === 'pl' ? 'Wpłata na poczet zaległości' : 'Payment on account',
      unallocatedMinor: amount,
      parts: [],
    });
  }
  const sorted = drafts
    .filter((draft) => draft.paymentDate <= today)
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) =>
      a.draft.paymentDate < b.draft.paymentDate ? -1 : a.draft.paymentDate > b.draft.paymentDate ? 1 : a.index - b.index,
    );
  return sorted.map(({ draft: { parts: paidParts, ...payment } }, index) => {
    const key = `P${String(index + 1).padStart(6, '0')}`;
    for (const part of paidParts) allocations.push({ invoiceNumber: part.invoiceNumber, paymentKey: key, amountMinor: part.amountMinor });
    return { key, ...payment };
  });
}
