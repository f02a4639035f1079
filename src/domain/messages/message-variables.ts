// The variables a template sees, built from the message's facts. Values come formatted
// for the message language; the ready-made blocks (items table, payment details,
// signature, QR code) come as HTML for the HTML part and as plain text for the rest,
// so one template variable reads right wherever it is printed.
import { daysOverdue } from '../dates';
import { formatIban } from '../iban';
import { formatMessageDate, formatMessageMoney } from './formatting';
import {
  itemsTableHtml,
  itemsText,
  paymentDetailsHtml,
  paymentDetailsText,
  paymentQrHtml,
  signatureHtml,
  type ItemView,
  type PaymentView,
  type TotalView,
  type TrustedHtml,
} from './message-blocks';
import { paymentsOf, type MessageFacts } from './message-facts';
import { messageLabels } from './message-labels';
import { invoicePaymentReference } from '../creditor-reference';
import { paymentTitle, transferTitle } from './transfer-title';

/** Which part of a message is being rendered: HTML gets markup blocks, text gets plain ones. */
export type MessagePart = 'html' | 'text';

/** The content id of the inline QR image in an e-mail. */
export const paymentQrContentId = 'payment-qr';

// Long enough for three typical invoice numbers.
const shortListLength = 40;

export type MessageVariables = {
  language: string;
  today: string;
  today_long: string;
  tone: string;
  customer: { name: string; tax_id: string };
  addressee: { name: string; role: string };
  creditor: { name: string; tax_id: string };
  items: ItemView[];
  items_count: number;
  overdue_count: number;
  max_days_overdue: number;
  item_numbers: string;
  /** At most about 40 characters: "FV/1, FV/2 +5", for subjects and SMS. */
  item_numbers_short: string;
  totals: TotalView[];
  total_open: string;
  total_overdue: string;
  payments: PaymentView[];
  bank_account: { iban: string; bank_name: string; currency: string };
  transfer_title: string;
  signature: string | TrustedHtml;
  customer_page_url: string;
  has_payment_qr: boolean;
  payment_qr: string | TrustedHtml;
  items_table: string | TrustedHtml;
  payment_details: string | TrustedHtml;
};

/** The template variables for one part of a message; `hasPaymentQr` when the QR image goes with it. */
export function messageVariables(facts: MessageFacts, part: MessagePart, hasPaymentQr: boolean): MessageVariables {
  const { language, today } = facts;
  const labels = messageLabels[language];
  const money = (minor: number, currency: string) => formatMessageMoney(minor, currency, language);
  const date = (d: string) => formatMessageDate(d, language);

  const items: ItemView[] = facts.items.map((item) => {
    const late = Math.max(0, daysOverdue(item.dueDate, today));
    return {
      number: item.number,
      issue_date: date(item.issueDate),
      due_date: date(item.dueDate),
      currency: item.currency,
      amount: money(item.grossTotalMinor, item.currency),
      open_amount: money(item.openAmountMinor, item.currency),
      days_overdue: late,
      overdue: late > 0,
      partly_paid: item.openAmountMinor < item.grossTotalMinor,
      reference: invoicePaymentReference(item.id),
    };
  });

  const payments = paymentsOf(facts);
  const totals: TotalView[] = payments.map((p) => {
    const overdueMinor = facts.items
      .filter((i) => i.currency === p.currency && daysOverdue(i.dueDate, today) > 0)
      .reduce((sum, i) => sum + i.openAmountMinor, 0);
    return { currency: p.currency, open_amount: money(p.openAmountMinor, p.currency), overdue_amount: money(overdueMinor, p.currency) };
  });
  const paymentViews: PaymentView[] = payments.map((p) => ({
    currency: p.currency,
    amount: money(p.openAmountMinor, p.currency),
    iban: p.account ? formatIban(p.account.iban) : '',
    bank_name: p.account?.bankName ?? '',
    title: paymentTitle(p),
  }));
  const firstPayment = paymentViews[0];
  const signature = facts.signature?.trim() || facts.creditor.name;
  const itemLines = items.map(
    (i) =>
      `${labels.itemLine({
        number: i.number,
        issueDate: i.issue_date,
        dueDate: i.due_date,
        amount: i.amount,
        openAmount: i.open_amount,
        partlyPaid: i.partly_paid,
        daysOverdue: i.days_overdue,
      })} — ${labels.reference}: ${i.reference}`,
  );
  const html = part === 'html';

  return {
    language,
    today: date(today),
    today_long: formatMessageDate(today, language, 'long'),
    tone: facts.tone,
    customer: { name: facts.customer.name, tax_id: facts.customer.taxId ?? '' },
    addressee: { name: facts.addressee?.name ?? '', role: facts.addressee?.role ?? '' },
    creditor: { name: facts.creditor.name, tax_id: facts.creditor.taxId ?? '' },
    items,
    items_count: items.length,
    overdue_count: items.filter((i) => i.overdue).length,
    max_days_overdue: items.reduce((max, i) => Math.max(max, i.days_overdue), 0),
    item_numbers: items.map((i) => i.number).join(', '),
    item_numbers_short: transferTitle(facts.items.map((i) => i.number), shortListLength),
    totals,
    total_open: totals.map((t) => t.open_amount).join(' + '),
    total_overdue: totals.map((t) => t.overdue_amount).join(' + '),
    payments: paymentViews,
    bank_account: { iban: firstPayment?.iban ?? '', bank_name: firstPayment?.bank_name ?? '', currency: firstPayment?.currency ?? '' },
    transfer_title: transferTitle(facts.items.map((i) => i.number)),
    signature: html ? signatureHtml(signature) : signature,
    customer_page_url: facts.customerPageUrl?.trim() ?? '',
    has_payment_qr: hasPaymentQr,
    payment_qr: html && hasPaymentQr ? paymentQrHtml(paymentQrContentId, labels) : '',
    items_table: html ? itemsTableHtml(items, totals, labels) : itemsText(itemLines, totals, labels),
    payment_details: html ? paymentDetailsHtml(paymentViews, facts.creditor.name, labels) : paymentDetailsText(paymentViews, facts.creditor.name, labels),
  };
}
