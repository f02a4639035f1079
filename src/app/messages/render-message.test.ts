// Rendering against the real store: language choice, the organization's own template
// winning over the shipped one, settled invoices left out, the addressee, the call
// script, and the failures callers can act on.
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/databases';
import { expectOk, makeCustomer, makeInvoice, makeOrganization } from '../../../test/ledger-fixtures';
import type { Actor } from '../actor';
import { addBankAccount } from '../add-bank-account';
import { createContact } from '../create-contact';
import { createCustomer } from '../create-customer';
import { recordPayment } from '../record-payment';
import type { MessageLanguage } from '../../domain/messages/message-types';
import { updateCustomer } from '../../store/customers';
import { saveMessageTemplate } from '../../store/message-templates';
import { renderCallScript } from './render-call-script';
import { renderMessage, type RenderMessageInput } from './render-message';

const actor: Actor = { userId: null, via: 'system' };
const today = '2026-04-15';

describeEachDatabase('rendering messages', (database) => {
  const setup = async (customerLanguage: MessageLanguage | null = null) => {
    const { db } = database();
    const org = await makeOrganization(db);
    expectOk(await addBankAccount(db, org.id, { iban: 'PL61 1090 1014 0000 0712 1981 2874', currency: 'PLN', bankName: 'Santander', isDefault: true }));
    const customerId = expectOk(await createCustomer(db, org.id, { name: 'Hurtownia <Nowak> sp. z o.o.', country: 'PL', language: customerLanguage })).id;
    const overdue = await makeInvoice(db, org.id, customerId, { grossTotalMinor: 1_230_00, dueDate: '2026-04-01', number: `FV/${customerId.slice(0, 6)}/1` });
    const paid = await makeInvoice(db, org.id, customerId, { grossTotalMinor: 500_00, dueDate: '2026-04-02', number: `FV/${customerId.slice(0, 6)}/2` });
    expectOk(await recordPayment(db, org.id, { customerId, paymentDate: '2026-04-10', amountMinor: 500_00, currency: 'PLN', allocations: [{ invoiceId: paid, amountMinor: 500_00 }] }, 'manual', actor));
    const input = (changes: Partial<RenderMessageInput> = {}): RenderMessageInput => ({
      customerId,
      templateKey: 'standard.first-reminder',
      channel: 'email',
      invoiceIds: [overdue, paid],
      tone: 'reminder',
      today,
      ...changes,
    });
    return { db, orgId: org.id, customerId, overdue, paid, input };
  };

  it("writes in the customer's language with the open invoices only, escaped in HTML", async () => {
    const { db, orgId, overdue, input } = await setup('de');
    const message = expectOk(await renderMessage(db, orgId, input()));
    expect(message).toMatchObject({ channel: 'email', language: 'de', templateKey: 'standard.first-reminder', invoiceIds: [overdue] });
    expect(message.subject).toMatch(/^Zahlungserinnerung: FV\//);
    expect(message.text).toContain('14 Tagen überfällig');
    expect(message.text).not.toContain('/2 vom');
    expect(message.html).toContain('Hurtownia &lt;Nowak&gt; sp. z o.o.');
    expect(message.text).toContain('Hurtownia <Nowak> sp. z o.o.');
    expect(message.text).toContain('PL61 1090 1014 0000 0712 1981 2874');
  });

  it("falls back to the organization's language for a language Duly does not write", async () => {
    const { db, orgId, customerId, input } = await setup();
    // Imported customers may carry any language tag.
    await updateCustomer(db, orgId, customerId, { language: 'fr' });
    expect(expectOk(await renderMessage(db, orgId, input())).language).toBe('pl');
  });

  it("uses the organization's own template over the shipped one", async () => {
    const { db, orgId, input } = await setup('en');
    await saveMessageTemplate(db, orgId, { templateKey: 'standard.first-reminder', language: 'en', channel: 'sms' }, {
      subject: '',
      html: '',
      text: 'Our own words: {{ total_open }} for {{ item_numbers }}',
      updatedByUserId: null,
    });
    const sms = expectOk(await renderMessage(db, orgId, input({ channel: 'sms' })));
    expect(sms.text).toMatch(/^Our own words: PLN\s1,230\.00 for FV\//);
    // Other channels and languages keep the shipped text.
    expect(expectOk(await renderMessage(db, orgId, input())).subject).toMatch(/^Payment reminder/);
  });

  it('greets the payables contact, or the contact the action chose', async () => {
    const { db, orgId, customerId, input } = await setup('en');
    expectOk(await createContact(db, orgId, customerId, { kind: 'person', name: 'Olga Buyer', roles: ['operational_buyer'], emails: [], phones: [], addresses: [], optedOutChannels: [] }));
    const payables = expectOk(await createContact(db, orgId, customerId, { kind: 'person', name: 'Paula Payables', roles: ['payables'], emails: [], phones: [], addresses: [], optedOutChannels: [] }));
    const ceo = expectOk(await createContact(db, orgId, customerId, { kind: 'person', name: 'Chris Chief', roles: ['ceo'], emails: [], phones: [], addresses: [], optedOutChannels: [] }));
    expect(expectOk(await renderMessage(db, orgId, input())).text).toMatch(/^Dear Paula Payables,/);
    expect(expectOk(await renderMessage(db, orgId, input({ contactId: ceo.id, addresseeRole: 'ceo' }))).text).toMatch(/^Dear Chris Chief,/);
    expect(expectOk(await renderMessage(db, orgId, input({ addresseeRole: 'ceo' }))).text).toMatch(/^Dear Chris Chief,/);
    expect(payables.id).not.toBe(ceo.id);
  });

  it("names what is wrong: another customer's invoice or contact, nothing open, no template", async () => {
    const { db, orgId, paid, input } = await setup();
    const other = await makeCustomer(db, orgId);
    const foreign = await makeInvoice(db, orgId, other, { grossTotalMinor: 100_00 });
    const wrongInvoice = await renderMessage(db, orgId, input({ invoiceIds: [foreign] }));
    expect(wrongInvoice).toMatchObject({ ok: false, code: 'not_found', issues: [{ field: 'invoiceIds' }] });
    const nothingOpen = await renderMessage(db, orgId, input({ invoiceIds: [paid] }));
    expect(nothingOpen).toMatchObject({ ok: false, code: 'invalid_input', message: 'none of the invoices is still open' });
    const noTemplate = await renderMessage(db, orgId, input({ templateKey: 'custom.nudge', channel: 'letter', tone: 'reminder' }));
    expect(noTemplate).toMatchObject({ ok: false, code: 'not_found', issues: [{ field: 'templateKey' }] });
    const unknownContact = await renderMessage(db, orgId, input({ contactId: '00000000-0000-4000-8000-000000000000' }));
    expect(unknownContact).toMatchObject({ ok: false, code: 'not_found', issues: [{ field: 'contactId' }] });
    const otherOrg = await makeOrganization(db);
    expect(await renderMessage(db, otherOrg.id, input())).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('attaches the QR code the caller draws', async () => {
    const { db, orgId, input } = await setup('pl');
    const message = expectOk(await renderMessage(db, orgId, input(), { qrPng: async (payment) => new TextEncoder().encode(`${payment.iban}|${payment.amountMinor}`) }));
    expect(message.attachments).toHaveLength(1);
    expect(new TextDecoder().decode(message.attachments[0]!.content)).toBe('PL61109010140000071219812874|123000');
  });

  it("renders a call task's script with its items", async () => {
    const { db, orgId, overdue, input } = await setup('pl');
    const { channel: _channel, ...call } = input({ templateKey: 'standard.payables-call', tone: 'firm' });
    const script = expectOk(await renderCallScript(db, orgId, call));
    expect(script.language).toBe('pl');
    expect(script.text).toContain('Unikaj:');
    expect(script.items).toEqual([expect.objectContaining({ invoiceId: overdue, openAmountMinor: 1_230_00, daysOverdue: 14 })]);
    expect(script.totals).toEqual([{ currency: 'PLN', openAmountMinor: 1_230_00, openAmount: expect.stringContaining('1230,00') }]);
  });
});
