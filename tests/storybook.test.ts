import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { serveStatic } from './support/static-server.ts';

// The built Storybook (pnpm build-storybook) must load and render a story of every element.
const staticDir = fileURLToPath(new URL('../storybook-static', import.meta.url));

interface IndexEntry {
  id: string;
  title: string;
  type: 'story' | 'docs';
}

describe('built Storybook', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const entries: IndexEntry[] = existsSync(`${staticDir}/index.json`)
    ? Object.values((JSON.parse(readFileSync(`${staticDir}/index.json`, 'utf8')) as { entries: Record<string, IndexEntry> }).entries)
    : [];
  // One story per element: the first story of each component title.
  const firstStories = new Map<string, IndexEntry>();
  for (const entry of entries) {
    if (entry.type === 'story' && !firstStories.has(entry.title)) firstStories.set(entry.title, entry);
  }

  beforeAll(async () => {
    server = await serveStatic(staticDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('was built and lists stories', () => {
    expect(existsSync(`${staticDir}/index.html`)).toBe(true);
    expect(firstStories.size).toBeGreaterThan(0);
  });

  // Each story may take up to its 20 s render wait: the time budget grows with the elements.
  it('renders a story of every element without errors', async () => {
    const failures: string[] = [];
    for (const story of firstStories.values()) {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`);
      const rendered = await page
        .waitForFunction(
          () => {
            const root = document.querySelector('#storybook-root');
            const element = root?.querySelector('*');
            if (!element) return false;
            const custom = [element, ...element.querySelectorAll('*')].find((e) => e.tagName.startsWith('DOSSIER-'));
            return Boolean(custom?.shadowRoot && custom.shadowRoot.childNodes.length > 0);
          },
          undefined,
          { timeout: 20_000 },
        )
        .then(() => true)
        .catch(() => false);
      if (!rendered) failures.push(`${story.id}: no dossier-* element rendered`);
      if (errors.length) failures.push(`${story.id}: ${errors.join('; ')}`);
      await page.close();
    }
    expect(failures).toEqual([]);
  }, 30_000 + 25_000 * Math.max(1, firstStories.size));
});
