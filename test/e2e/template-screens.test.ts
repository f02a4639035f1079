// The message screens in a real Chromium, on the demo organization: a template edited
// to threaten is refused with the tone guard's finding next to the text, the fixed text
// is saved and previewed for a real customer, and the mail catcher shows an e-mail the
// catcher channel kept, with its payment QR code.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContact } from '../../src/app/create-contact';
import { createCustomer } from '../../src/app/create-customer';
import { createInvoice } from '../../src/app/create-invoice';
import { demoAdminEmail, demoPassword } from '../../src/app/demo/generate-demo';
import { createDemoOrganization } from '../../src/app/demo/write-demo';
import type { Result } from '../../src/app/errors';
import { paymentQrPng } from '../../src/app/messages/payment-qr-png';
import { renderMessage } from '../../src/app/messages/render-message';
import { emailChannelFor } from '../../src/channels/email/email-channel';
import { addDays, dateInZone } from '../../src/domain/dates';
import { insertCaughtMail } from '../../src/store/caught-mail';
import type { Database } from '../../src/store/database';
import { createTestDatabase } from '../databases';
import { signIn, startBrowserServer, type BrowserServer } from './browser-session';

const customerName = 'Hurtownia Podglądowa sp. z o.o.';
const invoiceNumber = 'FV/E2E/TPL/1';

function value<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.message}`);
  return result.value;
}

/** True once the image has loaded with real pixels. */
const loadedImage = (image: Locator) => image.evaluate((element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth > 0);

describe('message templates and the mail catcher in Chromium', () => {
  let database: Database | undefined;
  let session: BrowserServer | undefined;
  let caughtSubject = '';

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const db = database.db;

    // The server runs on the real clock, so the demo and the extra customer are laid out around today.
    const today = dateInZone(new Date(), 'Europe/Warsaw');
    const demo = value(await createDemoOrganization(db, { today, seed: 7 }), 'demo organization');
    const orgId = demo.orgId;
    const customerId = value(await createCustomer(db, orgId, { name: customerName, country: 'PL', language: 'pl' }), 'customer').id;
    const contact = value(
      await createContact(db, orgId, customerId, {
        kind: 'person',
        name: 'Ewa Płatnicza',
        roles: ['payables'],
        emails: [{ address: 'ewa@podgladowa.example.pl' }],
        phones: [],
        addresses: [],
        optedOutChannels: [],
      }),
      'contact',
    );
    value(
      await createInvoice(db, orgId, { customerId, number: invoiceNumber, issueDate: addDays(today, -30), dueDate: addDays(today, -9), currency: 'PLN', grossTotalMinor: 482_150 }, 'manual'),
      'invoice',
    );

    // An e-mail the way the sender sends it without SMTP settings: rendered, then kept by the catcher channel.
    const message = value(
      await renderMessage(db, orgId, { customerId, contactId: contact.id, templateKey: 'standard.first-reminder', channel: 'email', tone: 'reminder', today }, { qrPng: paymentQrPng }),
      'message',
    );
    expect(message.attachments.map((a) => a.contentType)).toEqual(['image/png']);
    caughtSubject = message.subject;
    const channel = value(
      emailChannelFor(
        { organizationName: 'Demo', organizationSlug: demo.slug, senderName: null, senderEmail: null, replyTo: null, smtpUrl: null },
        { defaultSmtpUrl: null, catchMail: (caught) => insertCaughtMail(db, orgId, caught, new Date()).then(() => undefined) },
      ),
      'catcher',
    );
    expect(channel.kind).toBe('catcher');
    await channel.send({ to: [{ name: 'Ewa Płatnicza', address: 'ewa@podgladowa.example.pl' }], subject: message.subject, text: message.text, html: message.html, attachments: message.attachments });

    session = await startBrowserServer({ database, workDirPrefix: 'duly-e2e-templates-' });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await database?.close();
  });

  it('refuses a threat in place, saves the fixed text, previews it for a customer, and shows a caught e-mail with its QR code', async () => {
    const started = Date.now();
    const { baseUrl, browser, screenshot } = session!;
    const { context, page, pageErrors } = await signIn(browser, baseUrl, { email: demoAdminEmail, password: demoPassword, viewport: { width: 1440, height: 900 } });

    const nav = page.getByRole('navigation', { name: 'Sekcje' });
    await nav.getByRole('link', { name: 'Szablony' }).click();
    await page.getByRole('heading', { name: 'Szablony wiadomości', level: 2 }).waitFor();
    const standard = page.getByRole('region', { name: 'Standardowa' });
    // Shipped everywhere yet: every language of every channel says so.
    expect(await standard.getByRole('link', { name: /: zmieniony$/ }).count()).toBe(0);
    await screenshot(page, 'templates.png');
    await standard.getByRole('link', { name: 'standard.first-reminder, E-mail, Polski: z Duly' }).click();
    await page.getByRole('heading', { name: 'standard.first-reminder', level: 2 }).waitFor();

    // A threat at the end of the plain text: refused, and the finding stands under that field.
    const text = page.getByLabel('Treść tekstowa');
    const shipped = await text.inputValue();
    expect(shipped).toContain('{{ items_table }}');
    await text.fill(`${shipped}\n\nJeśli nie zapłacicie, zawiadomimy policję.`);
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByText('Nie zapisano – popraw zaznaczone pola.').waitFor();
    const findings = page.getByRole('list', { name: 'Uwagi kontroli tonu' });
    await findings.getByText('Groźba: „policję”').waitFor();
    const findingText = await findings.innerText();
    expect(findingText).toContain('pl.threat.police');
    expect(findingText).toContain('Nieopłacona faktura to sprawa cywilna');
    expect(findingText).toMatch(/wiersz \d+/);
    // In place: the finding follows the plain-text field, not the subject or the HTML.
    expect(await text.evaluate((field, list) => Boolean(field.compareDocumentPosition(list!) & Node.DOCUMENT_POSITION_FOLLOWING), await findings.elementHandle())).toBe(true);
    expect(await page.getByLabel('Treść HTML').evaluate((field, list) => Boolean(field.compareDocumentPosition(list!) & Node.DOCUMENT_POSITION_FOLLOWING), await findings.elementHandle())).toBe(true);
    await screenshot(page, 'template-refused.png');

    await text.fill(`${shipped}\n\nDziękujemy, że pamiętacie Państwo o terminie.`);
    await page.getByRole('button', { name: 'Zapisz', exact: true }).click();
    await page.getByText('Zapisano.', { exact: true }).waitFor();
    expect(await findings.count()).toBe(0);
    await page.getByRole('button', { name: 'Przywróć tekst z Duly' }).waitFor();
    await page.getByRole('link', { name: 'Szablony wiadomości' }).click();
    await standard.getByRole('link', { name: 'standard.first-reminder, E-mail, Polski: zmieniony' }).click();
    await page.getByText(/^Zmieniony przez Twoją organizację/).waitFor();

    // The preview renders the saved draft for a real customer of the demo organization.
    const preview = page.getByRole('region', { name: 'Podgląd dla klienta' });
    await preview.getByLabel('Klient', { exact: true }).fill('Podglądowa');
    await page.getByRole('option', { name: customerName }).click();
    await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
    const rendered = preview.getByRole('region', { name: 'Wiadomość tak, jak by wyszła' });
    await rendered.waitFor();
    const plain = await rendered.getByLabel('Tekst wiadomości').innerText();
    expect(plain).toContain(invoiceNumber);
    expect(plain).toContain('Dziękujemy, że pamiętacie Państwo o terminie.');
    expect(plain).toContain(customerName);
    await page.frameLocator('iframe[title="Wiadomość jako HTML"]').getByText(invoiceNumber).first().waitFor();
    expect(await loadedImage(rendered.getByRole('img', { name: 'Kod QR do płatności (payment-qr.png)' }))).toBe(true);
    await screenshot(page, 'template-preview.png');

    // The mail catcher is offered because it holds an e-mail.
    await nav.getByRole('link', { name: 'Przechwycona poczta' }).click();
    await page.getByRole('heading', { name: 'Przechwycona poczta', level: 2 }).waitFor();
    await page.getByText('Bez ustawień SMTP Duly zatrzymuje e-maile tutaj').waitFor();
    const list = page.getByRole('region', { name: 'Przechwycone e-maile' });
    expect(await list.innerText()).toContain('Do: ewa@podgladowa.example.pl');
    await list.getByRole('link', { name: caughtSubject }).click();
    const mail = page.getByRole('article', { name: caughtSubject });
    await mail.waitFor();
    expect(await mail.getByRole('table', { name: 'Nagłówki' }).innerText()).toContain('Ewa Płatnicza <ewa@podgladowa.example.pl>');
    await page.frameLocator('iframe[title="E-mail jako HTML"]').getByText(invoiceNumber).first().waitFor();
    expect(await mail.getByLabel('Tekst', { exact: true }).innerText()).toContain(invoiceNumber);
    const qr = mail.getByRole('img', { name: 'Załącznik payment-qr.png' });
    await qr.waitFor();
    await expect.poll(() => loadedImage(qr)).toBe(true);
    await screenshot(page, 'mail-catcher.png');

    expect(pageErrors).toEqual([]);
    await context.close();
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
