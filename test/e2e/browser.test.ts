// The workspace as a person uses it: a real Chromium signs in through the form,
// imports a customers file and an invoices file on the import page, and finds the
// invoice and its open amount on the customer's page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/add-user';
import { createOrganization } from '../../src/app/create-organization';
import { formatMoney } from '../../src/domain/money';
import type { Database } from '../../src/store/database';
import { createTestDatabase } from '../databases';
import { customersCsv, invoicesCsv, type UploadFile } from './browser-files';
import { openPage, startBrowserServer, type BrowserServer } from './browser-session';

const email = 'anna.kowalska@example.pl';
const password = 'correct horse battery';

/** Text as people read it: any kind of space (Intl uses narrow no-break ones) is a space. */
const readable = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('web workspace in Chromium', () => {
  let database: Database | undefined;
  let session: BrowserServer | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const org = await createOrganization(database.db, {
      slug: 'acme',
      legalName: 'ACME Dystrybucja sp. z o.o.',
      country: 'PL',
      baseCurrency: 'PLN',
      defaultLanguage: 'pl',
      timeZone: 'Europe/Warsaw',
    });
    if (!org.ok) throw new Error(`createOrganization: ${org.message}`);
    const user = await addUser(database.db, {
      email,
      name: 'Anna Kowalska',
      password,
      language: 'pl',
      orgId: org.value.id,
      role: 'admin',
    });
    if (!user.ok) throw new Error(`addUser: ${user.message}`);

    session = await startBrowserServer({ database, workDirPrefix: 'duly-e2e-' });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await database?.close();
  });

  it('signs in, imports customers and invoices, and shows the customer with the invoice', async () => {
    const { baseUrl, browser, screenshot } = session!;
    const { context, page, pageErrors } = await openPage(browser, { viewport: { width: 1366, height: 768 } });

    // Signed out, the app sends the visitor to the login form.
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/login/);
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel(/^Hasło/).fill('not the password');
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByText('Nieprawidłowy e-mail lub hasło.').waitFor();
    await page.getByLabel(/^Hasło/).fill(password);
    await page.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByRole('heading', { name: 'Przegląd należności' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/o/acme');

    const nav = page.getByRole('navigation', { name: 'Sekcje' });
    await nav.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import', exact: true }).waitFor();
    const customers = await checkAndImport(page, customersCsv());
    expect(customers).toMatchObject({ rowsRead: '2', created: '2' });

    await page.getByRole('button', { name: 'Importuj kolejny plik' }).click();
    await page.locator('label', { hasText: /^Faktury$/ }).click();
    const invoices = await checkAndImport(page, invoicesCsv(new Date()));
    expect(invoices).toMatchObject({ rowsRead: '3', created: '3' });

    await nav.getByRole('link', { name: 'Klienci' }).click();
    await page.getByRole('heading', { name: 'Klienci' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Zakłady Mięsne Łódź S.A.' });
    expect(readable(await row.innerText())).toContain(readable(formatMoney(1_414_550, 'PLN', 'pl-PL')));

    // The customer opens from the keyboard: the name is a link, Enter follows it.
    await row.getByRole('link', { name: 'Zakłady Mięsne Łódź S.A.' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Zakłady Mięsne Łódź S.A.', level: 2 }).waitFor();
    // The invoice is linked from the follow-up card too: look in the open items.
    const openItems = page.locator('section', { has: page.getByRole('heading', { name: 'Otwarte pozycje' }) });
    await openItems.getByRole('link', { name: 'FV/E2E/001' }).waitFor();
    const items = readable(await openItems.innerText());
    expect(items).toContain('FV/E2E/001');
    expect(items).toContain(readable(formatMoney(1_230_000, 'PLN', 'pl-PL')));
    expect(items.toLowerCase()).toContain('10 dni po terminie');
    expect(items).toContain('FV/E2E/002');
    expect(items).not.toContain('FV/E2E/003');

    await nav.getByRole('link', { name: 'Przegląd' }).click();
    await page.getByRole('heading', { name: 'Struktura wiekowa' }).waitFor();
    await page.locator('canvas').first().waitFor();
    const overview = readable(await page.locator('main').innerText());
    expect(overview).toContain(readable(formatMoney(1_514_549, 'PLN', 'pl-PL')));
    expect(overview).toContain(readable(formatMoney(1_329_999, 'PLN', 'pl-PL')));
    await screenshot(page, 'overview.png');

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});

/** Checks a file on the import page, fails with the report's errors if any, imports it and returns the counts. */
async function checkAndImport(page: Page, file: UploadFile): Promise<Record<string, string>> {
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: 'Sprawdź plik' }).click();
  await page.getByRole('heading', { name: `Sprawdzenie pliku ${file.name}` }).waitFor();
  const errors = page.getByRole('table', { name: /Błędy/ });
  if ((await errors.count()) > 0) throw new Error(`the check of ${file.name} found errors:\n${await errors.innerText()}`);
  await page.getByRole('button', { name: 'Importuj', exact: true }).click();
  await page.getByText('Import zakończony').waitFor();
  const read = async (label: string) =>
    (await page.getByRole('group', { name: label, exact: true }).innerText()).replace(/\D+/g, '');
  return { rowsRead: await read('Wczytane wiersze'), created: await read('Utworzone') };
}
