// The parts every letter shares, laid out for pdfmake: the creditor's letterhead with
// place and date, the addressee as a window envelope shows it, the table of items
// with totals per currency, how to pay (account, title, QR code), the signature and
// the page footer. Amounts and dates are written the way the reader's language does.
import type { Column, Content, ContentTable, DynamicContent, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { daysOverdue, type IsoDate } from '../../domain/dates';
import { formatIban } from '../../domain/iban';
import type { MessageLanguage } from '../../domain/messages/message-types';
import { formatMoney, totalsByCurrency, type CurrencyCode } from '../../domain/money';
import { fillLabel, letterLabels, letterLocale, type LetterLabels } from './letter-labels';
import { pngDataUrl } from './letter-pdf';
import type { LetterAddressee, LetterCreditor, LetterItem, LetterPayment, LetterSignature } from '../../domain/messages/letter-types';

const pageMargins: [number, number, number, number] = [56, 48, 56, 64];

/** A letter's words and number formats in one language. */
export type LetterWriter = {
  language: MessageLanguage;
  labels: LetterLabels;
  money(amountMinor: number, currency: CurrencyCode): string;
  date(date: IsoDate, style: 'long' | 'numeric'): string;
};

export function letterWriter(language: MessageLanguage): LetterWriter {
  const locale = letterLocale(language);
  const longDate = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  const numericDate = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  return {
    language,
    labels: letterLabels[language],
    // Some locales group digits with a narrow no-break space, which Roboto lacks.
    money: (amountMinor, currency) => formatMoney(amountMinor, currency, locale).replace(/\u202f/g, '\u00a0'),
    date: (date, style) => (style === 'long' ? longDate : numericDate).format(new Date(`${date}T00:00:00Z`)).replace(/\u202f/g, '\u00a0'),
  };
}

/** The page, fonts and styles of every letter around its content. */
export function letterDocument(options: {
  writer: LetterWriter;
  title: string;
  creditor: LetterCreditor;
  content: Content[];
  images: Record<string, string>;
}): TDocumentDefinitions {
  const { writer, creditor } = options;
  const footer: DynamicContent = (currentPage, pageCount) => ({
    columns: [
      { text: creditor.name, style: 'footer' },
      { text: fillLabel(writer.labels.page, { page: currentPage, pages: pageCount }), style: 'footer', alignment: 'right' },
    ],
    margin: [pageMargins[0], 24, pageMargins[2], 0],
  });
  return {
    pageSize: 'A4',
    pageMargins,
    language: letterLocale(writer.language),
    info: { title: options.title, author: creditor.name, subject: options.title },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      creditorName: { fontSize: 14, bold: true },
      small: { fontSize: 8.5, color: '#444444' },
      subject: { fontSize: 13, bold: true },
      tableHeader: { bold: true, fontSize: 8.5, color: '#333333' },
      footer: { fontSize: 8, color: '#666666' },
    },
    images: options.images,
    footer,
    content: options.content,
  };
}

/** The creditor's letterhead, with the place and date on the right. */
export function letterhead(writer: LetterWriter, creditor: LetterCreditor, place: string, letterDate: IsoDate): Content {
  const details = [
    ...creditor.addressLines,
    ...(creditor.taxId ? [`${writer.labels.taxId}: ${creditor.taxId}`] : []),
    ...(creditor.contactLines ?? []),
  ];
  return {
    columns: [
      { width: '*', stack: [{ text: creditor.name, style: 'creditorName' }, { text: details.join('\n'), style: 'small' }] },
      { width: 'auto', text: `${place ? `${place}, ` : ''}${writer.date(letterDate, 'long')}`, alignment: 'right' },
    ],
    margin: [0, 0, 0, 28],
  };
}

/** The addressee on the right, where a window envelope shows it. */
export function addresseeBlock(addressee: LetterAddressee): Content {
  const lines = [...(addressee.attention ? [addressee.attention] : []), ...addressee.addressLines];
  return {
    columns: [
      { width: '*', text: '' },
      { width: 230, stack: [{ text: addressee.name, bold: true }, { text: lines.join('\n') }] },
    ],
    margin: [0, 0, 0, 32],
  };
}

/** Plain text as paragraphs: a blank line starts a new one, a single line break stays. */
export function paragraphs(text: string): Content[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => ({ text: paragraph, margin: [0, 0, 0, 8] as [number, number, number, number] }));
}

/** Items by due date, then number: the oldest debt first, as a reader checks them. */
export function sortedItems(items: readonly LetterItem[]): LetterItem[] {
  return [...items].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.number.localeCompare(b.number));
}

/** The table of items, days overdue counted on `onDate`, and a total row per currency. */
export function itemsTable(writer: LetterWriter, items: readonly LetterItem[], onDate: IsoDate): ContentTable {
  const { labels } = writer;
  const header: TableCell[] = [labels.number, labels.issueDate, labels.dueDate, labels.amount, labels.openAmount, labels.daysOverdue].map(
    (text, column) => ({ text, style: 'tableHeader', alignment: column >= 3 ? 'right' : 'left' }),
  );
  const rows: TableCell[][] = sortedItems(items).map((item) => {
    const overdue = daysOverdue(item.dueDate, onDate);
    return [
      item.number,
      writer.date(item.issueDate, 'numeric'),
      writer.date(item.dueDate, 'numeric'),
      { text: writer.money(item.amountMinor, item.currency), alignment: 'right' },
      { text: writer.money(item.openAmountMinor, item.currency), alignment: 'right', bold: true },
      { text: overdue > 0 ? String(overdue) : '–', alignment: 'right' },
    ];
  });
  const amounts = totalsByCurrency(items.map((item) => ({ amountMinor: item.amountMinor, currency: item.currency })));
  const totalRows: TableCell[][] = [...openTotals(items)].map(([currency, openMinor]) => [
    { text: `${labels.total} ${currency}`, bold: true, colSpan: 3 },
    '',
    '',
    { text: writer.money(amounts.get(currency) ?? 0, currency), alignment: 'right', bold: true },
    { text: writer.money(openMinor, currency), alignment: 'right', bold: true },
    '',
  ]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 'auto', 'auto', 'auto', 'auto', 'auto'], body: [header, ...rows, ...totalRows] },
    layout: 'lightHorizontalLines',
    fontSize: 9,
    margin: [0, 4, 0, 16],
  };
}

/** What is open per currency, in the order the currencies first appear. */
export function openTotals(items: readonly LetterItem[]): Map<CurrencyCode, number> {
  return totalsByCurrency(sortedItems(items).map((item) => ({ amountMinor: item.openAmountMinor, currency: item.currency })));
}

/**
 * How to pay, one block per currency with something open and an account: the amount,
 * the account, the transfer title and the QR code, with the QR images by name.
 */
export function paymentBlocks(
  writer: LetterWriter,
  payments: readonly LetterPayment[],
  items: readonly LetterItem[],
): { blocks: Content[]; images: Record<string, string> } {
  const { labels } = writer;
  const open = openTotals(items);
  const images: Record<string, string> = {};
  const blocks = payments
    .filter((payment) => (open.get(payment.currency) ?? 0) > 0)
    .map((payment, index): Content => {
      const details = [
        `${labels.amountToPay}: ${writer.money(open.get(payment.currency)!, payment.currency)}`,
        `${labels.bankAccount}: ${formatIban(payment.iban)}`,
        ...(payment.bankName ? [`${labels.bank}: ${payment.bankName}`] : []),
        `${labels.transferTitle}: ${payment.transferTitle}`,
      ];
      const columns: Column[] = [
        { width: '*', stack: [{ text: labels.paymentDetails, bold: true, margin: [0, 0, 0, 4] }, { text: details.join('\n') }] },
      ];
      if (payment.qrPng) {
        const name = `paymentQr${index}`;
        images[name] = pngDataUrl(payment.qrPng);
        columns.push({
          width: 110,
          stack: [
            { image: name, fit: [100, 100], alignment: 'center' },
            { text: labels.scanToPay, style: 'small', alignment: 'center' },
          ],
        });
      }
      return { columns, columnGap: 16, unbreakable: true, margin: [0, 0, 0, 16] };
    });
  return { blocks, images };
}

/** The closing, the signatory and the creditor, kept together on one page. */
export function signatureBlock(writer: LetterWriter, signature: LetterSignature, creditor: LetterCreditor): Content {
  return {
    stack: [
      { text: writer.labels.closing, margin: [0, 8, 0, 28] },
      { text: signature.name, bold: true },
      ...(signature.role ? [{ text: signature.role }] : []),
      { text: creditor.name, style: 'small' },
    ],
    unbreakable: true,
  };
}
