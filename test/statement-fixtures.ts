// Synthetic MT940 statements in the mBank layout, for tests that import a statement
// and match its credits to invoices of their own ledger.
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
