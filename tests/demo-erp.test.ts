import type { Browser } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { artefact, startDemoServer, waitForDemo } from './demo-support.ts';

// The ERP page: the same widgets on the postgres adapter (PGlite here, in memory)
// behind the HTTP handler that the demo server mounts under /api/.
describe('demo site: the ERP page over HTTP and PGlite', () => {
  let browser: Browser;
  let server: ViteDevServer;
  let url: string;
  // In memory: a fresh PGlite starts in a few seconds instead of initialising a data directory.
  const dataDir = 'memory://';

  beforeAll(async () => {
    process.env['DOSSIER_DEMO_PGLITE_DIR'] = dataDir;
    delete process.env['DATABASE_URL'];
    ({ url, server } = await startDemoServer());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    delete process.env['DOSSIER_DEMO_PGLITE_DIR'];

  });

  it('seeds through /api/ and shows the stored customers', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${url}/erp.html?customers=60#/customers`);
    await waitForDemo(page);
    await page.locator('demo-app .status-line', { hasText: 'pglite' }).waitFor();
    // 60 customers were written over HTTP into PGlite, and the list reads them back from there.
    await page.waitForFunction(() => {
      const list = document.querySelector('demo-app')?.shadowRoot?.querySelector('demo-customers-view')?.shadowRoot?.querySelector('dossier-customer-list') as
        | { shownCount?: number }
        | null;
      return list?.shownCount === 60;
    });
    const response = await page.request.get(`${url}/api/records/customer?limit=1`);
    expect(response.status()).toBe(200);
    await artefact(page, 'demo-erp');
    expect(errors).toEqual([]);
  });
});
