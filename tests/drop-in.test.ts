import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '@dossier/core/sample';
import { launchChromium } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';
import { artefact } from './demo-support.ts';

// The drop-in bundle (packages/components/dist/dossier.bundle.js, built by `pnpm build`; built
// here when missing) served by a plain static file server, as a page without a build uses it.
const componentsDir = fileURLToPath(new URL('../packages/components/', import.meta.url));
const bundlePath = join(componentsDir, 'dist/dossier.bundle.js');
const fixtures = fileURLToPath(new URL('./drop-in/', import.meta.url));

/** Every tag `@dossier/components/define` registers, read from its source. */
const definedTags = [...readFileSync(join(componentsDir, 'src/define.ts'), 'utf8').matchAll(/'(dossier-[a-z-]+)':/g)].map((m) => m[1]!);

describe('drop-in bundle from a static file server', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  const dir = mkdtempSync(join(tmpdir(), 'dossier-drop-in-'));

  beforeAll(async () => {
    if (!existsSync(bundlePath)) await build({ configFile: join(componentsDir, 'vite.bundle.config.ts'), logLevel: 'warn' });
    copyFileSync(bundlePath, join(dir, 'dossier.bundle.js'));
    for (const file of readdirSync(fixtures)) copyFileSync(join(fixtures, file), join(dir, file));
    const asOf = '2026-07-01';
    const archive = generateArchive({ seed: 7, customers: 24, asOf });
    const pick = <T extends { customerId: string }>(records: T[]) => records.filter((r) => archive.customers.slice(0, 24).some((c) => c.id === r.customerId));
    writeFileSync(
      join(dir, 'data.json'),
      JSON.stringify({ asOf, customer: archive.customers, contact: pick(archive.contacts), interaction: pick(archive.interactions), transaction: archive.transactions }),
    );
    site = await serveStatic(dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<{ page: Page; errors: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${site.url}/${path}`);
    return { page, errors };
  }

  it('renders the README snippet: one <script type="module"> importing the bundle', async () => {
    const { page, errors } = await open('index.html');
    // The badge shows its grade, and the list (on IndexedDB) says it is empty.
    await page.waitForFunction(() => (document.querySelector('dossier-tier-badge')?.shadowRoot?.textContent ?? '').includes('A'));
    await page.waitForFunction(() => (document.querySelector('dossier-customer-list')?.shadowRoot?.querySelector('[part=status]')?.textContent ?? '').trim().length > 0);
    expect(await page.evaluate(() => customElements.get('dossier-customer-card') !== undefined)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders every element under script-src \'self\' and Trusted Types with zero CSP violations', async () => {
    const { page, errors } = await open('csp.html');
    await page.waitForFunction(() => document.body.dataset['ready'] === 'true', undefined, { timeout: 30_000 });
    const present = await page.evaluate(() => [...document.querySelectorAll('[data-tag]')].map((e) => e.localName));
    // Every registered element is on the page …
    expect(present.sort()).toEqual([...definedTags].filter((t) => t !== 'dossier-provider').sort());
    // … and each has rendered something into its shadow root.
    for (const tag of present) {
      await page.waitForFunction(
        (t) => {
          const element = document.querySelector(t);
          return Boolean(element?.shadowRoot && (element.shadowRoot.textContent ?? '').trim().length > 0);
        },
        tag,
        { timeout: 15_000 },
      );
    }
    await artefact(page, 'drop-in-csp');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    // Control: the watcher does see a violation when there is one (eval is refused).
    await page.locator('#control').click();
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length === 1);
    await page.close();
  });
});
