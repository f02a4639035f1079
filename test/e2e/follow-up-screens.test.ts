// The follow-up screens in a real Chromium: the procedures list, one procedure's steps
// along the days from the due date, the editor refusing a step in place and saving a
// new version, and the customer page's follow-up card with its plans and promises.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/app/actor';
import { addUser } from '../../src/app/add-user';
import { createContact } from '../../src/app/create-contact';
import { createCustomer } from '../../src/app/create-customer';
import { createInvoice } from '../../src/app/create-invoice';
import { createOrganization } from '../../src/app/create-organization';
import { createPaymentPlan } from '../../src/app/create-payment-plan';
import type { Result } from '../../src/app/errors';
import { openDispute } from '../../src/app/open-dispute';
import { recordPromise } from '../../src/app/record-promise';
import { snooze } from '../../src/app/snooze';
import { addDays, dateInZone } from '../../src/domain/dates';
import type { Database } from '../../src/store/database';
import { createTestDatabase } from '../databases';
import { signIn, startBrowserServer, type BrowserServer } from './browser-session';

const email = 'jan.nowak@example.pl';
const password = 'correct horse battery';
const actor: Actor = { userId: null, via: 'system' };

const readable = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

function value<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.message}`);
  return result.value;
}

describe('follow-up screens in Chromium', () => {
  let database: Database | undefined;
  let session: BrowserServer | undefined;
  let customerId = '';

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const db = database.db;
    const org = value(await createOrganization(db, { slug: 'acme', legalName: 'ACME Dystrybucja sp. z o.o.', country: 'PL', baseCurrency: 'PLN', defaultLanguage: 'pl', timeZone: 'Europe/Warsaw' }), 'organization');
    value(await addUser(db, { email, name: 'Jan Nowak', password, language: 'pl', orgId: org.id, role: 'admin' }), 'user');

    // The server runs on the real clock, so the ledger is laid out around today.
    const today = dateInZone(new Date(), 'Europe/Warsaw');
    customerId = value(await createCustomer(db, org.id, { name: 'Zakłady Mięsne Łódź S.A.', country: 'PL', segment: 'key_account' }), 'customer').id;
    value(await createContact(db, org.id, customerId, { kind: 'person', name: 'Ewa Płatnicza', roles: ['payables'], emails: [{ address: 'ewa@zml.example.pl' }], phones: [], addresses: [], optedOutChannels: [] }), 'contact');
    const invoice = async (number: string, dueIn: number, grossTotalMinor: number) =>
      value(await createInvoice(db, org.id, { customerId, number, issueDate: addDays(today, dueIn - 30), dueDate: addDays(today, dueIn), currency: 'PLN', grossTotalMinor }, 'manual'), number).id;
    await invoice('FV/E2E/101', -10, 1_230_000);
    const promised = await invoice('FV/E2E/102', 5, 184_550);
    const disputed = await invoice('FV/E2E/103', -20, 99_999);
    const planned = await invoice('FV/E2E/104', -40, 300_000);
    const snoozed = await invoice('FV/E2E/105', -15, 50_000);
    value(await recordPromise(db, org.id, { customerId, invoiceIds: [promised], promisedDate: addDays(today, 3), amountMinor: 184_550, currency: 'PLN' }, actor, today), 'promise');
    value(
      await createPaymentPlan(db, org.id, {
        customerId,
        invoiceIds: [planned],
        instalments: [
          { dueDate: addDays(today, -3), amountMinor: 100_000 },
          { dueDate: addDays(today, 27), amountMinor: 100_000 },
          { dueDate: addDays(today, 57), amountMinor: 100_000 },
        ],
      }, actor),
      'plan',
    );
    value(await openDispute(db, org.id, { invoiceId: disputed, reason: 'Reklamacja: uszkodzone palety' }, actor, today), 'dispute');
    value(await snooze(db, org.id, { customerId, invoiceId: snoozed, reason: 'Czekamy na korektę zamówienia', until: addDays(today, 14) }, actor, today), 'snooze');

    session = await startBrowserServer({ database, workDirPrefix: 'duly-e2e-follow-up-' });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await database?.close();
  });

  it('shows procedures on a timeline, refuses a bad step in place, saves a version, and shows the customer follow-up', async () => {
    const { baseUrl, browser, screenshot } = session!;
    const { context, page, pageErrors } = await signIn(browser, baseUrl, { email, password, viewport: { width: 1366, height: 768 } });

    const nav = page.getByRole('navigation', { name: 'Sekcje' });
    await nav.getByRole('link', { name: 'Procedury' }).click();
    await page.getByRole('heading', { name: 'Procedury', level: 2 }).waitFor();
    for (const name of ['Standardowa', 'Klient kluczowy', 'Nowy klient', 'Małe kwoty']) await page.getByRole('link', { name }).waitFor();
    await screenshot(page, 'procedures.png');

    await page.getByRole('link', { name: 'Klient kluczowy' }).click();
    await page.getByRole('heading', { name: 'Klient kluczowy', level: 2 }).waitFor();
    const timeline = page.getByRole('region', { name: 'Kroki procedury na osi dni od terminu płatności' });
    expect(await timeline.getByRole('listitem').count()).toBe(7);
    // Zone headings and tone badges are set in capitals: compare as people read them.
    const timelineText = readable(await timeline.innerText()).toLowerCase();
    for (const words of ['przed terminem', 'termin płatności', 'po terminie', '7 dni przed terminem', 'zatwierdza opiekun klienta', 'stanowczy']) {
      expect(timelineText).toContain(words);
    }
    expect(await page.getByRole('link', { name: 'Pobierz YAML' }).getAttribute('href')).toContain('/procedures/key-account/export?format=yaml');
    await screenshot(page, 'procedure.png');

    // The editor, by keyboard where it matters: a step moved before its predecessor's day is refused next to its field.
    await page.getByRole('button', { name: 'Nowa wersja' }).click();
    await page.getByRole('heading', { name: 'Nowa wersja procedury' }).waitFor();
    const third = page.getByRole('group', { name: 'Krok 3' });
    const offset = third.getByLabel('Dzień względem terminu');
    await offset.fill('1');
    await page.getByRole('button', { name: 'Zapisz jako nową wersję' }).click();
    await page.getByText('Popraw zaznaczone pola – nic nie zapisano.').waitFor();
    await third.getByText("day 1 is not after the previous step's day 5").waitFor();
    await screenshot(page, 'procedure-editor-error.png');
    await offset.fill('14');
    await offset.press('Enter');
    await page.getByText('Zapisano wersję 2.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Wersja', exact: true }).or(page.getByRole('combobox', { name: 'Wersja', exact: true })).first().inputValue()).toMatch(/^Wersja 2/);

    await nav.getByRole('link', { name: 'Klienci' }).click();
    await page.getByRole('link', { name: 'Zakłady Mięsne Łódź S.A.' }).click();
    const card = page.locator('section', { has: page.getByRole('heading', { name: 'Monitoring płatności' }) });
    await card.getByRole('link', { name: 'Klient kluczowy, wersja 2' }).waitFor();
    const text = readable(await card.innerText());
    expect(text).toContain('Segment: Klient kluczowy');
    expect(text).toContain('FV/E2E/101');
    expect(text).toContain('Ewa Płatnicza');
    const schedule = readable(await card.getByRole('table', { name: 'Harmonogram spłat' }).innerText()).toLowerCase();
    expect(schedule).toMatch(/^rata termin kwota wpłacono status 1 \S+ 1000,00 zł 0,00 zł po terminie 2 \S+ 1000,00 zł 0,00 zł do zapłaty/);
    expect(text.toLowerCase()).toContain('1845,50 zł 0,00 zł otwarta fv/e2e/102');
    expect(text).toContain('Reklamacja: uszkodzone palety');
    expect(text).toContain('Czekamy na korektę zamówienia');
    expect(await page.getByText('Segment').first().isVisible()).toBe(true);
    expect(readable(await page.locator('section', { hasText: 'Dane klienta' }).innerText())).toContain('Klient kluczowy');
    await screenshot(page, 'customer-follow-up.png');

    // A procedure chosen by hand wins over the segment's rule, and "by the rules" brings the rule back.
    const choice = card.getByLabel('Procedura wybrana ręcznie', { exact: true });
    await choice.click();
    await page.getByRole('option', { name: 'Małe kwoty' }).click();
    await card.getByRole('link', { name: /^Małe kwoty, wersja 1/ }).waitFor();
    await choice.click();
    await page.getByRole('option', { name: 'Według reguł przypisania' }).click();
    await card.getByRole('link', { name: 'Klient kluczowy, wersja 2' }).waitFor();

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
