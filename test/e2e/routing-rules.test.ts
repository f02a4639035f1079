// The routing rules editor in a real Chromium: reached from the procedures list, a new
// rule refused in place (by the editor, then by the server), routing a tag to the key
// account procedure, moved to the top and saved; the tagged customer's follow-up card
// then names that procedure and the rule. A viewer reads the rules without controls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/add-user';
import { createCustomer } from '../../src/app/create-customer';
import { createInvoice } from '../../src/app/create-invoice';
import { createOrganization } from '../../src/app/create-organization';
import type { Result } from '../../src/app/errors';
import { addDays, dateInZone } from '../../src/domain/dates';
import type { Database } from '../../src/store/database';
import { listRoutingRules } from '../../src/store/routing-rules';
import { createTestDatabase } from '../databases';
import { signIn, startBrowserServer, type BrowserServer } from './browser-session';

const admin = { email: 'anna.zielinska@example.pl', password: 'correct horse battery' };
const viewer = { email: 'piotr.wisniewski@example.pl', password: 'correct horse battery' };
const viewport = { width: 1366, height: 900 };

/** Text as people read it: any run of spaces (non-breaking ones in amounts too) as one space. */
const readable = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

function value<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.message}`);
  return result.value;
}

describe('routing rules editor in Chromium', () => {
  let database: Database | undefined;
  let session: BrowserServer | undefined;
  let orgId = '';

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const db = database.db;
    orgId = value(await createOrganization(db, { slug: 'acme', legalName: 'ACME Dystrybucja sp. z o.o.', country: 'PL', baseCurrency: 'PLN', defaultLanguage: 'pl', timeZone: 'Europe/Warsaw' }), 'organization').id;
    value(await addUser(db, { ...admin, name: 'Anna Zielińska', language: 'pl', orgId, role: 'admin' }), 'admin');
    value(await addUser(db, { ...viewer, name: 'Piotr Wiśniewski', language: 'pl', orgId, role: 'viewer' }), 'viewer');

    // A customer of three weeks owing 15 000 zł: the shipped rules call it a new customer.
    const today = dateInZone(new Date(), 'Europe/Warsaw');
    const customerId = value(await createCustomer(db, orgId, { name: 'Hurtownia Strategiczna sp. z o.o.', country: 'PL', tags: ['strategiczny'] }), 'customer').id;
    value(
      await createInvoice(db, orgId, { customerId, number: 'FV/RR/1', issueDate: addDays(today, -20), dueDate: addDays(today, -10), currency: 'PLN', grossTotalMinor: 1_500_000 }, 'manual'),
      'invoice',
    );

    session = await startBrowserServer({ database, workDirPrefix: 'duly-e2e-routing-' });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await database?.close();
  });

  it('adds a rule routing a tag to the key account procedure, and the customer follows it', async () => {
    const { baseUrl, browser, screenshot } = session!;
    const { context, page, pageErrors } = await signIn(browser, baseUrl, { ...admin, viewport });
    const nav = page.getByRole('navigation', { name: 'Sekcje' });
    const followUp = page.locator('section', { has: page.getByRole('heading', { name: 'Monitoring płatności' }) });

    // Before: the shipped rules put the customer on the new-customer procedure.
    await nav.getByRole('link', { name: 'Klienci' }).click();
    await page.getByRole('link', { name: 'Hurtownia Strategiczna sp. z o.o.' }).click();
    await followUp.getByRole('link', { name: 'Nowy klient, wersja 1' }).waitFor();

    await nav.getByRole('link', { name: 'Procedury' }).click();
    await page.getByRole('link', { name: 'Reguły przypisania' }).click();
    await page.getByRole('heading', { name: 'Reguły przypisania', level: 2 }).waitFor();
    const rule = (n: number) => page.getByRole('group', { name: `Reguła ${n}`, exact: true });
    expect(readable(await rule(2).getByTestId('rule-summary').innerText())).toBe('Klienci z tagiem „key” → Klient kluczowy');
    expect(readable(await page.getByLabel('W pozostałych').innerText())).toContain('Klienci, których nie obejmuje żadna reguła → Standardowa');

    // A new rule sent as it is: the editor names what is missing, beside the fields.
    await page.getByRole('button', { name: 'Dodaj regułę' }).click();
    const added = rule(5);
    expect(readable(await added.getByTestId('rule-summary').innerText())).toBe('Każdy klient → (nie wybrano procedury)');
    await page.getByRole('button', { name: 'Zapisz reguły' }).click();
    await page.getByText('Popraw zaznaczone pola – nic nie zapisano.').waitFor();
    await added.getByText('Nadaj regule nazwę, którą wszyscy rozpoznają.').waitFor();
    await added.getByText('Wybierz procedurę, którą wskazuje ta reguła.').waitFor();

    // A name too long for the server: its problem comes back to the same field.
    const name = added.getByLabel(/^Nazwa/);
    await name.fill('Klienci strategiczni '.repeat(10));
    await added.getByLabel(/^Procedura/).click();
    await page.getByRole('option', { name: 'Klient kluczowy' }).click();
    const tags = added.getByLabel('Z dowolnym z tagów');
    await tags.fill('strategiczny');
    await tags.press('Enter');
    await added.getByLabel('Dni po terminie co najmniej').fill('5');
    await page.getByRole('button', { name: 'Zapisz reguły' }).click();
    await added.getByText(/200/).waitFor();
    expect(await added.getByText('Nadaj regule nazwę, którą wszyscy rozpoznają.').count()).toBe(0);
    await screenshot(page, 'routing-rules-error.png');

    await name.fill('Klienci strategiczni');
    expect(readable(await added.getByTestId('rule-summary').innerText())).toBe('Klienci z tagiem „strategiczny” i co najmniej 5 dni po terminie → Klient kluczowy');
    // Up to the top, one place at a time: the rule takes each number it passes.
    for (const n of [5, 4, 3, 2]) await page.getByRole('button', { name: `Przesuń regułę ${n} wyżej` }).click();
    expect(await rule(1).getByLabel(/^Nazwa/).inputValue()).toBe('Klienci strategiczni');
    expect(await rule(2).getByLabel(/^Nazwa/).inputValue()).toBe('Key account segment');
    expect(await page.getByRole('button', { name: 'Przesuń regułę 1 wyżej' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Zapisz reguły' }).click();
    await page.getByText('Zapisano reguły przypisania.').waitFor();
    await screenshot(page, 'routing-rules.png');

    const stored = await listRoutingRules(database!.db, orgId);
    expect(stored.map((r) => [r.priority, r.name, r.procedureKey])).toEqual([
      [10, 'Klienci strategiczni', 'key-account'],
      [20, 'Key account segment', 'key-account'],
      [30, 'Tagged key', 'key-account'],
      [40, 'Small amounts', 'small-amounts'],
      [50, 'New customer (under 6 months)', 'new-customer'],
    ]);
    expect(stored[0]!.criteria).toEqual({ tagsAny: ['strategiczny'], minDaysOverdue: 5 });
    expect(stored[3]!.criteria).toEqual({ openBelowMinor: 50_000 });

    // After: the customer's follow-up card names the procedure, the rule and the tag it matched on.
    await nav.getByRole('link', { name: 'Klienci' }).click();
    await page.getByRole('link', { name: 'Hurtownia Strategiczna sp. z o.o.' }).click();
    await followUp.getByRole('link', { name: 'Klient kluczowy, wersja 1' }).waitFor();
    const why = readable(await followUp.innerText());
    expect(why).toContain('Reguła „Klienci strategiczni”');
    expect(why).toContain('Tag „strategiczny”');
    expect(why).toContain('10 dni po terminie');
    await screenshot(page, 'routing-rules-customer.png');

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows a viewer the rules saved above in words, without edit controls', async () => {
    const { baseUrl, browser } = session!;
    const { context, page, pageErrors } = await signIn(browser, baseUrl, { ...viewer, viewport });
    await page.goto(`${baseUrl}/o/acme/routing-rules`);
    await page.getByText('Twoja rola pozwala oglądać reguły przypisania, ale nie zmieniać ich.').waitFor();
    const rules = page.getByRole('list', { name: 'Reguły przypisania' });
    const text = readable(await rules.innerText());
    expect(text).toContain('Reguła 1: Klienci strategiczni');
    expect(text).toContain('Klienci z tagiem „strategiczny” i co najmniej 5 dni po terminie → Klient kluczowy');
    expect(text).toContain('Klienci współpracujący najwyżej 5 miesięcy → Nowy klient');
    expect(await page.getByRole('button', { name: 'Dodaj regułę' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Zapisz reguły' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Kolejność decyzji' }).getByRole('textbox').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 60_000);
});
