// Synthetic bank statements, MT940 in the mBank layout and a CSV history export, for
// tests that import a statement and match its credits to invoices of their own ledger.
import { minorDigits } from '../src/domain/money';

export type StatementEntry = {
  direction: 'credit' | 'debit';
  amountMinor: number;
  payerName: string;
  payerAccount: string;
  title: string;
};

const toYymmdd = (isoDate: string) => isoDate.slice(2).replace(/-/g, '');
const toMmdd = (isoDate: string) => isoDate.slice(5).replace(/-/g, '');

/** Minor units as MT940 writes an amount: 48730 → "487,30". */
function mt940Amount(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const text = amountMinor.toString().padStart(digits + 1, '0');
  return digits === 0 ? `${text},` : `${text.slice(0, -digits)},${text.slice(-digits)}`;
}

/** One statement of the account, all entries booked on `bookingDate`, opening at zero. */
export function mt940Statement({
  reference,
  bookingDate,
  currency = 'PLN',
  entries,
}: {
  reference: string;
  bookingDate: string;
  currency?: string;
  entries: readonly StatementEntry[];
}): string {
  const day = toYymmdd(bookingDate);
  let closingMinor = 0;
  const lines = [':20:' + reference, ':25:PL61109010140000071219812874', ':28C:1/1', `:60F:C${day}${currency}0,00`];
  entries.forEach((entry, index) => {
    const mark = entry.direction === 'credit' ? 'C' : 'D';
    closingMinor += entry.direction === 'credit' ? entry.amountMinor : -entry.amountMinor;
    const bankReference = `MB${day}${String(index + 1).padStart(6, '0')}`;
    const kind = entry.direction === 'credit' ? '020 PRZELEW ZEWNETRZNY PRZYCHODZACY' : '076 PRZELEW WYCHODZACY';
    const account = entry.direction === 'credit' ? 'Z RACH.' : 'NA RACH.';
    const party = entry.direction === 'credit' ? 'OD' : 'DLA';
    lines.push(
      `:61:${day}${toMmdd(bookingDate)}${mark}N${mt940Amount(entry.amountMinor, currency)}NTRFNONREF//${bankReference}`,
      kind,
      `:86:${kind}; ${account}: `,
      `${entry.payerAccount}; ${party}: ${entry.payerName}; `,
      `TYT.: ${entry.title} ; `,
      `TNR: 179171073864111.${String(index + 1).padStart(6, '0')}`,
    );
  });
  const closingMark = closingMinor < 0 ? 'D' : 'C';
  lines.push(`:62F:${closingMark}${day}${currency}${mt940Amount(Math.abs(closingMinor), currency)}`, '-', '');
  return lines.join('\r\n');
}

/** Minor units as a Polish CSV export writes an amount: 48730 → "487,30", a debit with "-". */
function csvAmount(amountMinor: number, currency: string, direction: 'credit' | 'debit'): string {
  const digits = minorDigits(currency);
  const text = amountMinor.toString().padStart(digits + 1, '0');
  const number = digits === 0 ? text : `${text.slice(0, -digits)},${text.slice(-digits)}`;
  return direction === 'debit' ? `-${number}` : number;
}

/**
 * A web banking CSV history of the account, all entries booked on `bookingDate`: the
 * bank's name above the header row, dates as DD.MM.YYYY, signed amounts under
 * `amountHeader` (a header no bank list knows makes the reader ask for a mapping), a
 * currency column, and a closing balance row below that is no transaction.
 */
export function csvStatement({
  bookingDate,
  currency = 'PLN',
  amountHeader = 'Kwota',
  entries,
}: {
  bookingDate: string;
  currency?: string;
  amountHeader?: string;
  entries: readonly StatementEntry[];
}): string {
  const [year, month, day] = bookingDate.split('-');
  const date = `${day}.${month}.${year}`;
  const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const lines = ['Bank Testowy S.A.;', 'Historia rachunku;', '', `Data operacji;Tytuł;Nadawca/Odbiorca;Numer konta;${amountHeader};Waluta`];
  let balanceMinor = 0;
  for (const entry of entries) {
    balanceMinor += entry.direction === 'credit' ? entry.amountMinor : -entry.amountMinor;
    lines.push([date, quoted(entry.title), quoted(entry.payerName), `'${entry.payerAccount}'`, csvAmount(entry.amountMinor, currency, entry.direction), currency].join(';'));
  }
  const balance = csvAmount(Math.abs(balanceMinor), currency, balanceMinor < 0 ? 'debit' : 'credit');
  lines.push('', `;Saldo końcowe;;;${balance};${currency}`, '');
  return lines.join('\r\n');
}
