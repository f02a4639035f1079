// A statement of account: every item open on a date, with totals per currency, for
// the customer to compare with their books, and an invitation to talk if they differ.
import { addresseeBlock, itemsTable, letterDocument, letterhead, letterWriter, paragraphs, paymentBlocks, signatureBlock } from './letter-blocks';
import { fillLabel } from './letter-labels';
import { letterCreatedAt, renderPdf } from './letter-pdf';
import type { StatementOfAccountLetter } from '../../domain/messages/letter-types';

/** The statement as a PDF; the same input gives the same bytes. */
export async function renderStatementOfAccount(letter: StatementOfAccountLetter): Promise<Uint8Array> {
  const writer = letterWriter(letter.language);
  const { labels } = writer;
  const title = fillLabel(labels.statementTitle, { date: writer.date(letter.asOfDate, 'long') });
  const payment = paymentBlocks(writer, letter.payments, letter.items);
  const hasItems = letter.items.length > 0;
  const document = letterDocument({
    writer,
    title,
    creditor: letter.creditor,
    images: payment.images,
    content: [
      letterhead(writer, letter.creditor, letter.place, letter.letterDate),
      addresseeBlock(letter.addressee),
      { text: title, style: 'subject', margin: [0, 0, 0, 14] },
      ...(hasItems
        ? [
            ...paragraphs(letter.introText?.trim() || labels.statementIntro),
            itemsTable(writer, letter.items, letter.asOfDate),
            ...payment.blocks,
            ...paragraphs(labels.statementClosing),
          ]
        : paragraphs(labels.statementEmpty)),
      signatureBlock(writer, letter.signature, letter.creditor),
    ],
  });
  return renderPdf(document, letterCreatedAt(letter));
}
