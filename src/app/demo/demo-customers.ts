// The customers of the demo organization: segments, payment behaviours, terms, and
// their contacts in every role (some on purpose without anyone for payables).
import type { ContactRole } from '../../http/contract';
import type { PhoneNumber } from '../../store/schema';
import type { DemoContact, DemoCustomer, DemoSegment, PaymentBehaviour } from './demo-ledger';
import {
  customerMailDomain,
  personMailbox,
  randomAddress,
  randomForeignMobile,
  randomIban,
  randomNip,
  randomOfficePhone,
  randomPolishMobile,
  randomVatId,
} from './identities';
import { randomCompanyName, randomPerson, slugify, type NameCulture, type Person } from './names';
import type { Random } from './random';

// How many customers of each segment the demo has (200 in all).
const segmentQuota: readonly (readonly [DemoSegment, number])[] = [
  ['key_account', 16],
  ['regular', 82],
  ['new_customer', 30],
  ['small_amounts', 40],
  ['one_off', 32],
];

const behaviourWeights: Record<DemoSegment, readonly (readonly [PaymentBehaviour, number])[]> = {
  key_account: [['good', 8], ['late', 4], ['deteriorating', 3], ['partial', 1]],
  regular: [['good', 10], ['late', 5], ['deteriorating', 2], ['partial', 3], ['stopped', 1.2]],
  new_customer: [['good', 5], ['late', 3], ['partial', 2], ['stopped', 1]],
  small_amounts: [['good', 6], ['late', 4], ['partial', 1], ['stopped', 1]],
  one_off: [['good', 6], ['late', 4], ['partial', 1]],
};

const termsBySegment: Record<DemoSegment, readonly number[]> = {
  key_account: [30, 45, 60],
  regular: [14, 21, 30, 30],
  new_customer: [14],
  small_amounts: [14, 21],
  one_off: [14, 21],
};

const foreignCountries = ['DE', 'DE', 'DE', 'AT', 'NL', 'IE'] as const;

const customerNotes = [
  'Faktury wyłącznie w formie elektronicznej na adres działu księgowości.',
  'Na fakturze wymagany numer zamówienia (PO).',
  'Płatności zbiorcze w piątki.',
  'Zmiana zarządu w zeszłym roku; nowa osoba do rozliczeń.',
  'Prosi o kontakt telefoniczny przed wysłaniem wezwania.',
  'Sezonowość: większe zamówienia wiosną.',
] as const;

/** The demo's customers in a stable order, with the users that own key accounts. */
export function generateCustomers(random: Random, accountOwnerKeys: readonly string[]): DemoCustomer[] {
  const customers: DemoCustomer[] = [];
  const usedNames = new Set<string>();
  const segments = segmentQuota.flatMap(([segment, count]) => Array.from({ length: count }, () => segment));
  for (let i = segments.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [segments[i], segments[j]] = [segments[j]!, segments[i]!];
  }
  segments.forEach((segment, index) => {
    const foreign = segment !== 'small_amounts' && random.chance(0.14);
    const country = foreign ? random.pick(foreignCountries) : 'PL';
    let company = randomCompanyName(random, country);
    while (usedNames.has(company.name)) company = randomCompanyName(random, country);
    usedNames.add(company.name);
    const behaviour = random.weighted(behaviourWeights[segment]);
    const terms = foreign ? 30 : random.pick(termsBySegment[segment]);
    const currency = foreign ? 'EUR' : 'PLN';
    const limitZl = segment === 'key_account' ? random.int(15, 60) * 10_000 : segment === 'regular' ? random.int(3, 12) * 10_000 : null;
    const tags = [company.industry, ...(foreign ? ['eksport'] : []), ...(segment === 'key_account' ? ['strategiczny'] : [])];
    customers.push({
      key: `C${String(index + 1).padStart(4, '0')}`,
      externalId: `K${String(10_000 + index * 7 + random.int(0, 6))}`,
      name: company.name,
      taxId: foreign ? null : randomNip(random),
      vatId: foreign ? randomVatId(random, country) : null,
      country,
      language: country === 'PL' ? 'pl' : country === 'DE' || country === 'AT' ? 'de' : 'en',
      segment,
      behaviour,
      currency,
      paymentTermsDays: terms,
      creditLimitMinor: limitZl === null ? null : foreign ? Math.round(limitZl / 4) * 100 : limitZl * 100,
      accountOwnerKey:
        segment === 'key_account' || (segment === 'regular' && random.chance(0.5)) ? random.pick(accountOwnerKeys) : null,
      tags,
      notes: random.chance(0.15) ? random.pick(customerNotes) : null,
      creditHold: behaviour === 'stopped',
      iban: randomIban(random, country),
    });
  });
  return customers;
}

type Titles = Record<ContactRole, readonly [male: string, female: string]>;

const polishTitles: Titles = {
  payables: ['Specjalista ds. rozrachunków', 'Specjalistka ds. rozrachunków'],
  finance_decision_maker: ['Członek Zarządu ds. Finansowych', 'Członkini Zarządu ds. Finansowych'],
  ceo: ['Prezes Zarządu', 'Prezes Zarządu'],
  cfo: ['Dyrektor Finansowy', 'Dyrektor Finansowa'],
  chief_accountant: ['Główny Księgowy', 'Główna Księgowa'],
  secretary: ['Asystent Zarządu', 'Asystentka Zarządu'],
  operational_buyer: ['Specjalista ds. zakupów', 'Specjalistka ds. zakupów'],
};
const germanTitles: Titles = {
  payables: ['Kreditorenbuchhalter', 'Kreditorenbuchhalterin'],
  finance_decision_maker: ['Kaufmännischer Leiter', 'Kaufmännische Leiterin'],
  ceo: ['Geschäftsführer', 'Geschäftsführerin'],
  cfo: ['Finanzleiter', 'Finanzleiterin'],
  chief_accountant: ['Leiter Buchhaltung', 'Leiterin Buchhaltung'],
  secretary: ['Assistent der Geschäftsführung', 'Assistentin der Geschäftsführung'],
  operational_buyer: ['Einkäufer', 'Einkäuferin'],
};
const englishTitles: Titles = {
  payables: ['Accounts Payable Clerk', 'Accounts Payable Clerk'],
  finance_decision_maker: ['Finance Director', 'Finance Director'],
  ceo: ['Managing Director', 'Managing Director'],
  cfo: ['Chief Financial Officer', 'Chief Financial Officer'],
  chief_accountant: ['Head of Accounting', 'Head of Accounting'],
  secretary: ['Office Manager', 'Office Manager'],
  operational_buyer: ['Purchasing Manager', 'Purchasing Manager'],
};

const functionMailboxes: Record<NameCulture, readonly (readonly [name: string, mailbox: string])[]> = {
  pl: [['Dział księgowości', 'ksiegowosc'], ['Rozliczenia', 'rozliczenia'], ['Faktury', 'faktury']],
  de: [['Buchhaltung', 'buchhaltung'], ['Rechnungseingang', 'rechnungen']],
  en: [['Accounts Payable', 'accounts.payable'], ['Finance Team', 'finance']],
};

/** The people and shared mailboxes of one customer, each with its roles. */
export function generateContacts(random: Random, customer: DemoCustomer): DemoContact[] {
  const culture: NameCulture = customer.language === 'pl' ? 'pl' : customer.language === 'de' ? 'de' : 'en';
  const titles = culture === 'pl' ? polishTitles : culture === 'de' ? germanTitles : englishTitles;
  const domain = customerMailDomain(slugify(customer.name) || customer.key.toLowerCase(), customer.country);
  const office = randomAddress(random, customer.country, culture === 'pl' ? 'siedziba' : 'head office');
  const { areaCode, ...officeAddress } = office;
  const large = customer.segment === 'key_account' || customer.segment === 'regular';
  const contacts: DemoContact[] = [];
  const usedMailboxes = new Set<string>();

  const person = (roles: ContactRole[], withAddress: boolean): DemoContact => {
    const someone: Person = randomPerson(random, culture);
    let mailbox = personMailbox(random, someone.firstName, someone.lastName);
    while (usedMailboxes.has(mailbox)) mailbox = `${mailbox}${random.int(1, 9)}`;
    usedMailboxes.add(mailbox);
    const phones: PhoneNumber[] = [];
    if (random.chance(0.8)) {
      phones.push({
        number: customer.country === 'PL' ? randomPolishMobile(random) : randomForeignMobile(random, customer.country),
        kind: 'mobile',
      });
    }
    if (random.chance(0.5)) phones.push({ number: randomOfficePhone(random, customer.country, areaCode), kind: 'work' });
    const title = titles[roles[0]!][someone.female ? 1 : 0];
    return {
      customerKey: customer.key,
      kind: 'person',
      name: `${someone.firstName} ${someone.lastName}`,
      jobTitle: title,
      roles,
      emails: [{ address: `${mailbox}@${domain}` }],
      phones,
      addresses: withAddress ? [officeAddress] : [],
      preferredChannel: roles.includes('payables') ? 'email' : roles.includes('ceo') && random.chance(0.3) ? 'phone' : null,
    };
  };

  // Some customers have nobody for payables: the product must ask for one.
  const hasPayables = random.chance(0.86);
  if (hasPayables) {
    if (random.chance(0.35)) {
      const [name, mailbox] = random.pick(functionMailboxes[culture]);
      contacts.push({
        customerKey: customer.key,
        kind: 'function',
        name,
        jobTitle: null,
        roles: ['payables'],
        emails: [{ address: `${mailbox}@${domain}` }],
        phones: [{ number: randomOfficePhone(random, customer.country, areaCode), kind: 'work' }],
        addresses: [officeAddress],
        preferredChannel: 'email',
      });
    } else {
      contacts.push(person(['payables'], true));
    }
  }
  const hasCfo = large && random.chance(0.55);
  const ceoRoles: ContactRole[] = hasCfo ? ['ceo'] : ['ceo', 'finance_decision_maker'];
  if (random.chance(large ? 0.8 : 0.6)) contacts.push(person(ceoRoles, !hasPayables));
  if (hasCfo) contacts.push(person(['cfo', 'finance_decision_maker'], false));
  else if (large && random.chance(0.25)) contacts.push(person(['finance_decision_maker'], false));
  if (random.chance(large ? 0.65 : 0.4)) {
    contacts.push(person(hasPayables || random.chance(0.6) ? ['chief_accountant'] : ['chief_accountant', 'payables'], false));
  }
  if (random.chance(large ? 0.5 : 0.25)) contacts.push(person(['secretary'], !hasPayables));
  if (random.chance(0.75)) contacts.push(person(['operational_buyer'], false));
  if (contacts.length === 0) contacts.push(person(['operational_buyer'], true));
  return contacts;
}
