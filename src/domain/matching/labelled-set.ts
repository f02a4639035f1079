// A generated ledger with bank lines whose right answer is known, to measure the
// matcher the way it meets real statements: titles with typos and with other numbers
// in them (dates, orders, contracts), several invoices paid at once, part payments,
// missing references, payers writing their name their own way or paying from a new
// account or another firm paying for them, a number quoted from the wrong invoice,
// round amounts many invoices share, and money that pays no invoice at all.
// Deterministic: the same spec always gives the same set. Names are invented.
import { invoicePaymentReference } from '../creditor-reference';
import { addDays } from '../dates';
import { ibanFromBban } from '../iban';
import { nipWithCheckDigit } from '../tax-ids';
import type { Allocation, CreditLine, OpenInvoice, PayerProfile } from './types';

export type LineKind =
  | 'reference'
  | 'splitPayment'
  | 'number'
  | 'numberTypo'
  | 'combined'
  | 'partial'
  | 'overpayment'
  | 'noReference'
  | 'numberOfAnotherInvoice'
  | 'thirdPartyPayer'
  | 'notForInvoices';

export type ExpectedMatch = { customerId: string; allocations: Allocation[]; creditMinor: number };
export type LabelledLine = { kind: LineKind; line: CreditLine; expected: ExpectedMatch | null };
export type LabelledSet = { invoices: OpenInvoice[]; payers: PayerProfile[]; lines: LabelledLine[] };
export type LabelledSetSpec = { seed: number; customers: number; openInvoices: number; lines: number };

// mulberry32: small, fast and fully determined by the seed (the domain keeps its own,
// since it may not import the demo generator).
function seeded(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const digits = (count: number) => Array.from({ length: count }, () => String(int(0, 9))).join('');
  const hex = (count: number) => Array.from({ length: count }, () => int(0, 15).toString(16)).join('');
  const weighted = <T>(choices: readonly (readonly [T, number])[]): T => {
    let roll = next() * choices.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of choices) if ((roll -= weight) < 0) return value;
    return choices[choices.length - 1]![0];
  };
  return { next, int, pick, digits, hex, weighted, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof seeded>;

const surnames = [
  'Kowalski', 'Nowak', 'Wiśniewski', 'Wójcik', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak',
  'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Kwiatkowski', 'Krawczyk', 'Piotrowski', 'Grabowski',
  'Pawłowski', 'Michalski', 'Wróbel', 'Jabłoński', 'Majewski', 'Olszewski', 'Stępień', 'Malinowski',
  'Jaworski', 'Adamczyk', 'Dudek', 'Górski', 'Sikora', 'Baran', 'Rutkowski', 'Ostrowski', 'Zalewski',
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Hoffmann', 'Krüger',
];
const firstNames = ['Jan', 'Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Ewa', 'Marek', 'Agnieszka', 'Paweł', 'Monika', 'Klaus', 'Sabine'];
const nameWords = [
  'Budmax', 'Techpol', 'Agromet', 'Elektrobud', 'Translog', 'Polbud', 'Metalex', 'Drewnex', 'Instalbud', 'Marmex',
  'Kombud', 'Energo', 'Softline', 'Datanet', 'Medicus', 'Optima', 'Primus', 'Vectra', 'Novum', 'Sanbud',
  'Glassex', 'Autopart', 'Farmtech', 'Logimar', 'Chemplast', 'Papirus', 'Termoizol', 'Dachbud', 'Ekoterm', 'Stalprofil',
];
const trades = ['Budownictwo', 'Transport', 'Serwis', 'Handel', 'Consulting', 'Instalacje', 'Logistyka', 'Systemy', 'Technik', 'Bau'];
const legalForms = ['sp. z o.o.', 'S.A.', 'sp. j.', 'sp. k.', 'GmbH', ''];

const roundAmounts = [50_000, 100_000, 123_000, 61_500, 24_600, 200_000, 30_000];

function companyName(random: Random): string {
  const shape = random.int(0, 3);
  if (shape === 0) return `${random.pick(nameWords)} ${random.pick(trades)} ${random.pick(legalForms)}`.trim();
  if (shape === 1) return `${random.pick(nameWords)} ${random.pick(legalForms)}`.trim();
  if (shape === 2) return `PHU ${random.pick(surnames)} ${random.pick(firstNames)}`;
  return `${random.pick(nameWords)}-${random.pick(nameWords)} ${random.pick(legalForms)}`.trim();
}

/** How a payer's bank writes the name: upper case, no diacritics, legal form cut, a slip. */
function payerNameVariant(random: Random, name: string): string {
  let variant = name;
  if (random.chance(0.5)) variant = variant.toUpperCase();
  if (random.chance(0.4)) variant = variant.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
  if (random.chance(0.4)) variant = variant.replace(/\s*(sp\. z o\.o\.|S\.A\.|sp\. j\.|sp\. k\.|GmbH)$/i, '');
  if (random.chance(0.3)) variant = variant.replace(/sp\. z o\.o\./i, 'SPOLKA Z OGRANICZONA ODPOWIEDZIALNOSCIA');
  if (random.chance(0.15) && variant.length > 6) {
    const at = random.int(1, variant.length - 2);
    variant = variant.slice(0, at) + variant.slice(at + 1);
  }
  return variant;
}

function account(random: Random): string {
  return ibanFromBban('PL', random.digits(24));
}

function nip(random: Random): string {
  for (;;) {
    const candidate = nipWithCheckDigit(`${random.int(1, 9)}${random.digits(8)}`);
    if (candidate !== null) return candidate;
  }
}

/** How a person types an invoice number into a transfer title. */
function numberAsTyped(random: Random, number: string): string {
  const bare = number.replace(/^FV\//, '');
  return random.weighted<string>([
    [number, 4],
    [number.toLowerCase(), 1],
    [`FV ${bare}`, 2],
    [bare, 2],
    [`Faktura nr ${bare}`, 2],
    [`fakt. ${bare}`, 1],
    [`FV${bare}`, 1],
    [`FV ${bare.replace(/\//g, '-')}`, 1],
    [`FV ${bare.replace(/\//g, ' / ')}`, 1],
    [`Rechnung ${bare}`, 0.5],
  ]);
}

/** One typing slip in the digits: swapped neighbours, a wrong digit, or a missing one. */
function withTypo(random: Random, text: string): string {
  const positions = [...text].map((ch, i) => (/\d/.test(ch) ? i : -1)).filter((i) => i >= 0);
  const at = random.pick(positions);
  const slip = random.int(0, 2);
  if (slip === 0 && /\d/.test(text[at + 1] ?? '') && text[at] !== text[at + 1]) {
    return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
  }
  if (slip === 1 || slip === 0) {
    const digit = String((Number(text[at]) + random.int(1, 9)) % 10);
    return text.slice(0, at) + digit + text.slice(at + 1);
  }
  return text.slice(0, at) + text.slice(at + 1);
}

/** What else people put into titles: dates, orders, contracts, amounts. */
function titleNoise(random: Random, bookingDate: string): string {
  const [y, m, d] = bookingDate.split('-');
  return random.weighted<string>([
    ['', 5],
    [`z dnia ${d}.${m}.${y}`, 1],
    [`zam. ${random.int(100, 9999)}`, 1],
    [`ZAM/${y}/${random.digits(5)}`, 1],
    [`umowa ${random.int(1, 99)}/${Number(y) - 1}`, 1],
    [`kwota ${random.int(1, 9)} ${random.digits(3)},${random.digits(2)} zl`, 0.5],
    ['dziekuje', 1],
    [`${bookingDate}`, 0.5],
  ]);
}

const genericTitles = ['przelew', 'zaplata', 'Płatność za usługi', 'oplata', 'zapłata za towar', 'Zahlung', 'payment'];

/** A labelled set: customers, open invoices and credit lines with their right answers. */
export function generateLabelledSet(spec: LabelledSetSpec): LabelledSet {
  const random = seeded(spec.seed);
  const ourNip = nip(random);

  const payers: PayerProfile[] = [];
  const customerCurrency = new Map<string, string>();
  for (let c = 0; c < spec.customers; c++) {
    const customerId = `customer-${c + 1}`;
    const knownAccounts = random.chance(0.7) ? [account(random)] : [];
    if (knownAccounts.length > 0 && random.chance(0.15)) knownAccounts.push(account(random));
    payers.push({ customerId, name: companyName(random), taxIds: [nip(random)], knownAccounts });
    customerCurrency.set(customerId, random.chance(0.1) ? 'EUR' : 'PLN');
  }

  const invoices: OpenInvoice[] = [];
  const perMonth = new Map<string, number>();
  for (let n = 0; n < spec.openInvoices; n++) {
    const payer = payers[Math.floor(Math.pow(random.next(), 1.6) * payers.length)]!;
    const month = random.int(1, 5);
    const mm = String(month).padStart(2, '0');
    const seq = (perMonth.get(mm) ?? 0) + 1;
    perMonth.set(mm, seq);
    const issueDate = `2026-${mm}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const gross = random.chance(0.12)
      ? random.pick(roundAmounts)
      : Math.round(Math.exp(Math.log(5_000) + random.next() * (Math.log(5_000_000) - Math.log(5_000))));
    const partlyPaid = random.chance(0.05);
    invoices.push({
      id: `${random.hex(8)}-${random.hex(4)}-4${random.hex(3)}-${random.pick(['8', '9', 'a', 'b'])}${random.hex(3)}-${random.hex(12)}`,
      customerId: payer.customerId,
      number: `FV/${seq}/${mm}/2026`,
      currency: customerCurrency.get(payer.customerId)!,
      openAmountMinor: partlyPaid ? Math.round(gross / 2) : gross,
      grossTotalMinor: gross,
      dueDate: addDays(issueDate, random.pick([7, 14, 14, 30, 30, 60])),
      issueDate,
    });
  }

  const byCustomer = new Map<string, OpenInvoice[]>();
  for (const invoice of invoices) {
    const list = byCustomer.get(invoice.customerId);
    if (list) list.push(invoice);
    else byCustomer.set(invoice.customerId, [invoice]);
  }
  for (const list of byCustomer.values()) list.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const used = new Set<string>();
  const payerById = new Map(payers.map((p) => [p.customerId, p]));

  // Each invoice is paid by one line at most, so the set needs no settling between lines.
  const unusedInvoice = (): OpenInvoice | null => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const invoice = random.pick(invoices);
      if (!used.has(invoice.id)) return invoice;
    }
    return null;
  };

  const lines: LabelledLine[] = [];
  for (let n = 0; n < spec.lines; n++) {
    const kind = random.weighted<LineKind>([
      ['reference', 14], ['splitPayment', 6], ['number', 34], ['numberTypo', 6], ['combined', 8],
      ['partial', 6], ['overpayment', 2], ['noReference', 16], ['numberOfAnotherInvoice', 2], ['thirdPartyPayer', 2],
      ['notForInvoices', 6],
    ]);
    const bookingDate = addDays('2026-05-04', random.int(0, 25));
    if (kind === 'notForInvoices') {
      const stranger = companyName(random);
      lines.push({
        kind,
        expected: null,
        line: {
          // Round sums turn up everywhere, also on open invoices.
          amountMinor: random.chance(0.3) ? random.pick(roundAmounts) : random.int(100, 2_000_000),
          currency: 'PLN',
          bookingDate,
          title: random.pick(['zwrot nadplaty', 'odsetki od lokaty', 'zwrot kaucji', 'wyrownanie', `refaktura ${random.int(1, 99)}/2026`, 'przelew wlasny']),
          counterpartyName: stranger,
          counterpartyAccount: account(random),
          structuredReference: null,
          endToEndId: null,
        },
      });
      continue;
    }
    const first = unusedInvoice();
    if (first === null) break;
    let paid: OpenInvoice[] = [first];
    if (kind === 'combined') {
      const others = (byCustomer.get(first.customerId) ?? []).filter((i) => i.id !== first.id && !used.has(i.id));
      if (others.length > 0) {
        // People settle their oldest invoices together.
        const count = Math.min(others.length, random.int(1, 2));
        paid = [first, ...others.slice(0, count)];
      }
    }
    for (const invoice of paid) used.add(invoice.id);
    const open = paid.reduce((sum, i) => sum + i.openAmountMinor, 0);
    const payer = payerById.get(first.customerId)!;

    let amountMinor = open;
    let expected: ExpectedMatch = {
      customerId: first.customerId,
      allocations: paid.map((i) => ({ invoiceId: i.id, amountMinor: i.openAmountMinor })),
      creditMinor: 0,
    };
    if (kind === 'partial') {
      amountMinor = Math.max(1, Math.round((open * random.int(20, 90)) / 100));
      expected = { ...expected, allocations: [{ invoiceId: first.id, amountMinor }] };
    } else if (kind === 'overpayment') {
      const extra = random.int(1, Math.max(1, Math.round(open / 10)));
      amountMinor = open + extra;
      expected = { ...expected, creditMinor: extra };
    }

    const typed = paid.map((i) => numberAsTyped(random, i.number));
    if (kind === 'numberOfAnotherInvoice') {
      // The customer quotes another of its open invoices but pays this one's amount. (One of
      // the same amount would be no mistake at all: paying it settles the account alike.)
      const other = (byCustomer.get(first.customerId) ?? []).find(
        (i) => i.id !== first.id && !used.has(i.id) && i.openAmountMinor !== first.openAmountMinor,
      );
      if (other) typed[0] = numberAsTyped(random, other.number);
    }
    let title: string;
    let structuredReference: string | null = null;
    switch (kind) {
      case 'reference':
        structuredReference = invoicePaymentReference(first.id);
        title = random.chance(0.5) ? typed[0]! : random.pick(genericTitles);
        break;
      case 'splitPayment':
        title = `/VAT/${(amountMinor * 0.187 / 100).toFixed(2).replace('.', ',')}/IDC/${ourNip}/INV/${first.number}/TXT/${random.pick(genericTitles)}`;
        break;
      case 'numberTypo':
        title = withTypo(random, typed[0]!);
        break;
      case 'combined':
        title = random.chance(0.6) ? typed.join(random.pick([', ', ' ', '; '])) : random.pick(genericTitles);
        break;
      case 'noReference':
        title = random.pick(genericTitles);
        break;
      default:
        title = typed[0]!;
    }
    const noise = titleNoise(random, bookingDate);
    if (noise !== '') title = random.chance(0.5) ? `${noise} ${title}` : `${title} ${noise}`;
    if (random.chance(0.08)) title = `${title} NIP ${payer.taxIds[0]}`;

    const knownAccount = payer.knownAccounts.length > 0 && random.chance(0.85);
    // A parent company or a factor pays: its own name and account, maybe those of another customer.
    const actualPayer = kind === 'thirdPartyPayer' ? random.pick(payers) : payer;
    lines.push({
      kind,
      expected,
      line: {
        amountMinor,
        currency: first.currency,
        bookingDate,
        title,
        counterpartyName: random.chance(0.9) ? payerNameVariant(random, actualPayer.name) : null,
        counterpartyAccount:
          kind === 'thirdPartyPayer'
            ? (actualPayer.knownAccounts[0] ?? account(random))
            : knownAccount
              ? random.pick(payer.knownAccounts)
              : account(random),
        structuredReference,
        endToEndId: random.chance(0.3) ? 'NOTPROVIDED' : null,
      },
    });
  }
  return { invoices, payers, lines };
}
