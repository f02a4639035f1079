// A letter to the action's contact: the payment reminder as a PDF (the template's text,
// the table of items, how to pay with the QR code), kept as the customer's attachment
// and recorded as sent. Posting it is a person's job: the sender asks for it with a task.
import type { LetterPayment } from '../../domain/messages/letter-types';
import type { MessageFacts } from '../../domain/messages/message-facts';
import { paymentsOf } from '../../domain/messages/message-facts';
import type { RenderedMessage } from '../../domain/messages/message-types';
import { paymentQrInput } from '../../domain/messages/payment-qr-input';
import { paymentTitle } from '../../domain/messages/transfer-title';
import type { CurrencyCode } from '../../domain/money';
import type { ContactRow } from '../../store/contacts';
import { storeAttachment } from '../store-attachment';
import type { DeliveryOutcome } from './delivery';
import type { SendingContext } from './sending-context';

const system = { userId: null, via: 'system' } as const;

export async function deliverLetter(
  ctx: SendingContext,
  customerId: string,
  contact: ContactRow,
  message: RenderedMessage,
  facts: MessageFacts,
): Promise<DeliveryOutcome> {
  const address = contact.addresses[0];
  if (!address) return { outcome: 'refused', reason: 'noPostalAddress' };
  const addressLines = [address.street, `${address.postalCode} ${address.city}`, address.country];

  const qr = message.attachments.find((a) => a.contentType === 'image/png');
  const qrCurrency = paymentQrInput(facts)?.currency ?? null;
  const payments: LetterPayment[] = paymentsOf(facts)
    .filter((p) => p.account !== null)
    .map((p) => ({
      currency: p.currency as CurrencyCode,
      iban: p.account!.iban,
      bankName: p.account!.bankName,
      transferTitle: paymentTitle(p),
      qrPng: qr && p.currency === qrCurrency ? qr.content : null,
    }));
  const pdf = await ctx.paymentReminderPdf({
    language: message.language,
    creditor: { name: facts.creditor.name, taxId: facts.creditor.taxId, addressLines: [], contactLines: ctx.settings.senderEmail ? [ctx.settings.senderEmail] : [] },
    addressee: { name: facts.customer.name, attention: contact.name, addressLines },
    place: '',
    letterDate: ctx.today,
    payments,
    signature: { name: facts.signature ?? facts.creditor.name },
    subject: message.subject,
    bodyText: message.text,
    items: facts.items.map((i) => ({
      number: i.number,
      issueDate: i.issueDate,
      dueDate: i.dueDate,
      amountMinor: i.grossTotalMinor,
      openAmountMinor: i.openAmountMinor,
      currency: i.currency as CurrencyCode,
    })),
    createdAt: ctx.now,
  });
  const fileName = `${message.templateKey}-${ctx.today}.pdf`;
  const stored = await storeAttachment(ctx.db, ctx.org.id, customerId, { fileName, contentType: 'application/pdf', content: Buffer.from(pdf) }, system);
  if (!stored.ok) return { outcome: 'failed', reason: `letter: ${stored.message}` };
  const recipient = [contact.name, ...addressLines].join(', ');
  return {
    outcome: 'delivered',
    message: { recipient, subject: message.subject, html: null, text: message.text, attachmentId: stored.value.id, summary: `Letter to ${recipient}: ${message.subject}` },
    followUpTask: `Print and post the letter "${message.subject}" to ${recipient}`,
  };
}
