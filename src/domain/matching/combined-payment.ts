// One transfer for several invoices of one customer, with no numbers in the title: the
// subsets of its open invoices whose open amounts add up to the payment. The search is
// bounded (a few invoices out of the oldest few) because people pay their oldest
// invoices together, and because a second fitting subset is all it takes to know the
// answer is ambiguous.
import type { OpenInvoice } from './types';

/** Up to `limit` sets of two to `maxSize` invoices from `pool` whose open amounts sum to `targetMinor`. */
export function subsetsWithSum(
  pool: readonly OpenInvoice[],
  targetMinor: number,
  maxSize: number,
  limit: number,
): OpenInvoice[][] {
  const items = pool.filter((invoice) => invoice.openAmountMinor < targetMinor);
  const found: OpenInvoice[][] = [];
  const chosen: OpenInvoice[] = [];
  const search = (from: number, remaining: number): void => {
    if (found.length >= limit) return;
    if (remaining === 0) {
      if (chosen.length >= 2) found.push([...chosen]);
      return;
    }
    if (chosen.length === maxSize) return;
    for (let i = from; i < items.length && found.length < limit; i++) {
      const invoice = items[i]!;
      if (invoice.openAmountMinor > remaining) continue;
      chosen.push(invoice);
      search(i + 1, remaining - invoice.openAmountMinor);
      chosen.pop();
    }
  };
  search(0, targetMinor);
  return found;
}
