// What every browser test stands on: the web built into a work directory of its own, the
// server in front of the test's database on a free local port, one headless Chromium, and
// a person signing in through the login form in Polish.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildServer } from '../../src/http/server';
import type { Database } from '../../src/store/database';
import { buildWebInto } from './web-build';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Server = Awaited<ReturnType<typeof buildServer>>;

export type BrowserServer = {
  baseUrl: string;
  browser: Browser;
  workDir: string;
  /** Saves a full-page screenshot (into DULY_E2E_SCREENSHOTS if set) and checks it holds more than a blank page. */
  screenshot: (page: Page, name: string) => Promise<void>;
  /** Closes the browser and the server and removes the work directory. The database stays open: it is the caller's. */
  close: () => Promise<void>;
};

/**
 * Builds the web into a new work directory, serves it with the API on `database`, and
 * launches Chromium. Call it once the database holds what the test needs; the caller
 * closes the database itself, since it has to when its own setup fails before this.
 */
export async function startBrowserServer({ database, workDirPrefix }: { database: Database; workDirPrefix: string }): Promise<BrowserServer> {
  const workDir = mkdtempSync(join(tmpdir(), workDirPrefix));
  let server: Server | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    rmSync(workDir, { recursive: true, force: true });
  };
  // Nothing is returned when a step fails, so no afterAll could close what was already started.
  try {
    const webRoot = await buildWebInto(workDir);
    server = await buildServer({ database, webRoot, logger: false });
    await server.listen({ host: '127.0.0.1', port: 0 });
    const address = server.server.address();
    if (!address || typeof address === 'string') throw new Error('the server has no TCP address');
    const baseUrl = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const screenshot = async (page: Page, name: string) => {
      const path = join(process.env.DULY_E2E_SCREENSHOTS ?? workDir, name);
      await page.screenshot({ path, fullPage: true });
      expect(statSync(path).size).toBeGreaterThan(10_000);
    };
    return { baseUrl, browser, workDir, screenshot, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export type Viewport = { width: number; height: number };

export type OpenPage = {
  context: BrowserContext;
  page: Page;
  /** Uncaught errors of the page's scripts, for the test to expect none at its end. */
  pageErrors: string[];
};

/** A page in a new Polish context of the given size, not signed in. */
export async function openPage(browser: Browser, { viewport }: { viewport: Viewport }): Promise<OpenPage> {
  const context = await browser.newContext({ viewport, locale: 'pl-PL' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, pageErrors };
}

/** A page as `openPage` gives it, signed in through the login form and on the overview. */
export async function signIn(browser: Browser, baseUrl: string, { email, password, viewport }: { email: string; password: string; viewport: Viewport }): Promise<OpenPage> {
  const opened = await openPage(browser, { viewport });
  const { page } = opened;
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel(/^Hasło/).fill(password);
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  await page.getByRole('heading', { name: 'Przegląd należności' }).waitFor();
  return opened;
}
