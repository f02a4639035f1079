// Bank statements in a real Chromium: an MT940 is checked and imported from the import
// page (the payment quoting its invoice's RF reference is matched automatically, the
// others wait), the waiting lines are matched from the review screen, one by accepting
// a suggestion and one split over two invoices, and the automatic match is undone and
// allocated again. A bank's CSV export whose amount column has a header no bank list
// knows is refused by the check naming the field, mapped on the page, read and
// imported. More lines than a page holds are paged, the page kept in the address. The
// server runs on the real clock, so the ledger is laid out around today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/add-user';
import { importStatement } from '../../src/app/import-statement';
import { createCustomer } from '../../src/app/create-customer';
import { createOrganization } from '../../src/app/create-organization';
import type { Result } from '../../src/app/errors';
import { invoicePaymentReference } from '../../src/domain/creditor-reference';
import { addDays, dateInZone } from '../../src/domain/dates';
import { queryRows, sql, type Database } from '../../src/store/database';
import { createTestDatabase } from '../databases';
import { makeInvoice } from '../ledger-fixtures';
import { csvStatement, mt940Statement } from '../statement-fixtures';
import { signIn, startBrowserServer, type BrowserServer } from './browser-session';

const email = 'ewa.kowalska@example.pl';
const password = 'correct horse battery';
const readable = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

function value<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.message}`);
  return result.value;
}

type Ledger = { paid: string; typo: string; large: string; small: string };

describe('bank statement import and payment review in Chromium', () => {
  let database: Database | undefined;
  let session: BrowserServer | undefined;
  let orgId = '';
  let ledger: Ledger;
  let statement = '';

  const openAmounts = async (): Promise<Record<string, number>> => {
    const rows = await queryRows<{ number: string; open: number }>(
      database!.db,
      sql`select number, open_amount_minor::int as open from invoices where org_id = ${orgId}::uuid`,
    );
    return Object.fromEntries(rows.map((row) => [row.number, row.open]));
  };

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const db = database.db;
    orgId = value(
      await createOrganization(db, { slug: 'hurt', legalName: 'Hurtownia sp. z o.o.', country: 'PL', baseCurrency: 'PLN', defaultLanguage: 'pl', timeZone: 'Europe/Warsaw' }),
      'organization',
    ).id;
    value(await addUser(db, { email, name: 'Ewa Kowalska', password, language: 'pl', orgId, role: 'collector' }), 'user');
    const today = dateInZone(new Date(), 'Europe/Warsaw');
    const customerId = value(await createCustomer(db, orgId, { name: 'Acme Handel sp. z o.o.', country: 'PL', taxId: '5260250274' }), 'customer').id;
    const invoice = (number: string, grossTotalMinor: number) =>
      makeInvoice(db, orgId, customerId, { number, grossTotalMinor, issueDate: addDays(today, -40), dueDate: addDays(today, -10) });
    ledger = {
      paid: await invoice('FV/2026/03/0101', 123_000),
      typo: await invoice('FV/2026/03/0147', 48_730),
      large: await invoice('FV/2026/03/0188', 77_700),
      small: await invoice('FV/2026/03/0199', 15_000),
    };
    const payer = { payerName: 'ACME HANDEL SP Z O O', payerAccount: '49102055581111123412341234' };
    statement = mt940Statement({
      reference: 'MT940/E2E/1',
      bookingDate: today,
      entries: [
        { direction: 'credit', amountMinor: 123_000, title: `${invoicePaymentReference(ledger.paid)} ZAPLATA`, ...payer },
        { direction: 'credit', amountMinor: 48_730, title: 'ZAPLATA ZA FAKTURE FV/2026/03/0174', ...payer },
        { direction: 'credit', amountMinor: 30_000, title: 'ZALICZKA', ...payer },
        { direction: 'debit', amountMinor: 10_000, title: 'OPLATA', payerName: 'DOSTAWCA SA', payerAccount: '49102055581111123412341299' },
      ],
    });
    session = await startBrowserServer({ database, workDirPrefix: 'duly-e2e-statements-' });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await database?.close();
  });

  it('imports a statement, matches the waiting payments by suggestion and by a split, and undoes an automatic match', async () => {
    const { baseUrl, browser, screenshot } = session!;
    const { context, page, pageErrors } = await signIn(browser, baseUrl, { email, password, viewport: { width: 1366, height: 900 } });
    const nav = page.getByRole('navigation', { name: 'Sekcje' });

    // Import: check first, then import, and follow the outcome to the queue.
    await page.goto(`${baseUrl}/o/hurt/import`);
    await page.getByRole('heading', { name: 'Import', exact: true }).waitFor();
    await page.locator('label', { hasText: /^Wyciąg bankowy$/ }).click();
    // A damaged file: the error names the file and the line, and nothing can be imported.
    const damaged = statement.replace('CN1230,00NTRF', 'CN12x0,00NTRF');
    await page.locator('input[type=file]').setInputFiles({ name: 'uszkodzony.sta', mimeType: 'text/plain', buffer: Buffer.from(damaged, 'utf8') });
    await page.getByRole('button', { name: 'Sprawdź plik' }).click();
    await page.getByText('Plik zawiera błędy').waitFor();
    const errors = page.getByRole('table', { name: 'Błędy według pliku, wiersza i pola' });
    expect(readable(await errors.getByRole('row').nth(1).innerText())).toMatch(/^uszkodzony\.sta 5 — \S/);
    expect(await page.getByRole('button', { name: 'Importuj', exact: true }).isDisabled()).toBe(true);
    // An MT940 has no columns to map.
    expect(await page.getByRole('region', { name: 'Jak czytamy plik CSV' }).count()).toBe(0);

    await page.locator('input[type=file]').setInputFiles({ name: 'wyciag.sta', mimeType: 'text/plain', buffer: Buffer.from(statement, 'utf8') });
    await page.getByRole('button', { name: 'Sprawdź plik' }).click();
    await page.getByRole('heading', { name: 'Sprawdzenie pliku wyciag.sta' }).waitFor();
    expect(readable(await page.getByRole('status').filter({ hasText: 'bez błędów' }).innerText())).toContain('Wczytano 4 operacje bez błędów');
    const count = async (label: string) => (await page.getByRole('group', { name: label, exact: true }).innerText()).replace(/\D+/g, '');
    expect(await count('Wpłaty do utworzenia')).toBe('1');
    // A check writes nothing.
    expect(await openAmounts()).toEqual({ 'FV/2026/03/0101': 123_000, 'FV/2026/03/0147': 48_730, 'FV/2026/03/0188': 77_700, 'FV/2026/03/0199': 15_000 });

    await page.getByRole('button', { name: 'Importuj', exact: true }).click();
    await page.getByText('Import zakończony').waitFor();
    const counts = {
      statements: await count('Wyciągi'),
      lines: await count('Wczytane operacje'),
      credits: await count('Uznania'),
      debits: await count('Obciążenia'),
      automatic: await count('Dopasowane automatycznie'),
      review: await count('Do przejrzenia'),
      unmatched: await count('Niedopasowane'),
      payments: await count('Utworzone wpłaty'),
    };
    expect(counts).toEqual({ statements: '1', lines: '4', credits: '3', debits: '1', automatic: '1', review: '2', unmatched: '0', payments: '1' });
    await screenshot(page, 'statement-import.png');
    await page.getByRole('link', { name: 'Przejrzyj 2 czekające wpłaty' }).click();
    await page.getByRole('heading', { name: 'Wpłaty do przejrzenia', level: 2 }).waitFor();
    await nav.getByRole('link', { name: 'Wpłaty do przejrzenia 2 wpłaty czekają na przejrzenie' }).waitFor();

    // A suggestion accepted in one click.
    const typoLine = page.getByRole('article', { name: '487,30 zł od ACME HANDEL SP Z O O' });
    const suggestions = typoLine.getByRole('table', { name: 'Propozycje dla 487,30 zł' });
    const suggested = readable(await suggestions.innerText());
    for (const words of ['FV/2026/03/0147', 'Acme Handel sp. z o.o.', '487,30 zł', '94%', 'Podobny numer faktury']) expect(suggested).toContain(words);
    expect(readable(await typoLine.getByRole('list', { name: 'Dlaczego czeka' }).innerText())).toContain('Za mała pewność');
    await screenshot(page, 'payment-review.png');
    await suggestions.getByRole('button', { name: 'Przyjmij: FV/2026/03/0147' }).click();
    await page.getByRole('status').filter({ hasText: 'Dopasowano: 487,30 zł od ACME HANDEL SP Z O O.' }).waitFor();
    await typoLine.waitFor({ state: 'detached' });
    expect((await openAmounts())['FV/2026/03/0147']).toBe(0);

    // A payment split over two invoices, with the total checked before it is sent.
    const advance = page.getByRole('article', { name: '300,00 zł od ACME HANDEL SP Z O O' });
    await advance.getByRole('button', { name: 'Wybierz faktury lub podziel' }).click();
    const form = advance.getByRole('form', { name: 'Ręczne dopasowanie 300,00 zł' });
    await form.getByLabel('Znajdź nieopłaconą fakturę').fill('0199');
    await form.getByRole('button', { name: 'Wybierz: FV/2026/03/0199' }).click();
    expect(await form.getByLabel('Kwota dla FV/2026/03/0199').inputValue()).toBe('150,00');
    await form.getByLabel('Znajdź nieopłaconą fakturę').fill('0188');
    await form.getByRole('button', { name: 'Dodaj do podziału: FV/2026/03/0188' }).click();
    expect(await form.getByLabel('Kwota dla FV/2026/03/0188').inputValue()).toBe('150,00');
    await form.getByLabel('Kwota dla FV/2026/03/0188').fill('200,00');
    await form.getByRole('alert').filter({ hasText: 'Razem 350,00 zł: więcej niż otrzymane 300,00 zł.' }).waitFor();
    await form.getByRole('button', { name: 'Dopasuj' }).click();
    expect((await openAmounts())['FV/2026/03/0188']).toBe(77_700);
    await form.getByLabel('Kwota dla FV/2026/03/0188').fill('100');
    expect(readable(await form.innerText())).toContain('Przypisano 250,00 zł z 300,00 zł; 50,00 zł zostaje nadpłatą klienta.');
    await screenshot(page, 'payment-review-split.png');
    await form.getByRole('button', { name: 'Dopasuj' }).click();
    await page.getByRole('status').filter({ hasText: 'Dopasowano: 300,00 zł od ACME HANDEL SP Z O O.' }).waitFor();
    await page.getByText('Żadna wpłata nie czeka na przejrzenie.').waitFor();
    expect(await openAmounts()).toMatchObject({ 'FV/2026/03/0199': 0, 'FV/2026/03/0188': 67_700 });
    await nav.getByRole('link', { name: 'Wpłaty do przejrzenia', exact: true }).waitFor();

    // The lines matched before: undo the automatic match, then allocate the money again.
    await page.locator('label', { hasText: /^Dopasowane \(3\)$/ }).click();
    const automatic = page.getByRole('article', { name: '1230,00 zł od ACME HANDEL SP Z O O' });
    // Badges are set in capitals: compare as people read them.
    expect(readable(await automatic.innerText()).toLowerCase()).toContain('dopasowana automatycznie');
    expect(readable(await page.getByRole('article', { name: '300,00 zł od ACME HANDEL SP Z O O' }).innerText()).toLowerCase()).toContain('dopasowana ręcznie');
    await automatic.getByRole('button', { name: 'Cofnij przypisanie do FV/2026/03/0101' }).click();
    await page.getByRole('status').filter({ hasText: 'Cofnięto: 1230,00 zł do FV/2026/03/0101.' }).waitFor();
    await automatic.getByRole('button', { name: 'Cofnij przypisanie do FV/2026/03/0101' }).waitFor({ state: 'detached' });
    expect(readable(await automatic.innerText())).toContain('Nieprzypisane 1230,00 zł: nadpłata klienta.');
    expect((await openAmounts())['FV/2026/03/0101']).toBe(123_000);
    await screenshot(page, 'payment-review-matched.png');

    await automatic.getByRole('button', { name: 'Przypisz do faktury' }).click();
    const again = automatic.getByRole('form', { name: 'Przypisanie 1230,00 zł' });
    await again.getByLabel('Znajdź nieopłaconą fakturę').fill('0101');
    await again.getByRole('button', { name: 'Wybierz: FV/2026/03/0101' }).click();
    await again.getByRole('button', { name: 'Przypisz' }).click();
    await page.getByRole('status').filter({ hasText: 'Przypisano: 1230,00 zł.' }).waitFor();
    await automatic.getByRole('button', { name: 'Cofnij przypisanie do FV/2026/03/0101' }).waitFor();
    expect((await openAmounts())['FV/2026/03/0101']).toBe(0);

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('reads a CSV export once its amount column is mapped on the page, and imports it', async () => {
    const { baseUrl, browser, screenshot } = session!;
    const db = database!.db;
    const today = dateInZone(new Date(), 'Europe/Warsaw');
    const customerId = value(await createCustomer(db, orgId, { name: 'Zakłady Mięsne Łódź S.A.', country: 'PL', taxId: '7740001454' }), 'customer').id;
    const invoice = (number: string, grossTotalMinor: number) =>
      makeInvoice(db, orgId, customerId, { number, grossTotalMinor, issueDate: addDays(today, -30), dueDate: addDays(today, -5) });
    const paid = await invoice('FV/2026/04/0007', 245_600);
    await invoice('FV/2026/04/0008', 60_000);
    const payer = { payerName: 'ZAKLADY MIESNE LODZ SA', payerAccount: '27114020040000300201355387' };
    const text = csvStatement({
      bookingDate: today,
      amountHeader: 'Wartość operacji',
      entries: [
        { direction: 'credit', amountMinor: 245_600, title: `${invoicePaymentReference(paid)} ZAPLATA`, ...payer },
        { direction: 'credit', amountMinor: 40_000, title: 'ZALICZKA NA DOSTAWE', ...payer },
        { direction: 'debit', amountMinor: 5_000, title: 'OPLATA ZA PROWADZENIE RACHUNKU', payerName: 'BANK TESTOWY SA', payerAccount: '49102055581111123412341299' },
      ],
    });
    const { context, page, pageErrors } = await signIn(browser, baseUrl, { email, password, viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseUrl}/o/hurt/import`);
    await page.getByRole('heading', { name: 'Import', exact: true }).waitFor();
    await page.locator('label', { hasText: /^Wyciąg bankowy$/ }).click();
    await page.locator('input[type=file]').setInputFiles({ name: 'historia.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

    // The page reads the header row itself: every column the bank names as banks do is mapped, the amount is not.
    const reading = page.getByRole('region', { name: 'Jak czytamy plik CSV' });
    await reading.getByText('Wiersz nagłówków: 4').waitFor();
    const field = (label: string) => reading.getByRole('textbox', { name: label }).or(reading.getByRole('combobox', { name: label })).first();
    expect(await field('Data księgowania bookingDate').inputValue()).toBe('Data operacji');
    expect(await field('Kontrahent (nadawca) counterpartyName').inputValue()).toBe('Nadawca/Odbiorca');
    expect(await field('Kwota amount').inputValue()).toBe('');

    // The check refuses the file and names the field it misses.
    await page.getByRole('button', { name: 'Sprawdź plik' }).click();
    await page.getByText('Plik zawiera błędy').waitFor();
    const errors = page.getByRole('table', { name: 'Błędy według pliku, wiersza i pola' });
    expect(readable(await errors.getByRole('row').nth(1).innerText())).toMatch(/^historia\.csv 4 Kwota .*no column for the amount/);
    await reading.getByText('Wiersz 4: tu sprawdzenie znalazło błąd.').waitFor();
    expect(await page.getByRole('button', { name: 'Importuj', exact: true }).isDisabled()).toBe(true);
    await screenshot(page, 'statement-import-csv-unmapped.png');

    // Mapped on the page, the file is checked again at once and reads.
    await field('Kwota amount').click();
    await page.getByRole('option', { name: 'Wartość operacji' }).click();
    const checked = page.getByRole('status').filter({ hasText: 'bez błędów' });
    await checked.waitFor();
    expect(readable(await checked.innerText())).toContain('Wczytano 3 operacje bez błędów');
    expect(await field('Kwota amount').inputValue()).toBe('Wartość operacji');
    expect(await field('Format daty').inputValue()).toBe('DD.MM.YYYY');
    expect(await field('Separator dziesiętny').inputValue()).toBe('Przecinek (1 234,56)');
    expect(readable(await reading.innerText())).toContain('Pominięte, bo nie są operacjami (salda, blokady, uwagi): wiersz 9.');
    await screenshot(page, 'statement-import-csv.png');
    expect((await openAmounts())['FV/2026/04/0007']).toBe(245_600);

    // The import sends the same mapping: the RF payment pays its invoice, the advance waits for a person.
    await page.getByRole('button', { name: 'Importuj', exact: true }).click();
    await page.getByText('Import zakończony').waitFor();
    const count = async (label: string) => (await page.getByRole('group', { name: label, exact: true }).innerText()).replace(/\D+/g, '');
    expect({ lines: await count('Wczytane operacje'), automatic: await count('Dopasowane automatycznie'), review: await count('Do przejrzenia') }).toEqual({
      lines: '3',
      automatic: '1',
      review: '1',
    });
    expect(await reading.count()).toBe(0);
    expect((await openAmounts())['FV/2026/04/0007']).toBe(0);
    await page.getByRole('link', { name: 'Przejrzyj czekającą wpłatę' }).click();
    await page.getByRole('article', { name: '400,00 zł od ZAKLADY MIESNE LODZ SA' }).waitFor();

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('pages through more unmatched payments than a page holds, keeps the page on reload, and steps back when the last page empties', async () => {
    const { baseUrl, browser, screenshot } = session!;
    const today = dateInZone(new Date(), 'Europe/Warsaw');
    // 101 refunds no invoice fits, 100,00 zł, 100,01 zł…: the last, 101,00 zł, is alone on page 2.
    const refunds = mt940Statement({
      reference: 'MT940/E2E/PAGES',
      bookingDate: addDays(today, -2),
      entries: Array.from({ length: 101 }, (_, index) => ({
        direction: 'credit' as const,
        amountMinor: 10_000 + index,
        title: `ZWROT ${index + 1}`,
        payerName: 'KLIENT DETALICZNY',
        payerAccount: '83102010260000160201234567',
      })),
    });
    const report = await importStatement(database!.db, { orgId, fileName: 'zwroty.sta', content: Buffer.from(refunds, 'utf8'), now: new Date() });
    expect(report).toMatchObject({ committed: true, unmatched: 101 });

    const { context, page, pageErrors } = await signIn(browser, baseUrl, { email, password, viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseUrl}/o/hurt/payment-review?status=unmatched`);
    await page.locator('label', { hasText: /^Niedopasowane \(101\)$/ }).waitFor();
    await page.getByText('1–100 z 101').waitFor();
    expect(await page.getByRole('article').count()).toBe(100);

    await page.getByRole('button', { name: 'Przejdź do strony 2' }).click();
    const last = page.getByRole('article', { name: '101,00 zł od KLIENT DETALICZNY' });
    await last.waitFor();
    expect(new URL(page.url()).search).toBe('?status=unmatched&page=2');
    await page.reload();
    await last.waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    await screenshot(page, 'payment-review-page-2.png');

    // Matched, the only line of page 2 leaves the list, and page 1 is shown.
    await last.getByRole('button', { name: 'Wybierz faktury lub podziel' }).click();
    const form = last.getByRole('form', { name: 'Ręczne dopasowanie 101,00 zł' });
    await form.getByLabel('Znajdź nieopłaconą fakturę').fill('0008');
    await form.getByRole('button', { name: 'Wybierz: FV/2026/04/0008' }).click();
    await form.getByRole('button', { name: 'Dopasuj' }).click();
    await page.getByRole('status').filter({ hasText: 'Dopasowano: 101,00 zł od KLIENT DETALICZNY.' }).waitFor();
    await page.getByText('1–100 z 100').waitFor();
    expect(new URL(page.url()).search).toBe('?status=unmatched');
    await page.locator('label', { hasText: /^Niedopasowane \(100\)$/ }).waitFor();
    expect(await page.getByRole('article').count()).toBe(100);
    expect((await openAmounts())['FV/2026/04/0008']).toBe(60_000 - 10_100);

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
