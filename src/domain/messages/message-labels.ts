// The fixed words of the ready-made blocks (the table of items, the payment details)
// in each language. Templates hold the prose; these are the column headings and the
// one-line descriptions that must read the same in every message.
import { pluralForm } from './formatting';
import type { MessageLanguage } from './message-types';

/** One item as its line in a plain-text message describes it; amounts and dates already formatted. */
export type ItemLineFacts = {
  number: string;
  issueDate: string;
  dueDate: string;
  amount: string;
  openAmount: string;
  partlyPaid: boolean;
  daysOverdue: number;
};

export type MessageLabels = {
  invoice: string;
  issueDate: string;
  dueDate: string;
  amount: string;
  openAmount: string;
  daysOverdue: string;
  /** The invoice's payment reference (ISO 11649, "RF…"). */
  reference: string;
  /** Beside the total of one currency. */
  totalToPay: string;
  paymentDetails: string;
  recipient: string;
  account: string;
  amountToPay: string;
  transferTitle: string;
  /** Where no bank account is registered for the currency. */
  accountAsOnInvoice: string;
  qrAlt: string;
  itemLine: (item: ItemLineFacts) => string;
};

const days = (language: MessageLanguage, n: number, forms: string[]) => `${n} ${pluralForm(language, n, forms)}`;

export const messageLabels: Record<MessageLanguage, MessageLabels> = {
  pl: {
    invoice: 'Faktura',
    issueDate: 'Data wystawienia',
    dueDate: 'Termin płatności',
    amount: 'Kwota',
    openAmount: 'Do zapłaty',
    reference: 'Referencja płatności',
    daysOverdue: 'Dni po terminie',
    totalToPay: 'Razem do zapłaty',
    paymentDetails: 'Dane do przelewu',
    recipient: 'Odbiorca',
    account: 'Numer konta',
    amountToPay: 'Kwota',
    transferTitle: 'Tytuł przelewu',
    accountAsOnInvoice: 'jak na fakturze',
    qrAlt: 'Kod QR do przelewu',
    itemLine: (i) =>
      `${i.number} z ${i.issueDate}, termin ${i.dueDate}: do zapłaty ${i.openAmount}` +
      (i.partlyPaid ? ` (z ${i.amount})` : '') +
      (i.daysOverdue > 0 ? `, ${days('pl', i.daysOverdue, ['dzień', 'dni', 'dni'])} po terminie` : ''),
  },
  en: {
    invoice: 'Invoice',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    amount: 'Amount',
    openAmount: 'Open amount',
    reference: 'Payment reference',
    daysOverdue: 'Days overdue',
    totalToPay: 'Total to pay',
    paymentDetails: 'Payment details',
    recipient: 'Payee',
    account: 'Account (IBAN)',
    amountToPay: 'Amount',
    transferTitle: 'Payment reference',
    accountAsOnInvoice: 'as stated on the invoice',
    qrAlt: 'QR code for the transfer',
    itemLine: (i) =>
      `${i.number} of ${i.issueDate}, due ${i.dueDate}: ${i.openAmount} open` +
      (i.partlyPaid ? ` (of ${i.amount})` : '') +
      (i.daysOverdue > 0 ? `, ${days('en', i.daysOverdue, ['day', 'days'])} overdue` : ''),
  },
  ru: {
    invoice: 'Счёт',
    issueDate: 'Дата выставления',
    dueDate: 'Срок оплаты',
    amount: 'Сумма',
    openAmount: 'К оплате',
    reference: 'Референс платежа',
    daysOverdue: 'Дней просрочки',
    totalToPay: 'Итого к оплате',
    paymentDetails: 'Реквизиты для оплаты',
    recipient: 'Получатель',
    account: 'Номер счёта (IBAN)',
    amountToPay: 'Сумма',
    transferTitle: 'Назначение платежа',
    accountAsOnInvoice: 'указан в счёте',
    qrAlt: 'QR-код для перевода',
    itemLine: (i) =>
      `${i.number} от ${i.issueDate}, срок оплаты ${i.dueDate}: к оплате ${i.openAmount}` +
      (i.partlyPaid ? ` (из ${i.amount})` : '') +
      (i.daysOverdue > 0 ? `, просрочка ${days('ru', i.daysOverdue, ['день', 'дня', 'дней'])}` : ''),
  },
  de: {
    invoice: 'Rechnung',
    issueDate: 'Rechnungsdatum',
    dueDate: 'Fällig am',
    amount: 'Betrag',
    openAmount: 'Offen',
    reference: 'Zahlungsreferenz',
    daysOverdue: 'Tage überfällig',
    totalToPay: 'Offen insgesamt',
    paymentDetails: 'Zahlungsdaten',
    recipient: 'Empfänger',
    account: 'IBAN',
    amountToPay: 'Betrag',
    transferTitle: 'Verwendungszweck',
    accountAsOnInvoice: 'wie auf der Rechnung angegeben',
    qrAlt: 'QR-Code für die Überweisung',
    itemLine: (i) =>
      `${i.number} vom ${i.issueDate}, fällig am ${i.dueDate}: offen ${i.openAmount}` +
      (i.partlyPaid ? ` (von ${i.amount})` : '') +
      (i.daysOverdue > 0 ? `, seit ${days('de', i.daysOverdue, ['Tag', 'Tagen'])} überfällig` : ''),
  },
};
