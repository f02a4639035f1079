// The approvals list and the call queue in a real Chromium: a held e-mail shown as it
// would leave (HTML in a sandboxed frame, tone guard's word), approved; a due call with
// its numbers, script and items, its outcome recorded with the promise the customer
// gave, which then shows on the customer's page. The server runs on the real clock, so
// the ledger is laid out around today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../src/app/add-user';
import { createOrganization } from '../../src/app/create-organization';
import type { Result } from '../../src/app/errors';
import { addDays, dateInZone } from '../../src/domain/dates';
import { queryRows, sql, type Database } from '../../src/store/database';
import type { TaskRow } from '../../src/store/tasks';
import { actionStatus, addDebtor, holdContact, type Debtor } from '../approvals/approval-fixtures';
import { createTestDatabase } from '../databases';
import { addCallTask } from '../tasks/task-fixtures';
import { signIn, startBrowserServer, type BrowserServer } from './browser-session';

const email = 'ewa.kowalska@example.pl';
const password = 'correct horse battery';

/** Text as people read it: any run of spaces (non-breaking ones in amounts too) as one space. */
const readable = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

function value<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.message}`);
  return result.value;
}

describe('approvals and calls in Chromium', () => {
  let database: Database | undefined;
  let session: BrowserServer | undefined;
  let orgId = '';
  let userId = '';
  let held: Debtor;
  let heldIds: Record<string, string> = {};
  let called: Debtor;
  let callTask: TaskRow;
  let today = '';

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    const db = database.db;
    orgId = value(await createOrganization(db, { slug: 'acme', legalName: 'ACME Dystrybucja sp. z o.o.', country: 'PL', baseCurrency: 'PLN', defaultLanguage: 'pl', timeZone: 'Europe/Warsaw' }), 'organization').id;
    userId = value(await addUser(db, { email, name: 'Ewa Kowalska', password, language: 'pl', orgId, role: 'collector' }), 'user').userId;

    today = dateInZone(new Date(), 'Europe/Warsaw');
    held = await addDebtor(db, orgId, 'Zakłady Mięsne Łódź S.A.');
    heldIds = await holdContact(db, orgId, held, {
      channel: 'email',
      approval: 'collector',
      stepKey: 'firm-request',
      templateKey: 'standard.firm-request',
      tone: 'firm',
      plannedFor: today,
      effects: ['holdCredit'],
    });
    called = await addDebtor(db, orgId, 'Hurtownia Żółw sp.j.');
    callTask = await addCallTask(db, orgId, called, { dueOn: today });

    session = await startBrowserServer({ database, workDirPrefix: 'duly-e2e-approvals-' });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await database?.close();
  });

  it('approves a held e-mail after reading it, and records what a call came to with the promise given', async () => {
    const { baseUrl, browser, screenshot } = session!;
    const { context, page, pageErrors } = await signIn(browser, baseUrl, { email, password, viewport: { width: 1366, height: 900 } });

    const nav = page.getByRole('navigation', { name: 'Sekcje' });
    await nav.getByRole('link', { name: 'Do zatwierdzenia' }).click();
    await page.getByRole('heading', { name: 'Do zatwierdzenia', level: 2 }).waitFor();
    const card = page.getByRole('article', { name: /Zakłady Mięsne Łódź S\.A\. · E-mail/ });
    await card.waitFor();
    // Badges are set in capitals: compare as people read them.
    const cardText = (await card.innerText()).replace(/[\s\u00a0\u202f]+/g, ' ').toLowerCase();
    for (const words of ['Standardowa, wersja 1', 'krok: firm-request', 'Stanowczy', 'Anna Księgowa', 'Wstrzymanie kredytu kupieckiego', held.invoiceNumbers[0]!, '1230,00 zł', 'Strażnik tonu: bez uwag.']) {
      expect(cardText).toContain(words.toLowerCase());
    }
    // The e-mail itself, in a frame that may run nothing.
    const frame = card.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    await card.frameLocator('iframe').getByText(held.invoiceNumbers[1]!).first().waitFor();
    await screenshot(page, 'approvals.png');

    await card.getByRole('button', { name: 'Zatwierdź' }).click();
    await page.getByRole('status').filter({ hasText: 'Zatwierdzono: Zakłady Mięsne Łódź S.A.' }).waitFor();
    await page.getByText('Nic nie czeka na zatwierdzenie.').waitFor();
    expect(await actionStatus(database!.db, orgId, heldIds.sendMessage!)).toMatchObject({ status: 'pending', approved_by_user_id: userId });
    expect((await actionStatus(database!.db, orgId, heldIds.holdCredit!)).status).toBe('pending');

    await nav.getByRole('link', { name: 'Telefony' }).click();
    await page.getByRole('heading', { name: 'Telefony', level: 2 }).waitFor();
    const call = page.getByRole('article', { name: 'Hurtownia Żółw sp.j.' });
    await call.waitFor();
    expect(await call.getByRole('link', { name: '+48 600 100 200' }).getAttribute('href')).toBe('tel:+48600100200');
    expect(await call.getByRole('link', { name: '+48 22 100 20 30' }).getAttribute('href')).toBe('tel:+48221002030');
    const script = await call.getByRole('region', { name: 'Scenariusz rozmowy: Hurtownia Żółw sp.j.' }).innerText();
    expect(script).toContain(called.invoiceNumbers[0]);
    const items = (await call.getByRole('table', { name: 'Pozycje do omówienia: Hurtownia Żółw sp.j.' }).innerText()).replace(/[\s\u00a0\u202f]+/g, ' ');
    expect(items).toContain(called.invoiceNumbers[1]);
    expect(items).toContain('Razem do zapłaty 1680,50 zł');

    const form = call.getByRole('form', { name: 'Wynik rozmowy: Hurtownia Żółw sp.j.' });
    await form.getByRole('button', { name: 'Zapisz wynik' }).click();
    await form.getByText('Wybierz wynik rozmowy.').waitFor();
    await form.getByRole('radio', { name: 'Rozmowa – obietnica zapłaty' }).check();
    // The promise is asked for at once: all that is open on the call's invoices, no day yet.
    const promise = form.getByRole('group', { name: 'Obietnica zapłaty' });
    const amount = promise.getByLabel('Kwota');
    expect(await amount.inputValue()).toBe('1680,50');
    await form.getByLabel('Notatka').fill('Zapłacą pierwszą fakturę w piątek.');
    await form.getByRole('button', { name: 'Zapisz wynik' }).click();
    await promise.getByText('Podaj dzień, w którym pieniądze wpłyną.').waitFor();
    // Narrowed to the first invoice, the amount follows it; more than is open on it is refused in place.
    await promise.getByRole('checkbox', { name: new RegExp(called.invoiceNumbers[1]!) }).uncheck();
    expect(await amount.inputValue()).toBe('1230,00');
    await amount.fill('1300');
    await promise.getByText(/^Więcej, niż zostało do zapłaty na wybranych fakturach \(1230,00\szł\)\.$/).waitFor();
    await amount.fill('1000');
    const promisedDay = addDays(today, 3);
    await promise.getByLabel('Data zapłaty').fill(promisedDay);
    await screenshot(page, 'calls.png');
    await form.getByRole('button', { name: 'Zapisz wynik' }).click();
    const polishDay = promisedDay.split('-').reverse().join('.');
    await page
      .getByRole('status')
      .filter({ hasText: new RegExp(`^Zapisano: telefon do Hurtownia Żółw sp\\.j\\. i obietnicę zapłaty 1000,00\\szł do ${polishDay.replace(/\./g, '\\.')}\\.$`) })
      .waitFor();
    await page.getByText('Nie ma telefonów do wykonania.').waitFor();

    const [task] = await queryRows<{ status: string; outcome: string; completed_by_user_id: string }>(
      database!.db,
      sql`select status, outcome, completed_by_user_id from tasks where org_id = ${orgId} and id = ${callTask.id}`,
    );
    expect(task).toEqual({ status: 'done', outcome: 'reachedPromised', completed_by_user_id: userId });
    expect((await actionStatus(database!.db, orgId, callTask.actionId!)).status).toBe('done');
    const [entry] = await queryRows<{ summary: string; body: string }>(
      database!.db,
      sql`select summary, body from activities where org_id = ${orgId} and customer_id = ${called.customerId} and type = 'call'`,
    );
    expect(entry).toEqual({ summary: 'Call to Anna Księgowa: reached, promised to pay', body: 'Zapłacą pierwszą fakturę w piątek.' });
    const promises = await queryRows<{ promised_date: string; amount_minor: string; currency: string; invoice_ids: string[]; status: string; recorded_by_user_id: string }>(
      database!.db,
      sql`select promised_date::text, amount_minor::text, currency, invoice_ids, status, recorded_by_user_id from promises_to_pay where org_id = ${orgId} and customer_id = ${called.customerId}`,
    );
    expect(promises).toEqual([{ promised_date: promisedDay, amount_minor: '100000', currency: 'PLN', invoice_ids: [called.invoiceIds[0]], status: 'open', recorded_by_user_id: userId }]);

    // On the customer's page: the promise among the follow-up's records, the call and the promise on the timeline.
    await nav.getByRole('link', { name: 'Klienci' }).click();
    await page.getByRole('link', { name: 'Hurtownia Żółw sp.j.' }).click();
    const followUp = page.locator('section', { has: page.getByRole('heading', { name: 'Monitoring płatności' }) });
    const promisesList = followUp.locator('section', { has: page.getByRole('heading', { name: 'Obietnice zapłaty' }) });
    await promisesList.getByRole('link', { name: called.invoiceNumbers[0]! }).waitFor();
    expect(readable(await promisesList.innerText()).toLowerCase()).toContain(`${polishDay} 1000,00 zł 0,00 zł otwarta ${called.invoiceNumbers[0]!.toLowerCase()}`);
    const timeline = page.locator('section', { has: page.getByRole('heading', { name: 'Historia kontaktów' }) });
    await timeline.getByText('Call to Anna Księgowa: reached, promised to pay').waitFor();
    await timeline.getByText(`Promised 1000,00 zł by ${promisedDay} for ${called.invoiceNumbers[0]}`).waitFor();
    await screenshot(page, 'customer-promise.png');

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 60_000);
});
