import { describe, expect, it } from 'vitest';
import { blocksSending, checkTone } from './check-tone';
import { severityOfCategory } from './rules/define';
import { toneCategories, type ToneCategory } from './tone-rule';

// Each sentence must be flagged with its category when checked as an early reminder
// (where legal talk is premature too); forbidden categories block sending, the rest warn.
const flagged: Array<[string, ToneCategory]> = [
  ['Pay by Friday or you will regret it.', 'threat'],
  ['We will ruin your reputation with every supplier in the region.', 'threat'],
  ['If this is not settled, we will report you to the police.', 'threat'],
  ['We will seize your equipment if the invoice stays unpaid.', 'threat'],
  ['Ignoring this letter will have unpleasant consequences for you.', 'threat'],
  ['Frankly, this is theft.', 'insult'],
  ['Your accounts department is completely incompetent.', 'insult'],
  ['You are nothing but a bunch of crooks.', 'insult'],
  ['We know where you live.', 'illegal_method'],
  ['Our lads will pay you a visit at home.', 'illegal_method'],
  ['We will tell all your customers that you do not pay your bills.', 'illegal_method'],
  ['We will publish your company\'s name on social media as a bad payer.', 'illegal_method'],
  ['We will call you every hour until you pay.', 'illegal_method'],
  ['PLEASE PAY THIS INVOICE IMMEDIATELY.', 'shouting'],
  ['This is your third reminder!!', 'shouting'],
  ['It is only a small amount, so please just pay it.', 'belittling_amount'],
  ['The balance is trivial for a company of your size.', 'belittling_amount'],
  ['We need the money to pay our staff this month.', 'own_problems'],
  ['We are in financial difficulties ourselves and cannot wait any longer.', 'own_problems'],
  ['Why haven\'t you paid the invoice yet?', 'asking_for_excuses'],
  ['Please explain why the invoice is still outstanding.', 'asking_for_excuses'],
  ['We hereby demand payment of the outstanding sum.', 'legal_jargon'],
  ['Failing payment, we will start legal proceedings.', 'legal_jargon'],
  ['The matter will be passed to our solicitors and a debt collection agency.', 'legal_jargon'],
  ['We will send the bailiffs round tomorrow.', 'threat'],
];

// Realistic firm-but-polite sentences — firmness is allowed — some built to look like
// a match: "we regret", "courtesy", an invoice-fraud warning, "take into account".
const passing: string[] = [
  'This is a friendly reminder that invoice INV-2026-0042 for £1,230.00 was due on 15 October.',
  'Please transfer the amount to account GB29 NWBK 6016 1331 9268 19, quoting the invoice number.',
  'If you have already paid, please ignore this message — and thank you.',
  'When can we expect the payment, and for how much?',
  'We regret any inconvenience the earlier statement may have caused.',
  'Thank you for your courtesy and for the long cooperation.',
  'To protect you from invoice fraud, please check that our bank details match those on the invoice.',
  'We publish our bank details only on our website and never change them by e-mail.',
  'Please take the attached statement into account when booking the payment.',
  'If you are facing financial difficulties, we can offer a payment plan.',
  'We understand your financial difficulties and are happy to split the balance into smaller monthly instalments.',
  'Could you let us know the date the payment will be made?',
  'We would be happy to visit you at your office to agree a schedule.',
  'Please contact your bank if the transfer is rejected.',
  'If anything on the invoice is wrong, please tell us what needs correcting and we will pause reminders.',
  'Unless we receive payment by 5 November, we will have to put further deliveries on hold.',
  'This is the second reminder; please treat it as urgent.',
  'Our finance team is available from 9 AM to 5 PM on weekdays.',
  'The total overdue is £12,300.00; the items are listed in the table below.',
  'Just a quick reminder that two invoices are now 14 days overdue.',
  'Please destroy the previous statement, as it contained an error.',
  'We appreciate your business and look forward to continuing our work together.',
  'Fraudsters sometimes send fake invoices with changed bank details, so please call us before paying a new account.',
];

describe('the tone guard in English', () => {
  it.each(flagged)('flags "%s" as %s', (text, category) => {
    const findings = checkTone(text, { language: 'en', tone: 'reminder' });
    expect(findings.map((finding) => finding.category)).toContain(category);
    expect(blocksSending(findings)).toBe(severityOfCategory[category] === 'forbidden');
  });

  it.each(passing)('lets "%s" through', (text) => {
    expect(checkTone(text, { language: 'en', tone: 'firm' })).toEqual([]);
  });

  it('has examples of every category', () => {
    expect(new Set(flagged.map(([, category]) => category))).toEqual(new Set(toneCategories));
  });
});
