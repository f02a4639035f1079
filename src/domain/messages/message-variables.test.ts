import { describe, expect, it } from 'vitest';
import { invoiceIdPrefixOf, invoicePaymentReference, isValidCreditorReference } from '../creditor-reference';
import { TrustedHtml } from './message-blocks';
import type { MessageFacts } from './message-facts';
import { messageVariables } from './message-variables';
import { paymentQrInput } from './payment-qr-input';
import { sampleMessageFacts } from './sample-facts';

const today = '2026-04-15';

function facts(changes: Partial<MessageFacts> = {}): MessageFacts {
  return { ...sampleMessageFacts('pl', today), ...changes };
}

const html = (value: unknown) => (value instanceof TrustedHtml ? value.html : String(value));

describe('messageVariables', () => {
  it('formats the items, totals and deadlines for the language', () => {
    const variables = messageVariables(facts(), 'text', false);
    expect(variables.items.map((i) => [i.number, i.due_date, i.days_overdue, i.partly_paid])).toEqual([
      ['FV/2026/0142', '16.03.2026', 30, true],
      ['FV/2026/0187', '03.04.2026', 12, false],
    ]);
    expect(variables.total_open.replace(/\s/g, ' ')).toBe('2444,00 zł');
    expect(variables.max_days_overdue).toBe(30);
    expect(variables.transfer_title).toBe('FV/2026/0142, FV/2026/0187');
    expect(variables.bank_account.iban).toBe('PL61 1090 1014 0000 0712 1981 2874');
    expect(variables.signature).toBe('Duly Demo sp. z o.o.');
    expect(variables.items_table).toContain('- FV/2026/0142 z 02.03.2026, termin 16.03.2026: do zapłaty 1460,00');
    expect(variables.items_table).toContain('30 dni po terminie');
    expect(variables.payment_details).toContain('Tytuł przelewu: FV/2026/0142, FV/2026/0187');
  });

  it('builds the HTML blocks from escaped values only', () => {
    const hostile = facts({
      creditor: { name: 'Acme <script>alert(1)</script>', taxId: null, country: 'PL' },
      items: [{ ...facts().items[0]!, number: '<img src=x onerror=alert(1)>' }],
      signature: 'Jan "Kowalski"\nDział należności',
    });
    const variables = messageVariables(hostile, 'html', true);
    const blocks = [variables.items_table, variables.payment_details, variables.signature, variables.payment_qr].map(html).join('\n');
    expect(blocks).not.toContain('<script>');
    expect(blocks).not.toContain('<img src=x');
    expect(blocks).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html(variables.signature)).toBe('Jan &quot;Kowalski&quot;<br>Dział należności');
    expect(html(variables.payment_qr)).toContain('src="cid:payment-qr"');
    // Plain values stay plain: the engine escapes them when printed.
    expect(variables.creditor.name).toBe('Acme <script>alert(1)</script>');
  });

  it('shows the days-overdue column only when something is overdue', () => {
    const notDue = facts({ items: facts().items.map((i) => ({ ...i, dueDate: '2026-04-20' })) });
    expect(html(messageVariables(notDue, 'html', false).items_table)).not.toContain('Dni po terminie');
    expect(html(messageVariables(facts(), 'html', false).items_table)).toContain('Dni po terminie');
  });

  it('gives each currency its own total, account and transfer', () => {
    const mixed = facts({
      items: [...facts().items, { id: 'e', number: 'INV-9', issueDate: '2026-03-01', dueDate: '2026-03-31', currency: 'EUR', grossTotalMinor: 10_000, openAmountMinor: 10_000 }],
      bankAccounts: [
        { iban: 'PL61109010140000071219812874', currency: 'PLN', bankName: null, isDefault: true },
        { iban: 'DE89370400440532013000', currency: 'EUR', bankName: 'Commerzbank', isDefault: false },
      ],
    });
    const variables = messageVariables(mixed, 'text', false);
    expect(variables.totals.map((t) => t.currency)).toEqual(['PLN', 'EUR']);
    expect(variables.payments.map((p) => [p.currency, p.title])).toEqual([
      ['PLN', 'FV/2026/0142, FV/2026/0187'],
      // A transfer for one invoice leads with its payment reference.
      ['EUR', `${invoicePaymentReference('e')} INV-9`],
    ]);
    expect(variables.payment_details).toContain('DE89 3704 0044 0532 0130 00 (Commerzbank)');
    // One QR code carries one transfer: none for two currencies.
    expect(paymentQrInput(mixed)).toBeNull();
  });

  it('says where to find the account when none is registered for the currency', () => {
    const variables = messageVariables(facts({ bankAccounts: [] }), 'text', false);
    expect(variables.bank_account.iban).toBe('');
    expect(variables.payment_details).toContain('Numer konta: jak na fakturze');
    expect(paymentQrInput(facts({ bankAccounts: [] }))).toBeNull();
  });

  it('describes the one transfer a QR code carries', () => {
    expect(paymentQrInput(facts())).toEqual({
      currency: 'PLN',
      amountMinor: 244_400,
      iban: 'PL61109010140000071219812874',
      recipientName: 'Duly Demo sp. z o.o.',
      recipientTaxId: '1132853869',
      recipientCountry: 'PL',
      title: 'FV/2026/0142, FV/2026/0187',
      creditorReference: null,
    });
  });

  it('gives every invoice its payment reference, in the table and, for one invoice, in the transfer and its code', () => {
    const [first, second] = facts().items;
    const reference = invoicePaymentReference(first!.id);
    expect(isValidCreditorReference(reference)).toBe(true);
    expect(invoiceIdPrefixOf(reference)).toBe(first!.id.replace(/-/g, '').slice(0, 16));
    const both = messageVariables(facts(), 'html', false);
    expect(both.items.map((i) => i.reference)).toEqual([reference, invoicePaymentReference(second!.id)]);
    expect(String(both.items_table)).toContain(reference);
    expect(messageVariables(facts(), 'text', false).items_table).toContain(`Referencja płatności: ${reference}`);

    const one = facts({ items: [first!] });
    expect(messageVariables(one, 'text', false).payments[0]!.title).toBe(`${reference} ${first!.number}`);
    expect(paymentQrInput(one)).toMatchObject({ title: `${reference} ${first!.number}`, creditorReference: reference });
  });
});
