// The ready-made parts of a message, built the same way for every template: the table
// of items with totals, the payment details, the signature, and the HTML page around
// the template's body. Each comes as HTML for the e-mail's HTML part and as plain text
// for everything else; HTML is built here from escaped values only.
import type { MessageLabels } from './message-labels';
import type { MessageLanguage } from './message-types';

/** HTML that templates print as it is: it was built from escaped values. */
export class TrustedHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => entities[ch]!);
}

/** One item, with its dates and amounts formatted for the message language. */
export type ItemView = {
  number: string;
  issue_date: string;
  due_date: string;
  currency: string;
  amount: string;
  open_amount: string;
  days_overdue: number;
  overdue: boolean;
  partly_paid: boolean;
  /** The invoice's payment reference ("RF…"). */
  reference: string;
};

export type TotalView = { currency: string; open_amount: string; overdue_amount: string };

/** One transfer: amount, account and title for one currency. */
export type PaymentView = { currency: string; amount: string; iban: string; bank_name: string; title: string };

const cell = 'padding:4px 10px;border-bottom:1px solid #e2e2e2';
const head = 'padding:4px 10px;border-bottom:1px solid #999;text-align:left';
const right = ';text-align:right;white-space:nowrap';

/** The items as an HTML table with a total row per currency; the days-overdue column only when something is overdue. */
export function itemsTableHtml(items: readonly ItemView[], totals: readonly TotalView[], labels: MessageLabels): TrustedHtml {
  const showDays = items.some((i) => i.overdue);
  const headings = [labels.invoice, labels.issueDate, labels.dueDate, labels.amount, labels.openAmount, ...(showDays ? [labels.daysOverdue] : []), labels.reference];
  const numeric = (index: number) => index >= 3 && index < headings.length - 1;
  const headRow = headings.map((h, i) => `<th style="${head}${numeric(i) ? right : ''}">${escapeHtml(h)}</th>`).join('');
  const rows = items.map((item) => {
    const values = [item.number, item.issue_date, item.due_date, item.amount, item.open_amount];
    if (showDays) values.push(item.overdue ? String(item.days_overdue) : '–');
    values.push(item.reference);
    return `<tr>${values.map((v, i) => `<td style="${cell}${numeric(i) ? right : ''}">${escapeHtml(v)}</td>`).join('')}</tr>`;
  });
  const totalRows = totals.map(
    (t) =>
      `<tr><td colspan="4" style="padding:6px 10px;font-weight:bold">${escapeHtml(labels.totalToPay)}</td>` +
      `<td style="padding:6px 10px;font-weight:bold${right}">${escapeHtml(t.open_amount)}</td>${showDays ? '<td></td>' : ''}<td></td></tr>`,
  );
  return new TrustedHtml(
    `<table style="border-collapse:collapse;margin:12px 0">` +
      `<thead><tr>${headRow}</tr></thead><tbody>${rows.join('')}</tbody><tfoot>${totalRows.join('')}</tfoot></table>`,
  );
}

/** The items as plain-text lines, one per invoice, then the total of each currency. */
export function itemsText(itemLines: readonly string[], totals: readonly TotalView[], labels: MessageLabels): string {
  return [...itemLines.map((line) => `- ${line}`), ...totals.map((t) => `${labels.totalToPay}: ${t.open_amount}`)].join('\n');
}

function paymentRows(payment: PaymentView, recipient: string, labels: MessageLabels): [string, string][] {
  const account = payment.iban === '' ? labels.accountAsOnInvoice : payment.bank_name ? `${payment.iban} (${payment.bank_name})` : payment.iban;
  return [
    [labels.recipient, recipient],
    [labels.account, account],
    [labels.amountToPay, payment.amount],
    [labels.transferTitle, payment.title],
  ];
}

/** Payee, account, amount and title of each transfer, as an HTML table. */
export function paymentDetailsHtml(payments: readonly PaymentView[], recipient: string, labels: MessageLabels): TrustedHtml {
  const blocks = payments.map((payment) => {
    const rows = paymentRows(payment, recipient, labels)
      .map(([label, value]) => `<tr><td style="padding:2px 12px 2px 0;color:#555">${escapeHtml(label)}</td><td style="padding:2px 0"><strong>${escapeHtml(value)}</strong></td></tr>`)
      .join('');
    return `<table style="border-collapse:collapse;margin:8px 0">${rows}</table>`;
  });
  return new TrustedHtml(`<p style="margin:12px 0 0"><strong>${escapeHtml(labels.paymentDetails)}</strong></p>${blocks.join('')}`);
}

/** Payee, account, amount and title of each transfer, as text lines. */
export function paymentDetailsText(payments: readonly PaymentView[], recipient: string, labels: MessageLabels): string {
  const blocks = payments.map((payment) =>
    paymentRows(payment, recipient, labels)
      .map(([label, value]) => `${label}: ${value}`)
      .join('\n'),
  );
  return `${labels.paymentDetails}:\n${blocks.join('\n\n')}`;
}

/** A signature's lines for HTML. */
export function signatureHtml(signature: string): TrustedHtml {
  return new TrustedHtml(escapeHtml(signature).replace(/\r?\n/g, '<br>'));
}

/** The payment QR code image for HTML, shown from the message's inline attachment. */
export function paymentQrHtml(contentId: string, labels: MessageLabels): TrustedHtml {
  return new TrustedHtml(`<img src="cid:${escapeHtml(contentId)}" alt="${escapeHtml(labels.qrAlt)}" width="160" height="160" style="display:block;margin:8px 0">`);
}

/** A template's HTML body as a whole page in the message language. */
export function htmlDocument(body: string, language: MessageLanguage): string {
  return (
    `<!DOCTYPE html>\n<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>\n` +
    `<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222">\n${body.trim()}\n</body></html>\n`
  );
}
