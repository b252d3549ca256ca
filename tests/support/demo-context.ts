import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { beforeAll } from 'vitest';
import { demoContext } from '../demo-support.ts';
import { useBrowser } from './use-browser.ts';

/**
 * One browser and one demo context for a test file: launched before its tests, closed after.
 * The returned object is filled in `beforeAll`; read its fields inside the tests (`browser` for
 * a context of a test's own).
 */
export function useDemoContext(options: BrowserContextOptions = {}): {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly pageErrors: string[];
} {
  const chromium = useBrowser();
  const shared = {} as { browser: Browser; context: BrowserContext; pageErrors: string[] };
  beforeAll(async () => {
    Object.assign(shared, { browser: chromium.browser }, await demoContext(chromium.browser, options));
  });
  return shared;
}
