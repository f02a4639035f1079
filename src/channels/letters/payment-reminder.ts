// A payment reminder on paper: letterhead, addressee, the template's text, the items
// it is about with their totals, how to pay (with the QR code) and a signature.
import { addresseeBlock, itemsTable, letterDocument, letterhead, letterWriter, paragraphs, paymentBlocks, signatureBlock } from './letter-blocks';
import { letterCreatedAt, renderPdf } from './letter-pdf';
import type { PaymentReminderLetter } from '../../domain/messages/letter-types';

/** The reminder as a PDF; the same input gives the same bytes. */
export async function renderPaymentReminder(letter: PaymentReminderLetter): Promise<Uint8Array> {
  const writer = letterWriter(letter.language);
  const subject = letter.subject?.trim() || writer.labels.reminderTitle;
  const payment = paymentBlocks(writer, letter.payments, letter.items);
  const document = letterDocument({
    writer,
    title: subject,
    creditor: letter.creditor,
    images: payment.images,
    content: [
      letterhead(writer, letter.creditor, letter.place, letter.letterDate),
      addresseeBlock(letter.addressee),
      { text: subject, style: 'subject', margin: [0, 0, 0, 14] },
      ...paragraphs(letter.bodyText),
      itemsTable(writer, letter.items, letter.letterDate),
      ...payment.blocks,
      signatureBlock(writer, letter.signature, letter.creditor),
    ],
  });
  return renderPdf(document, letterCreatedAt(letter));
}
