// Which open invoices a credit line pays. Clues are gathered from the strongest to the
// weakest — creditor reference, split-payment `/INV/`, invoice numbers in the title,
// amounts, the payer — and each way of reading the payment becomes a proposal whose
// confidence combines its clues. Only a sure and unrivalled proposal is allocated
// without asking: a wrong automatic allocation stops reminders to someone who has not
// paid, which costs more than a line waiting in the review queue.
import { minorToDecimalString } from '../money';
import { subsetsWithSum } from './combined-payment';
import {
  addSimilarNumberClues,
  bestInvoiceClue,
  invoiceClueWeight,
  invoiceCluesOf,
  payerCluesOf,
  type PayerClue,
} from './gather-clues';
import { invoiceNumberKey, isOneSlipApart, numberKeysInText, oneSlipVariants } from './invoice-number';
import {
  defaultMatchOptions,
  type Allocation,
  type CreditLine,
  type MatchDecision,
  type MatchingLookup,
  type MatchOptions,
  type MatchProposal,
  type MatchReason,
  type OpenInvoice,
} from './types';

// Clue weights combine as independent evidence: 1 − Π(1 − weight). Tuned so that one
// strong reference, or a number plus the exact amount, or a known payer plus the exact
// amount, reaches the default threshold — and an amount alone or a name alone does not.
const exactAmountWeight = 0.7;
const combinedAmountWeight = 0.6;
// A number one slip away, or a payer that is someone else, is worth a look, never a decision.
const doubtCap = 0.9;
const guessCap = 0.6;
const maxPayerCandidates = 3;

type Draft = { customerId: string; invoices: OpenInvoice[] };

const format = (amountMinor: number, currency: string) => `${minorToDecimalString(amountMinor, currency)} ${currency}`;

/** Allocates the amount to the invoices oldest due date first; what is left over is credit. */
function allocate(invoices: readonly OpenInvoice[], amountMinor: number): { allocations: Allocation[]; creditMinor: number } {
  let remaining = amountMinor;
  const allocations: Allocation[] = [];
  for (const invoice of [...invoices].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))) {
    if (remaining === 0) break;
    const amount = Math.min(invoice.openAmountMinor, remaining);
    allocations.push({ invoiceId: invoice.id, amountMinor: amount });
    remaining -= amount;
  }
  return { allocations, creditMinor: remaining };
}

/** Matches one credit line against the organization's open invoices. */
export function matchPayment(
  line: CreditLine,
  lookup: MatchingLookup,
  options: MatchOptions = defaultMatchOptions,
): MatchDecision {
  if (!(line.amountMinor > 0)) {
    return { kind: 'unmatched', reasons: [{ code: 'notACredit', text: 'only money received is matched to invoices' }] };
  }
  const text = `${line.title} ${line.endToEndId ?? ''}`;
  const numberKeys = numberKeysInText(text);
  const { invoiceClues, unknownReferences: noMatch } = invoiceCluesOf(line, text, numberKeys, lookup);
  const payerClues = payerCluesOf(line, text, lookup);
  const payerWeight = (customerId: string) => Math.max(0, ...(payerClues.get(customerId) ?? []).map((c) => c.weight));
  const surelyIdentified = new Set(
    [...payerClues].filter(([, clues]) => clues.some((c) => c.code !== 'similarPayerName')).map(([id]) => id),
  );

  // --- Ways to read the payment.
  const drafts = new Map<string, Draft>();
  const addDraft = (invoices: OpenInvoice[]) => {
    const key = invoices.map((i) => i.id).sort().join(' ');
    if (!drafts.has(key)) drafts.set(key, { customerId: invoices[0]!.customerId, invoices });
  };

  const namedByCustomer = new Map<string, OpenInvoice[]>();
  for (const { invoice } of invoiceClues.values()) {
    const list = namedByCustomer.get(invoice.customerId);
    if (list) list.push(invoice);
    else namedByCustomer.set(invoice.customerId, [invoice]);
  }
  let settledByName = false;
  const slipRivalsOf = new Map<string, OpenInvoice[]>();
  for (const invoices of namedByCustomer.values()) {
    addDraft(invoices);
    const total = invoices.reduce((sum, i) => sum + i.openAmountMinor, 0);
    const strong = invoices.every((i) => invoiceClueWeight[bestInvoiceClue(invoiceClues.get(i.id)!.clues, true)!.code] >= invoiceClueWeight.invoiceNumberInTitle);
    if (strong && total === line.amountMinor) {
      settledByName = true;
      // A slip of one digit can turn the number of the invoice paid into that of another
      // with the same amount (round sums are common): that one is a rival reading.
      if (invoices.length === 1) {
        const rivals = slipRivals(invoices[0]!, numberKeys, lookup);
        for (const rival of rivals) addDraft([rival]);
        if (rivals.length > 0) slipRivalsOf.set(invoices[0]!.id, rivals);
      }
    }
    // "FV 1, FV 2" with the amount of one of them: the other was named but not paid.
    if (invoices.length > 1) for (const invoice of invoices) if (invoice.openAmountMinor === line.amountMinor) addDraft([invoice]);
  }

  // Amount searches only when the title does not already name invoices that the amount confirms.
  if (!settledByName) {
    const sameAmount = lookup.invoicesByOpenAmount(line.currency, line.amountMinor, options.maxAmountCandidates + 1);
    if (sameAmount.length <= options.maxAmountCandidates) for (const invoice of sameAmount) addDraft([invoice]);
    const payers = [...payerClues.keys()].sort((a, b) => payerWeight(b) - payerWeight(a)).slice(0, maxPayerCandidates);
    for (const customerId of payers) {
      for (const invoice of lookup.customerInvoicesByOpenAmount(customerId, line.currency, line.amountMinor)) addDraft([invoice]);
      const pool = lookup.openInvoicesOfCustomer(customerId, options.maxCombinedPool).filter((i) => i.currency === line.currency);
      if (pool.length === 0) continue;
      for (const subset of subsetsWithSum(pool, line.amountMinor, options.maxCombinedInvoices, 3)) {
        addDraft(subset);
        // An invoice of the same amount outside the searched pool fits just as well;
        // without it in view the subset would look unrivalled.
        for (const [at, member] of subset.entries()) {
          for (const twin of lookup.customerInvoicesByOpenAmount(customerId, line.currency, member.openAmountMinor)) {
            if (!subset.includes(twin)) addDraft(subset.map((m, i) => (i === at ? twin : m)));
          }
        }
      }
      if (![...drafts.values()].some((d) => d.customerId === customerId)) addDraft(pool.length === 1 ? [pool[0]!] : [...pool]);
    }
  }
  if (drafts.size === 0) {
    return { kind: 'unmatched', reasons: [...noMatch, { code: 'noCandidates', text: 'no open invoice fits the reference, title, amount or payer' }] };
  }

  addSimilarNumberClues(invoiceClues, line, numberKeys, [...drafts.values()].flatMap((d) => d.invoices));

  const proposals = [...drafts.values()].map((draft) => score(draft));
  proposals.sort((a, b) => b.confidence - a.confidence || a.allocations.length - b.allocations.length);
  const [best, second] = proposals;
  const ambiguous = second !== undefined && best!.confidence - second.confidence < options.minimumLead;
  if (best!.confidence >= options.autoThreshold && !ambiguous) {
    return { kind: 'auto', proposal: best!, alternatives: proposals.slice(1, options.maxSuggestions) };
  }
  noMatch.push(
    ambiguous
      ? { code: 'ambiguous', text: `${proposals.filter((p) => best!.confidence - p.confidence < options.minimumLead).length} readings are about equally likely` }
      : { code: 'belowThreshold', text: `the best reading is ${Math.round(best!.confidence * 100)}% sure, below ${Math.round(options.autoThreshold * 100)}%` },
  );
  return { kind: 'review', suggestions: proposals.slice(0, options.maxSuggestions), reasons: noMatch };

  function score(draft: Draft): MatchProposal {
    const reasons: MatchReason[] = [];
    const weights: number[] = [];
    const { allocations, creditMinor } = allocate(draft.invoices, line.amountMinor);
    const totalOpen = draft.invoices.reduce((sum, i) => sum + i.openAmountMinor, 0);

    const direct = draft.invoices.map((i) => bestInvoiceClue(invoiceClues.get(i.id)?.clues ?? [], true));
    const named = direct.every((clue) => clue !== undefined);
    if (named) {
      weights.push(Math.min(...direct.map((clue) => invoiceClueWeight[clue!.code])));
      draft.invoices.forEach((invoice, i) => reasons.push({ ...direct[i]!, invoiceId: invoice.id }));
    }
    const near = named
      ? []
      : draft.invoices.map((i) => bestInvoiceClue(invoiceClues.get(i.id)?.clues ?? [], false));
    const nearlyNamed = !named && near.every((clue) => clue !== undefined);

    if (totalOpen === line.amountMinor) {
      const combined = draft.invoices.length > 1;
      weights.push(combined && !named ? combinedAmountWeight : exactAmountWeight);
      reasons.push(
        combined
          ? { code: 'amountEqualsSumOfInvoices', text: `the amount equals the open amounts of ${draft.invoices.length} invoices together` }
          : { code: 'amountEqualsOpenAmount', text: `the amount equals the open amount of invoice ${draft.invoices[0]!.number}` },
      );
    } else if (totalOpen > line.amountMinor) {
      reasons.push({ code: 'partialPayment', text: `${format(line.amountMinor, line.currency)} of ${format(totalOpen, line.currency)} open is paid` });
    } else {
      reasons.push({ code: 'overpaymentAsCredit', text: `${format(creditMinor, line.currency)} more than the open amount stays as the customer's credit` });
    }

    const payerClue = (payerClues.get(draft.customerId) ?? []).reduce<PayerClue | undefined>((b, c) => (!b || c.weight > b.weight ? c : b), undefined);
    if (payerClue) {
      weights.push(payerClue.weight);
      reasons.push({ code: payerClue.code, text: payerClue.text });
    }
    if (!named && !nearlyNamed && !payerClue) {
      reasons.push({ code: 'amountOnly', text: 'nothing but the amount points to this invoice' });
    }
    if (!named && !nearlyNamed && payerClue && totalOpen !== line.amountMinor) {
      reasons.push({ code: 'oldestOpenInvoicesOfPayer', text: 'the amount fits no invoice of the payer; its oldest open invoices come first' });
    }

    let confidence = combine(weights);
    // Named exactly, but one slip from another customer's invoice of the same amount, and
    // nothing about the payer tells the two apart: a person decides.
    const rival = draft.invoices.length === 1 ? slipRivalsOf.get(draft.invoices[0]!.id)?.[0] : undefined;
    if (rival && !payerClue) {
      confidence = Math.min(confidence, doubtCap);
      reasons.push({
        code: 'anotherInvoiceOneSlipAway',
        text: `invoice ${rival.number} of another customer, of the same amount, is one slip away from the number in the title`,
        invoiceId: rival.id,
      });
    }
    if (nearlyNamed) {
      const withNear = combine([...weights, invoiceClueWeight.similarInvoiceNumber]);
      confidence = Math.max(confidence, Math.min(doubtCap, withNear));
      near.forEach((clue, i) => {
        if (clue!.code === 'similarInvoiceNumber') reasons.push({ ...clue!, invoiceId: draft.invoices[i]!.id });
      });
    }
    if (!named && totalOpen !== line.amountMinor) confidence = Math.min(confidence, guessCap);
    const payerElsewhere = surelyIdentified.size > 0 && !surelyIdentified.has(draft.customerId);
    if (payerElsewhere) {
      confidence = Math.min(confidence, doubtCap);
      reasons.push({ code: 'payerIsAnotherCustomer', text: 'the account or tax id of the payer belongs to another customer' });
    }
    return { customerId: draft.customerId, allocations, creditMinor, confidence: round(confidence), reasons };
  }
}

// Other customers' open invoices of the same amount whose number is one slip away from
// a number in the title that names `named` exactly. (The same customer's would settle
// the account alike.)
function slipRivals(named: OpenInvoice, numberKeys: readonly string[], lookup: MatchingLookup): OpenInvoice[] {
  const key = invoiceNumberKey(named.number);
  if (!numberKeys.includes(key)) return [];
  const isRival = (other: OpenInvoice) =>
    other.customerId !== named.customerId && other.currency === named.currency && other.openAmountMinor === named.openAmountMinor;
  // Most amounts are rare: comparing the few invoices of the same amount is cheaper than
  // looking up every key one slip away; a round sum shared by many takes the other road.
  const sameAmount = lookup.invoicesByOpenAmount(named.currency, named.openAmountMinor, slipRivalScanLimit + 1);
  if (sameAmount.length <= slipRivalScanLimit) {
    return sameAmount.filter((other) => isRival(other) && isOneSlipApart(key, invoiceNumberKey(other.number)));
  }
  return oneSlipVariants(key)
    .flatMap((variant) => lookup.invoicesByNumberKey(variant))
    .filter(isRival);
}

const slipRivalScanLimit = 64;

function combine(weights: readonly number[]): number {
  return 1 - weights.reduce((doubt, weight) => doubt * (1 - weight), 1);
}

// Four decimals keep comparisons stable against floating-point noise (0.955 vs 0.95499…).
function round(confidence: number): number {
  return Math.round(confidence * 10_000) / 10_000;
}
