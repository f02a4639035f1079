// The demo organization as plain data: the same seed and `today` always give the same
// ledger, so screenshots, tests and bug reports can refer to it.
import { isIsoDate, type IsoDate } from '../../domain/dates';
import { generateActivities } from './demo-activities';
import { generateContacts, generateCustomers } from './demo-customers';
import { issueInvoices, planCustomers } from './demo-invoices';
import type { DemoLedger, DemoOrganization, DemoUser } from './demo-ledger';
import { settleInvoices } from './demo-payments';
import { randomIban, randomNip } from './identities';
import { asciiFold, randomPerson } from './names';
import { createRandom, seedFrom } from './random';

/** The sign-in of the demo's administrator; documented, so anyone can try the demo. */
export const demoAdminEmail = 'demo@duly.example';
export const demoPassword = 'duly-demo-2026';
export const defaultDemoSeed = 20260401;
export const defaultDemoSlug = 'demo';

export type DemoOptions = { today: IsoDate; seed?: number; slug?: string };

/** The whole demo ledger, deterministic for the same seed and today. */
export function generateDemoLedger(options: DemoOptions): DemoLedger {
  if (!isIsoDate(options.today)) throw new Error(`today must be a date as YYYY-MM-DD, got ${options.today}`);
  const today = options.today;
  const seed = options.seed ?? defaultDemoSeed;
  const stream = (label: string) => createRandom(seedFrom(seed, label));

  const organization = demoOrganization(stream('organization'), options.slug ?? defaultDemoSlug);
  const users = demoUsers(stream('users'));
  const ownerKeys = users.filter((user) => user.role === 'account_owner').map((user) => user.key);
  const customers = generateCustomers(stream('customers'), ownerKeys);
  const contactRandom = stream('contacts');
  const contacts = customers.flatMap((customer) => generateContacts(contactRandom, customer));
  const plans = planCustomers(stream('plans'), customers, today);
  const issued = issueInvoices(stream('invoices'), plans, today);
  const { invoices, creditNotes, payments, allocations } = settleInvoices(stream('payments'), plans, issued, today);

  const paymentDate = new Map(payments.map((payment) => [payment.key, payment.paymentDate]));
  const firstPaidOn = new Map<string, IsoDate>();
  for (const allocation of allocations) {
    if (!allocation.paymentKey) continue;
    const date = paymentDate.get(allocation.paymentKey)!;
    const known = firstPaidOn.get(allocation.invoiceNumber);
    if (!known || date < known) firstPaidOn.set(allocation.invoiceNumber, date);
  }
  const collectorKey = users.find((user) => user.role === 'collector')!.key;
  const activities = generateActivities(stream('activities'), { plans, contacts, invoices, firstPaidOn, collectorKey, today });

  return { today, seed, organization, users, customers, contacts, invoices, creditNotes, payments, allocations, activities };
}

function demoOrganization(random: ReturnType<typeof createRandom>, slug: string): DemoOrganization {
  return {
    slug,
    legalName: 'Hurtownia Techniczna Przykład sp. z o.o.',
    taxId: randomNip(random),
    country: 'PL',
    baseCurrency: 'PLN',
    defaultLanguage: 'pl',
    timeZone: 'Europe/Warsaw',
    bankAccounts: [
      { iban: randomIban(random, 'PL'), currency: 'PLN', bankName: 'Bank rachunku głównego', isDefault: true },
      { iban: randomIban(random, 'PL'), currency: 'EUR', bankName: 'Bank rachunku walutowego', isDefault: false },
    ],
  };
}

function demoUsers(random: ReturnType<typeof createRandom>): DemoUser[] {
  const roles = [
    ['collector', 'collector'],
    ['owner-1', 'account_owner'],
    ['owner-2', 'account_owner'],
    ['viewer', 'viewer'],
  ] as const;
  const users: DemoUser[] = [{ key: 'admin', email: demoAdminEmail, name: 'Administrator Demo', role: 'admin', language: 'pl' }];
  for (const [key, role] of roles) {
    const person = randomPerson(random, 'pl');
    const mailbox = `${asciiFold(person.firstName)}.${asciiFold(person.lastName)}`.replace(/[^a-z.]/g, '');
    users.push({ key, email: `${mailbox}@duly.example`, name: `${person.firstName} ${person.lastName}`, role, language: 'pl' });
  }
  return users;
}
