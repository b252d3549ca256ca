// Helpers of the demo's end-to-end tests: the Vite dev server of `pnpm start`, started in the
// test process on a free port, and waits on the demo's own state (never on fixed delays).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
export const resultsDir = fileURLToPath(new URL('../test-results/', import.meta.url));

/** Starts the demo's dev server (demo/vite.config.ts) on a free port; no HMR, so edits elsewhere never reload a test page. */
export async function startDemoServer(): Promise<{ url: string; server: ViteDevServer }> {
  const server = await createServer({
    configFile: fileURLToPath(new URL('../demo/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    server: { port: 0, strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!url) throw new Error('the demo server did not report its address');
  return { url, server };
}

/** Waits until the demo app is seeded and ready (fails fast when it reports an error). */
export async function waitForDemo(page: Page, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const state = document.querySelector('demo-app')?.dataset['state'];
      if (state === 'error') throw new Error(document.querySelector('demo-app')?.shadowRoot?.textContent ?? 'demo error');
      return state === 'ready';
    },
    undefined,
    { timeout, polling: 100 },
  );
}

/** Saves a screenshot as a test artefact under test-results/. */
export async function artefact(page: Page, name: string): Promise<void> {
  mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: `${resultsDir}${name}.png`, fullPage: false });
}

/**
 * A browser context for a demo test: its own IndexedDB, the desktop viewport, generous waits (the
 * suite also runs on busy two-core machines; every wait is on a state, never a sleep), and every
 * uncaught page error collected into `pageErrors` for the test to assert empty.
 */
export async function demoContext(browser: Browser, options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, ...options });
  context.setDefaultTimeout(60_000);
  const pageErrors: string[] = [];
  context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
  return { context, pageErrors };
}

/** How soon a demo page is usable on first open, in milliseconds from `goto`. */
export interface FirstOpen {
  /** Until the customer list shows its first row. */
  usable: number;
  /** Until that row, chosen, has opened its card. */
  opened: number;
  /** The demo's state when the first row showed (`filling`: the archive is still being written). */
  stateWhenUsable: string | undefined;
}

/** Opens `url`, waits for the list's first row, chooses it and waits for its card; times both. */
export async function timeFirstOpen(page: Page, url: string, rowTimeout?: number): Promise<FirstOpen> {
  const started = Date.now();
  await page.goto(url);
  const row = page.locator('dossier-customer-list [part~=row]').first();
  await row.waitFor(rowTimeout === undefined ? {} : { timeout: rowTimeout });
  const usable = Date.now() - started;
  const stateWhenUsable = await page.evaluate(() => document.querySelector('demo-app')?.dataset['state']);
  const name = (await row.locator('.name').first().textContent())!.trim();
  await row.click();
  await page.locator('dossier-customer-card [part=name]', { hasText: name }).waitFor();
  return { usable, opened: Date.now() - started, stateWhenUsable };
}
