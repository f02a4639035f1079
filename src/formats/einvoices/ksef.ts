// KSeF structured invoices, FA(2) and FA(3): root <Faktura> in the schema's namespace,
// seller in Podmiot1, buyer in Podmiot2, the invoice proper in Fa. Both versions name
// the elements Duly reads alike, so one reader serves both.
import { isValidIban, normalizeIban } from '../../domain/iban';
import { minorToDecimalString } from '../../domain/money';
import { childNamed, childrenNamed, type XmlElement } from '../xml/xml-tree';
import type {
  BankAccount,
  EInvoice,
  EInvoiceKind,
  EInvoiceParty,
  EInvoiceRead,
  EInvoiceRefusalCode,
  EInvoiceSource,
  RecordedPayment,
  ReferencedInvoice,
  TaxId,
} from './e-invoice';
import { amountOf, badElement, currencyOf, dateOf, requireChild, requireText, textOf } from './xml-values';

export const ksefNamespaces = {
  'FA(2)': 'http://crd.gov.pl/wzor/2023/06/29/12648/',
  'FA(3)': 'http://crd.gov.pl/wzor/2025/06/25/13775/',
} as const;

export type KsefVersion = keyof typeof ksefNamespaces;

/** The FA version of a KSeF root element, or null when it is not one Duly reads. */
export function ksefVersionOf(root: XmlElement): KsefVersion | null {
  if (root.name !== 'Faktura') return null;
  for (const [version, ns] of Object.entries(ksefNamespaces)) if (root.namespace === ns) return version as KsefVersion;
  return null;
}

/** Reads a KSeF invoice; advance invoices and invoices marked paid come back refused. */
export function readKsefInvoice(root: XmlElement): EInvoiceRead {
  const version = ksefVersionOf(root);
  if (!version) badElement(root, `is not a KSeF FA(2) or FA(3) invoice (namespace "${root.namespace}")`);
  const ns = ksefNamespaces[version];
  const source: EInvoiceSource = { format: 'ksef', version };
  const child = (parent: XmlElement, name: string) => childNamed(parent, name, ns);
  const children = (parent: XmlElement, name: string) => childrenNamed(parent, name, ns);
  const text = (parent: XmlElement | null, name: string) => (parent ? textOf(child(parent, name)) : null);

  const fa = requireChild(root, 'Fa', ns);
  const currency = currencyOf(requireChild(fa, 'KodWaluty', ns));
  const number = requireText(requireChild(fa, 'P_2', ns, 'P_2 (invoice number)'));
  const issueDate = dateOf(requireChild(fa, 'P_1', ns, 'P_1 (issue date)'));
  const rodzaj = requireChild(fa, 'RodzajFaktury', ns);
  const invoiceType = requireText(rodzaj);
  const grossTotalMinor = amountOf(requireChild(fa, 'P_15', ns, 'P_15 (amount due)'), currency);

  if (invoiceType === 'ZAL' || invoiceType === 'KOR_ZAL') {
    const what = invoiceType === 'ZAL' ? 'an advance invoice (faktura zaliczkowa)' : 'a correction of an advance invoice';
    return refuse(
      'advance_invoice',
      `${number} is ${what}: it documents a prepayment towards an order, and whatever remains is collected through the final invoice, so there is nothing to follow up on it.`,
    );
  }
  const kind = kindOf(invoiceType);

  const platnosc = child(fa, 'Platnosc');
  const paymentsRecorded: RecordedPayment[] = [];
  let paidInFull: { date: string | null } | null = null;
  if (platnosc) {
    const zaplacono = child(platnosc, 'Zaplacono');
    if (textOf(zaplacono) === '1') {
      const date = child(platnosc, 'DataZaplaty');
      paidInFull = { date: date ? dateOf(date) : null };
    }
    for (const part of children(platnosc, 'ZaplataCzesciowa')) {
      const date = child(part, 'DataZaplatyCzesciowej');
      paymentsRecorded.push({
        amountMinor: amountOf(requireChild(part, 'KwotaZaplatyCzesciowej', ns), currency),
        date: date ? dateOf(date) : null,
      });
    }
    // FA(3) marks with 2 that the parts listed add up to payment in full.
    if (textOf(child(platnosc, 'ZnacznikZaplatyCzesciowej')) === '2') {
      paidInFull = { date: paymentsRecorded.map((p) => p.date).sort().at(-1) ?? null };
    }
  }
  // A settlement section (charges, deductions) states the amount to pay outright.
  const doZaplaty = child(fa, 'Rozliczenie') && child(child(fa, 'Rozliczenie')!, 'DoZaplaty');
  const payableMinor = doZaplaty ? amountOf(doZaplaty, currency) : grossTotalMinor;
  const recordedMinor = paymentsRecorded.reduce((sum, p) => sum + p.amountMinor, 0);
  if (paidInFull && paymentsRecorded.length === 0) paymentsRecorded.push({ amountMinor: payableMinor, date: paidInFull.date });
  const amountDueMinor = paidInFull ? 0 : payableMinor - recordedMinor;

  if (kind.type === 'invoice') {
    if (paidInFull) {
      const when = paidInFull.date ? ` on ${paidInFull.date}` : '';
      return refuse('already_paid', `${number} says it was paid in full${when}, so there is nothing to collect.`);
    }
    if (payableMinor <= 0) {
      return refuse('not_payable_document', `${number} states ${money(payableMinor)} to pay, so there is nothing to collect.`);
    }
    if (amountDueMinor <= 0) {
      return refuse(
        'already_paid',
        `${number} records payments of ${money(recordedMinor)} against ${money(payableMinor)} to pay, so there is nothing to collect.`,
      );
    }
  }

  const { dueDate, paymentTerms } = paymentTermsOf(platnosc);
  const invoice: EInvoice = {
    source,
    kind,
    number,
    issueDate,
    saleDate: saleDateOf(fa),
    dueDate,
    dueDateSource: dueDate ? 'document' : 'customer-terms',
    paymentTerms,
    currency,
    grossTotalMinor,
    netTotalMinor: sumOf(fa.children.filter((c) => c.namespace === ns && /^P_13_\d+(?:_\d+)?$/.test(c.name))),
    // P_14_xW is the same VAT in złoty for foreign-currency invoices, not an addition.
    vatTotalMinor: sumOf(fa.children.filter((c) => c.namespace === ns && /^P_14_\d+$/.test(c.name))),
    amountDueMinor,
    paymentsRecorded,
    seller: { ...partyOf(requireChild(root, 'Podmiot1', ns, 'Podmiot1 (seller)')), bankAccounts: bankAccountsOf(platnosc) },
    buyer: partyOf(requireChild(root, 'Podmiot2', ns, 'Podmiot2 (buyer)')),
    lineCount: children(fa, 'FaWiersz').length,
  };
  return { accepted: true, invoice };

  function refuse(code: EInvoiceRefusalCode, reason: string): EInvoiceRead {
    return { accepted: false, refusal: { code, reason, number, source } };
  }

  function money(amountMinor: number): string {
    return `${minorToDecimalString(amountMinor, currency)} ${currency}`;
  }

  function sumOf(elements: XmlElement[]): number | null {
    return elements.length === 0 ? null : elements.reduce((sum, e) => sum + amountOf(e, currency), 0);
  }

  function kindOf(type: string): EInvoiceKind {
    switch (type) {
      // UPR: simplified invoice (up to 450 zł); ROZ: final invoice after advances, whose P_15 is what remains.
      case 'VAT':
      case 'UPR':
      case 'ROZ':
        return { type: 'invoice' };
      case 'KOR':
      case 'KOR_ROZ': {
        const corrected = children(fa, 'DaneFaKorygowanej');
        if (corrected.length === 0) badElement(fa, 'is a corrective invoice without DaneFaKorygowanej');
        const corrects: ReferencedInvoice[] = corrected.map((c) => {
          const date = child(c, 'DataWystFaKorygowanej');
          return {
            number: requireText(requireChild(c, 'NrFaKorygowanej', ns)),
            issueDate: date ? dateOf(date) : null,
            ksefNumber: text(c, 'NrKSeFFaKorygowanej'),
          };
        });
        return { type: 'correction', corrects, reason: text(fa, 'PrzyczynaKorekty') };
      }
      default:
        return badElement(rodzaj, `holds "${type}", not a KSeF invoice type (VAT, KOR, ZAL, ROZ, UPR, KOR_ZAL, KOR_ROZ)`);
    }
  }

  function saleDateOf(faElement: XmlElement): string | null {
    const p6 = child(faElement, 'P_6');
    if (p6) return dateOf(p6);
    const period = child(faElement, 'OkresFa');
    const end = period && child(period, 'P_6_Do');
    return end ? dateOf(end) : null;
  }

  // Several terms mean instalments. The format gives no amount per term, so the
  // latest date is taken: only then is the whole invoice due, and reminding earlier
  // would chase money whose share of the total is unknown.
  function paymentTermsOf(section: XmlElement | null): { dueDate: string | null; paymentTerms: string | null } {
    if (!section) return { dueDate: null, paymentTerms: null };
    const dates: string[] = [];
    const texts: string[] = [];
    for (const term of children(section, 'TerminPlatnosci')) {
      const termin = child(term, 'Termin');
      if (termin) dates.push(dateOf(termin));
      const opis = child(term, 'TerminOpis');
      // FA(2) writes the description as text; FA(3) as Ilosc, Jednostka, ZdarzeniePoczatkowe.
      const description = opis && (textOf(opis) ?? (opis.children.map((c) => textOf(c)).filter(Boolean).join(' ') || null));
      if (description) texts.push(description);
    }
    const skonto = child(section, 'Skonto');
    if (skonto) {
      const discount = [text(skonto, 'WarunkiSkonta'), text(skonto, 'WysokoscSkonta')].filter(Boolean).join(': ');
      if (discount) texts.push(`skonto ${discount}`);
    }
    return { dueDate: dates.sort().at(-1) ?? null, paymentTerms: texts.length > 0 ? texts.join('; ') : null };
  }

  function bankAccountsOf(section: XmlElement | null): BankAccount[] {
    if (!section) return [];
    const read = (element: XmlElement, holder: BankAccount['holder']): BankAccount => {
      const number = normalizeIban(requireText(requireChild(element, 'NrRB', ns)));
      return { number, validIban: isValidIban(number), bic: text(element, 'SWIFT'), holder };
    };
    return [
      ...children(section, 'RachunekBankowy').map((e) => read(e, 'seller')),
      ...children(section, 'RachunekBankowyFaktora').map((e) => read(e, 'factor')),
    ];
  }

  function partyOf(podmiot: XmlElement): EInvoiceParty {
    const dane = requireChild(podmiot, 'DaneIdentyfikacyjne', ns);
    const adres = child(podmiot, 'Adres');
    return {
      name: text(dane, 'Nazwa'),
      taxId: taxIdOf(dane),
      country: text(adres, 'KodKraju'),
      addressLines: adres ? [text(adres, 'AdresL1'), text(adres, 'AdresL2')].filter((l): l is string => l !== null) : [],
      customerNumber: text(podmiot, 'NrKlienta'),
    };
  }

  function taxIdOf(dane: XmlElement): TaxId | null {
    const nip = child(dane, 'NIP');
    if (nip) {
      const value = requireText(nip).replace(/[\s-]/g, '');
      if (!/^\d{10}$/.test(value)) badElement(nip, `holds "${textOf(nip)}", not a NIP of 10 digits`);
      return { type: 'nip', value };
    }
    const vat = child(dane, 'NrVatUE');
    if (vat) {
      const country = requireText(requireChild(dane, 'KodUE', ns));
      const number = requireText(vat).toUpperCase().replace(/[\s.\-]/g, '');
      // The number is meant without the prefix; some programs repeat it.
      const value = number.startsWith(country) ? number : `${country}${number}`;
      if (country === 'PL' && /^PL\d{10}$/.test(value)) return { type: 'nip', value: value.slice(2) };
      return { type: 'vat', value, country };
    }
    const other = child(dane, 'NrID');
    if (other) return { type: 'other', value: requireText(other), country: text(dane, 'KodKraju'), scheme: null };
    return null;
  }
}
