// The screenshot tour (`pnpm screenshots`): every demo page in zh-CN and en at 1440 and 390 px
// wide, into .tmp/screenshots/, for a person to look at before calling a screen done.
// Seeds a small archive once (?customers=), then switches language and width on the same page.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { startDemoServer, waitForDemo } from '../tests/demo-support.ts';

const out = fileURLToPath(new URL('../.tmp/screenshots/', import.meta.url));
const customers = Number(process.env['SCREENSHOT_CUSTOMERS'] ?? 300);
const locales = ['zh-CN', 'en'] as const;
const widths = [1440, 390] as const;
const height = (width: number) => (width < 600 ? 844 : 900);

/** The demo's pages, by hash; `customer` opens the first customer of the list. */
const pages = ['customers', 'customer', 'grading', 'reports', 'import', 'audit'] as const;

async function firstCustomerId(page: Page): Promise<string> {
  return page.evaluate(() => {
    const view = document.querySelector('demo-app')?.shadowRoot?.querySelector('demo-customers-view');
    const list = view?.shadowRoot?.querySelector('dossier-customer-list') as { rowAt(i: number): { id: string } | undefined } | null;
    return list?.rowAt(0)?.id ?? '';
  });
}

/** Waits until no element of the page says it is busy or loading (or 30 s), then a moment more. */
async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(
      // A string, not a function: tsx's name helper (__name) does not exist in the page.
      `(function busy(root) { return [...root.querySelectorAll('*')].some((e) => e.matches('[aria-busy=true], [data-state=loading], [data-state=opening], [data-state=seeding], :state(loading)') || (e.shadowRoot ? busy(e.shadowRoot) : false)); })(document) === false`,
      undefined,
      { timeout: 30_000, polling: 200 },
    )
    .catch(() => undefined);
  await page.waitForTimeout(300);
}

mkdirSync(out, { recursive: true });
const { url, server } = await startDemoServer();
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const written: string[] = [];
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.warn(`page error: ${error.message}`));
  await page.goto(`${url}/?customers=${customers}#/customers`);
  await waitForDemo(page, 600_000);
  await page.locator('dossier-customer-list [role=option]').first().waitFor();
  const customerId = await firstCustomerId(page);
  for (const locale of locales) {
    await page.evaluate((l) => localStorage.setItem('dossier-demo:locale', l), locale);
    for (const width of widths) {
      await page.setViewportSize({ width, height: height(width) });
      for (const name of pages) {
        const hash = name === 'customer' ? `#/customers/${encodeURIComponent(customerId)}` : `#/${name}`;
        // A new query each time: a change of hash alone would not reload the page (nor its language).
        await page.goto(`${url}/?customers=${customers}&shot=${locale}-${width}-${name}${hash}`);
        await waitForDemo(page);
        await settle(page);
        const file = `${out}demo-${name}-${locale}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        written.push(file);
      }
    }
  }
  console.warn(`wrote ${written.length} screenshots to ${out}`);
} finally {
  await browser.close();
  await server.close();
}
