// What makes a payment recognisable when it comes again. With the bank's own id,
// that id hashed: the same for payments recorded by hand, by API and by import.
// Without one, a hash of date, amount, currency, account and title plus how many times
// that same transfer has come up so far in the file: two identical transfers on one
// day stay two payments, and importing the file again finds both again.
import { createHash } from 'node:crypto';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The fingerprint of a payment that carries its bank's id. */
export function externalPaymentFingerprint(externalId: string): string {
  return `ext:${sha256(externalId.trim())}`;
}

export type TransferFacts = {
  paymentDate: string;
  amountMinor: number;
  currency: string;
  payerAccount: string | null;
  transferTitle: string | null;
};

/** Counts identical transfers within one file and gives each its fingerprint. */
export function transferFingerprints(): (facts: TransferFacts) => string {
  const seen = new Map<string, number>();
  return (facts) => {
    const base = sha256(
      [facts.paymentDate, facts.amountMinor, facts.currency, facts.payerAccount ?? '', facts.transferTitle ?? ''].join('|'),
    );
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    return `file:${sha256(`${base}|${occurrence}`)}`;
  };
}
