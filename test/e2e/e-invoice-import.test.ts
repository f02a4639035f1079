// The import page with e-invoices: a ZIP batch of KSeF documents is checked, imported,
// and the summary says what was created, which correction was applied and what was
// skipped and why.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/add-user';
import { createOrganization } from '../../src/app/create-organization';
import type { Database } from '../../src/store/database';
import { createTestDatabase } from '../databases';
import { zip } from '../import/zip-archive';
import { signIn, startBrowserServer, type BrowserServer } from './browser-session';

const email = 'jan.nowak@example.pl';
const password = 'correct horse battery';
const sample = (path: string) => readFileSync(fileURLToPath(new URL(`../fixtures/einvoice/ksef/${path}`, import.meta.url)));
const readable = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ');

describe('e-invoice import in Chromium', () => {
  let database: Database | undefined;
  let session: BrowserServer | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const org = await createOrganization(database.db, {
      slug: 'hurt',
      legalName: 'Hurtownia sp. z o.o.',
      country: 'PL',
      baseCurrency: 'PLN',
      defaultLanguage: 'pl',
      timeZone: 'Europe/Warsaw',
    });
    if (!org.ok) throw new Error(`createOrganization: ${org.message}`);
    const user = await addUser(database.db, { email, name: 'Jan Nowak', password, language: 'pl', orgId: org.value.id, role: 'admin' });
    if (!user.ok) throw new Error(`addUser: ${user.message}`);
    session = await startBrowserServer({ database, workDirPrefix: 'duly-e2e-einvoice-' });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await database?.close();
  });

  it('checks and imports a ZIP of KSeF invoices and shows the summary', async () => {
    const { baseUrl, browser } = session!;
    const { context, page, pageErrors } = await signIn(browser, baseUrl, { email, password, viewport: { width: 1366, height: 900 } });
    await page.goto(`${baseUrl}/o/hurt/import`);
    await page.getByRole('heading', { name: 'Import', exact: true }).waitFor();
    await page.locator('label', { hasText: /^E-faktury \(KSeF \/ UBL\)$/ }).click();
    const batch = zip([
      { name: 'FA_2_Przyklad_9.xml', data: sample('fa2/podstawowa/FA_2_Przyklad_9.xml') },
      { name: 'FA_2_Przyklad_2.xml', data: sample('fa2/korygujaca/FA_2_Przyklad_2.xml') },
      { name: 'FA_2_Przyklad_10.xml', data: sample('fa2/zaliczkowa/FA_2_Przyklad_10.xml') },
    ]);
    await page.locator('input[type=file]').setInputFiles({ name: 'faktury.zip', mimeType: 'application/zip', buffer: batch });
    await page.getByRole('button', { name: 'Sprawdź plik' }).click();
    await page.getByRole('heading', { name: 'Sprawdzenie pliku faktury.zip' }).waitFor();
    expect(readable(await page.getByRole('status').first().innerText())).toContain('3 dokumenty sprawdzone bez błędów');
    await page.getByRole('button', { name: 'Importuj', exact: true }).click();
    await page.getByText('Import zakończony').waitFor();
    const count = async (label: string) => (await page.getByRole('group', { name: label, exact: true }).innerText()).replace(/\D+/g, '');
    expect(await count('Wczytane dokumenty')).toBe('3');
    expect(await count('Utworzone faktury')).toBe('1');
    expect(await count('Korekty (noty uznaniowe)')).toBe('1');
    expect(await count('Pominięte')).toBe('1');
    const summary = readable(await page.locator('main').innerText());
    expect(summary).toContain('FK2022/03/200 koryguje FV2022/02/150 o -200,00 zł');
    expect(summary).toContain('FA_2_Przyklad_10.xml: FZ2022/02/150 is an advance invoice');
    expect(summary).toContain('PL73111111111111111111111111 (rachunek sprzedawcy) w FA_2_Przyklad_9.xml');
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
