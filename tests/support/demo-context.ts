import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { demoContext } from '../demo-support.ts';

/**
 * One browser and one demo context for a test file: launched before its tests, closed after.
 * The returned object is filled in `beforeAll`; read its fields inside the tests.
 */
export function useDemoContext(options: BrowserContextOptions = {}): { readonly context: BrowserContext; readonly pageErrors: string[] } {
  let browser: Browser | undefined;
  const shared = {} as { context: BrowserContext; pageErrors: string[] };
  beforeAll(async () => {
    browser = await launchChromium();
    Object.assign(shared, await demoContext(browser, options));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return shared;
}
