// What a message is written from: who writes to whom, about which invoices, how to pay.
// The app gathers these facts from the store; everything after that is pure.
import type { IsoDate } from '../dates';
import type { MessageLanguage } from './message-types';

/** An invoice the message is about, as the ledger holds it today. */
export type MessageItem = {
  id: string;
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  currency: string;
  grossTotalMinor: number;
  openAmountMinor: number;
};

export type MessageBankAccount = { iban: string; currency: string; bankName: string | null; isDefault: boolean };

export type MessageFacts = {
  language: MessageLanguage;
  /** The day the message is written; days overdue and deadlines count from it. */
  today: IsoDate;
  /** The step's tone (courtesy … final), for templates that adapt to it. */
  tone: string;
  customer: { name: string; taxId: string | null; country: string };
  /** The person addressed; null when the customer has no contact for the role. */
  addressee: { name: string; role: string } | null;
  /** Who is owed: the organization. */
  creditor: { name: string; taxId: string | null; country: string };
  /** Oldest due date first. */
  items: MessageItem[];
  bankAccounts: MessageBankAccount[];
  /** The sender's signature in the message language; null: the organization's name. */
  signature: string | null;
  /** The customer page's address; null when the organization has none. */
  customerPageUrl: string | null;
};

/** What is owed in one currency and where to pay it: one transfer. */
export type MessagePayment = {
  currency: string;
  openAmountMinor: number;
  /** The registered account for the currency (the default one first), or null. */
  account: MessageBankAccount | null;
  invoiceIds: string[];
  invoiceNumbers: string[];
};

/** The items grouped per currency, in the order the currencies first appear. */
export function paymentsOf(facts: Pick<MessageFacts, 'items' | 'bankAccounts'>): MessagePayment[] {
  const payments = new Map<string, MessagePayment>();
  for (const item of facts.items) {
    let payment = payments.get(item.currency);
    if (!payment) {
      const accounts = facts.bankAccounts.filter((a) => a.currency === item.currency);
      payment = {
        currency: item.currency,
        openAmountMinor: 0,
        account: accounts.find((a) => a.isDefault) ?? accounts[0] ?? null,
        invoiceIds: [],
        invoiceNumbers: [],
      };
      payments.set(item.currency, payment);
    }
    payment.openAmountMinor += item.openAmountMinor;
    payment.invoiceIds.push(item.id);
    payment.invoiceNumbers.push(item.number);
  }
  return [...payments.values()];
}

/**
 * The values a message takes from records (names, invoice numbers, accounts, the
 * signature from the settings): not the template writer's words, so the tone guard
 * never judges them — a customer may well be called "SĄD REJONOWY" or "ACME TRADING".
 */
export function recordValuesOf(facts: MessageFacts): string[] {
  return [
    facts.customer.name,
    facts.creditor.name,
    facts.addressee?.name ?? '',
    facts.signature ?? '',
    ...facts.items.map((item) => item.number),
    ...facts.bankAccounts.flatMap((account) => [account.iban, account.bankName ?? '']),
  ].filter((value) => value !== '');
}
