import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { artefact, waitForDemo } from './demo-support.ts';

// The ERP page: the same widgets on the postgres adapter (PGlite in memory here, see demo-server.global.ts)
// behind the HTTP handler that the demo server mounts under /api/.
describe('demo site: the ERP page over HTTP and PGlite', () => {
  let browser: Browser;
  const url = inject('demoUrl');

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('seeds through /api/ and shows the stored customers', async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(60_000);
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
