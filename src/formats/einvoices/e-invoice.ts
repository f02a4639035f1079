// What Duly takes from an e-invoice, whatever format it came in (KSeF FA(2)/FA(3),
// UBL 2.1 / Peppol BIS 3.0). Readers fill this from the document as written; deciding
// customers, due dates from payment terms and what a correction changes is the
// importer's work. Amounts are integer minor units of `currency`.

export type EInvoiceSource =
  | { format: 'ksef'; version: 'FA(2)' | 'FA(3)' }
  | { format: 'ubl'; version: '2.1'; /** cbc:CustomizationID, e.g. the Peppol BIS 3.0 id; null when absent. */ customization: string | null };

/** An invoice a correction or credit note refers to. */
export type ReferencedInvoice = {
  number: string;
  issueDate: string | null;
  /** The KSeF number of the corrected invoice, when it was issued in KSeF. */
  ksefNumber: string | null;
};

export type EInvoiceKind =
  | { type: 'invoice' }
  /** A KSeF corrective invoice (KOR, KOR_ROZ) or a UBL corrected invoice (384): totals are the change. */
  | { type: 'correction'; corrects: ReferencedInvoice[]; reason: string | null }
  /** A UBL credit note: totals are what is credited, written as positive amounts. */
  | { type: 'creditNote'; corrects: ReferencedInvoice[] };

export type TaxId =
  /** A Polish NIP: ten digits, no prefix. */
  | { type: 'nip'; value: string }
  /** A VAT id with its country prefix, upper case, no separators: "DE123456789". */
  | { type: 'vat'; value: string; country: string }
  /** Another identifier (a foreign tax number, a registry number) with its country or scheme when given. */
  | { type: 'other'; value: string; country: string | null; scheme: string | null };

export type EInvoiceParty = {
  name: string | null;
  taxId: TaxId | null;
  /** ISO 3166 alpha-2 of the address; null when not given. */
  country: string | null;
  addressLines: string[];
  /** The seller's own number for this buyer (KSeF NrKlienta, UBL PartyIdentification). */
  customerNumber: string | null;
};

export type BankAccount = {
  /** IBAN form when it is one (a bare 26-digit NRB gets "PL"), else the number without spaces. */
  number: string;
  /** True when the number passes the IBAN checksum. */
  validIban: boolean;
  bic: string | null;
  /** Whose account: the seller's, or a factor's the invoice was assigned to. */
  holder: 'seller' | 'factor';
};

/** A payment the document says was already made. */
export type RecordedPayment = { amountMinor: number; date: string | null };

export type EInvoice = {
  source: EInvoiceSource;
  kind: EInvoiceKind;
  number: string;
  issueDate: string;
  /** Date of sale or delivery (or the end of the supply period) when given. */
  saleDate: string | null;
  dueDate: string | null;
  /**
   * 'document' when the due date is written on the invoice; 'customer-terms' when it is
   * not, so the importer counts it from the customer's payment terms and says so.
   */
  dueDateSource: 'document' | 'customer-terms';
  /** Payment terms as written ("14 dni od dostawy", "Net 30"); null when none. */
  paymentTerms: string | null;
  currency: string;
  grossTotalMinor: number;
  netTotalMinor: number | null;
  vatTotalMinor: number | null;
  /** What the buyer still has to pay by the document: gross, less recorded payments, after settlements. */
  amountDueMinor: number;
  paymentsRecorded: RecordedPayment[];
  seller: EInvoiceParty & { bankAccounts: BankAccount[] };
  buyer: EInvoiceParty;
  lineCount: number;
};

export type EInvoiceRefusalCode =
  /** An advance invoice (or its correction): the money is collected through the final invoice. */
  | 'advance_invoice'
  /** The document says it is paid in full. */
  | 'already_paid'
  /** A valid document of a type that asks for no payment, e.g. a pro forma. */
  | 'not_payable_document';

/** A valid document Duly does not follow up, with a reason a user can read. */
export type EInvoiceRefusal = {
  code: EInvoiceRefusalCode;
  reason: string;
  number: string;
  source: EInvoiceSource;
};

export type EInvoiceRead = { accepted: true; invoice: EInvoice } | { accepted: false; refusal: EInvoiceRefusal };
