import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, inject } from 'vitest';
import { demoContext, waitForDemo } from '../demo-support.ts';
import { useBrowser } from './use-browser.ts';

/** What `useDemoContext` gives a test file. */
export interface DemoContext {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly pageErrors: string[];
  /** A new page of the demo context at `path` (after the demo server's address), once the demo is seeded and ready. */
  open(path: string): Promise<Page>;
}

/**
 * One browser and one demo context for a test file: launched before its tests, closed after.
 * The returned object is filled in `beforeAll`; read its fields inside the tests (`browser` for
 * a context of a test's own).
 */
export function useDemoContext(options: BrowserContextOptions = {}): DemoContext {
  const chromium = useBrowser();
  const shared = {
    async open(path: string): Promise<Page> {
      const page = await shared.context.newPage();
      await page.goto(`${inject('demoUrl')}${path}`);
      await waitForDemo(page);
      return page;
    },
  } as DemoContext & { browser: Browser; context: BrowserContext; pageErrors: string[] };
  beforeAll(async () => {
    Object.assign(shared, { browser: chromium.browser }, await demoContext(chromium.browser, options));
  });
  return shared;
}
