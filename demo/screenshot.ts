// Takes the README's screenshot of the demo (docs/demo.png): serves the demo, seeds a fresh
// archive in headless Chromium, opens a customer and shoots the page.
// Run: pnpm exec tsx --conditions=@dossier/source demo/screenshot.ts
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/support/browser.ts';
import { startDemoServer, waitForDemo } from '../tests/demo-support.ts';

const out = fileURLToPath(new URL('../docs/demo.png', import.meta.url));
const { url, server } = await startDemoServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 820 }, deviceScaleFactor: 1 });
  await page.goto(`${url}/?customers=1200#/customers`);
  await waitForDemo(page);
  const list = page.locator('dossier-customer-list');
  await list.locator('input[part=search]').fill('sh');
  const row = list.locator('[part~=row]', { hasText: '上海' }).first();
  await row.click();
  await page.locator('dossier-customer-card [part=name]').waitFor();
  await page.locator('dossier-customer-card [part=explain-button]').click();
  await page.screenshot({ path: out });
  console.warn(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
