// Invoice numbers as people write them in transfer titles: "FV/2026/03/0012",
// "fv 2026/03/12", "Faktura nr FV-2026-03-0012", "Rechnung 2026-0012". Both sides are
// reduced to one key — letters and digits only, without a leading word that only says
// "invoice" — so that a lookup by key finds the invoice however it was typed.
import { foldText } from './text-folding';

// Words that announce a number rather than belong to it; dropped only at the start.
// Series codes ("FS", "FK") stay: two series may number alike.
const announcingWords = new Set([
  'FV', 'FA', 'FVAT', 'F', 'FAKTURA', 'FAKTURY', 'FAKTURE', 'FAKTURZE', 'FAKTUR', 'FAKT', 'FAK',
  'NR', 'NUMER', 'NO', 'NUM', 'N', 'VAT', 'INVOICE', 'INV', 'RECHNUNG', 'RECHNUNGSNR', 'RECHNUNGSNUMMER',
  'RE', 'RG', 'RNR', 'ZA', 'DO', 'TYT', 'TYTUL',
]);

/** Letters and digits in runs: "FV12/2026" → ["FV", "12", "2026"]. */
function runs(folded: string): string[] {
  return folded.match(/[A-Z]+|[0-9]+/g) ?? [];
}

/** The lookup key of an invoice number; empty when nothing but announcing words is left. */
export function invoiceNumberKey(number: string): string {
  return keyOfFolded(foldText(number));
}

function keyOfFolded(folded: string): string {
  const parts = runs(folded);
  let start = 0;
  while (start < parts.length && announcingWords.has(parts[start]!)) start++;
  return parts.slice(start).join('');
}

/**
 * A key short enough to turn up by chance ("12" in "order 12", "7" anywhere): it may
 * point to an invoice but never decides alone.
 */
export function isShortNumberKey(key: string): boolean {
  return key.length <= 4;
}

// Dates written with dots or dashes ("12.03.2026", "2026-03-12") are dates, not
// invoice numbers, even when their digits equal a number's key.
const dateWord = /^(?:\d{1,2}[.-]\d{1,2}[.-]\d{2,4}|\d{4}-\d{1,2}-\d{1,2})[.,;:]?$/;

const maxWordsPerNumber = 4;

/**
 * Every key a title may mean: each run of one to four consecutive words (so "FV 12 /
 * 2026" and "12/2026" both give "122026"), never a part of a word — "12" is not found in
 * "0012" or "12.03.2026". Keys come back without duplicates, in order of appearance.
 */
export function numberKeysInText(text: string): string[] {
  const words = text.split(/[\s,;()[\]{}"'|]+/).filter((word) => word !== '');
  const folded = words.map(foldText);
  // A date-shaped word right after "FV" or "nr" is a number written with dashes.
  const announced = (at: number) => at > 0 && runs(folded[at - 1]!).every((run) => announcingWords.has(run));
  const isDate = (at: number) => dateWord.test(words[at]!) && !announced(at);
  const keys = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    if (isDate(start) || !/[A-Z0-9]/.test(folded[start]!)) continue;
    let joined = '';
    let counted = 0;
    for (let end = start; end < words.length; end++) {
      if (end > start && isDate(end)) break;
      // A lone "/" or "-" between parts ("12 / 2026") does not count as a word.
      if (/[A-Z0-9]/.test(folded[end]!) && ++counted > maxWordsPerNumber) break;
      joined += ` ${folded[end]!}`;
      const key = keyOfFolded(joined);
      if (key !== '' && /\d/.test(key)) keys.add(key);
    }
  }
  return [...keys];
}

/**
 * True when two keys differ by one typing slip — a character missed, added, replaced,
 * or two neighbours swapped — and are long enough for that to still say something.
 */
export function isOneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/**
 * Every key one typing slip away from `key` (a digit missed, added or replaced, two
 * neighbours swapped), for keys long enough that `isOneSlipApart` counts them.
 */
export function oneSlipVariants(key: string): string[] {
  if (key.length < 5) return [];
  const variants = new Set<string>();
  const digits = '0123456789';
  for (let i = 0; i < key.length; i++) {
    if (key.length > 5) variants.add(key.slice(0, i) + key.slice(i + 1));
    if (i + 1 < key.length && key[i] !== key[i + 1]) variants.add(key.slice(0, i) + key[i + 1] + key[i] + key.slice(i + 2));
    if (/\d/.test(key[i]!)) for (const digit of digits) if (digit !== key[i]) variants.add(key.slice(0, i) + digit + key.slice(i + 1));
  }
  for (let i = 0; i <= key.length; i++) for (const digit of digits) variants.add(key.slice(0, i) + digit + key.slice(i));
  variants.delete(key);
  return [...variants];
}
