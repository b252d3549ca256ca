import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveStatic } from './static-server.ts';

/**
 * One Chromium for a test file (or a describe block): launched before its tests, closed after.
 * The returned object is filled in `beforeAll`; read `browser` inside the tests.
 */
export function useBrowser(): { readonly browser: Browser } {
  const shared = {} as { browser: Browser };
  beforeAll(async () => {
    shared.browser = await launchChromium();
  });
  afterAll(async () => {
    await shared.browser?.close();
  });
  return shared;
}

/**
 * A folder served by a plain static file server on a free port for a test file: started before
 * its tests, closed after. Read `url` inside the tests.
 */
export function useStaticServer(root: string): { readonly url: string } {
  const shared = {} as { url: string; close?: () => Promise<void> };
  beforeAll(async () => {
    Object.assign(shared, await serveStatic(root));
  });
  afterAll(async () => {
    await shared.close?.();
  });
  return shared;
}
