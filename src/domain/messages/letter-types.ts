// What a letter is made of. The caller gathers it (the organization, the customer,
// the open items, the rendered template text, the payment QR code) and the letter
// only lays it out, so a letter for the same input is the same file every time.
import type { IsoDate } from '../dates';
import type { MessageLanguage } from './message-types';
import type { CurrencyCode } from '../money';

export type LetterParty = {
  name: string;
  /** Street, postcode and town, country: one printed line each. */
  addressLines: string[];
};

export type LetterCreditor = LetterParty & {
  /** The creditor's tax id (NIP), printed under the address. */
  taxId?: string | null;
  /** Phone, e-mail, web site: so the customer knows whom to talk to. */
  contactLines?: string[];
};

export type LetterAddressee = LetterParty & {
  /** The person or department the letter is for: "Anna Nowak, Księgowość". */
  attention?: string | null;
};

/** An invoice as the letter's table shows it. */
export type LetterItem = {
  number: string;
  issueDate: IsoDate;
  dueDate: IsoDate;
  amountMinor: number;
  openAmountMinor: number;
  currency: CurrencyCode;
};

/** How to pay the open items of one currency. */
export type LetterPayment = {
  currency: CurrencyCode;
  iban: string;
  bankName?: string | null;
  transferTitle: string;
  /** The payment QR code as PNG; null when the currency has no code. */
  qrPng?: Uint8Array | null;
};

export type LetterSignature = { name: string; role?: string | null };

type LetterBase = {
  language: MessageLanguage;
  creditor: LetterCreditor;
  addressee: LetterAddressee;
  /** The town the letter is written in, printed before its date; empty: the date alone. */
  place: string;
  letterDate: IsoDate;
  /** One per currency of the items; a currency without one gets no payment details. */
  payments: LetterPayment[];
  signature: LetterSignature;
  /** What the PDF records as its creation instant; midnight UTC of the letter's date when not given. */
  createdAt?: Date;
};

/** A payment reminder: the template's text around the table of the items it is about. */
export type PaymentReminderLetter = LetterBase & {
  /** The heading; the language's "payment reminder" when empty. */
  subject?: string | null;
  /** Plain text from the template; a blank line starts a new paragraph. */
  bodyText: string;
  items: LetterItem[];
};

/** A statement of account: every item open on a date, for the customer to compare. */
export type StatementOfAccountLetter = LetterBase & {
  asOfDate: IsoDate;
  /** The items open on `asOfDate`, with what was open of each on that day. */
  items: LetterItem[];
  /** Replaces the standard opening sentence when given. */
  introText?: string | null;
};
