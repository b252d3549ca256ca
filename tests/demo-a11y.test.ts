import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDemoContext } from './support/demo-context.ts';

// Issue 19: axe finds nothing on any demo page, in zh-CN and en, with every rule on (the page is
// a page: one <h1>, every content in a landmark, landmarks told apart by their names), and the
// skip link takes the keyboard to the content.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const routes = ['agenda', 'customers', 'grading', 'reports', 'import', 'audit'] as const;

/** Violations of every axe rule, moderate and above, named for the failure message. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations
      .filter((v) => v.impact !== 'minor')
      .map((v) => v.impact + ' ' + v.id + ': ' + v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(' ')))`,
  );
}

/** Waits until no element of the page says it is loading (the reports compute after opening). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    `(function busy(root) { return [...root.querySelectorAll('*')].some((e) => e.matches('[aria-busy=true], :state(loading)') || (e.shadowRoot ? busy(e.shadowRoot) : false)); })(document) === false`,
    undefined,
    { polling: 200 },
  );
}

describe('demo site: accessibility of every page', () => {
  const demo = useDemoContext();

  it('axe finds no moderate, serious or critical violation on any page, in zh-CN and en', async () => {
    const page = await demo.open('/?customers=60#/customers');
    const found: Record<string, string[]> = {};
    for (const locale of ['zh-CN', 'en'] as const) {
      await page.locator('demo-app select#locale').selectOption(locale);
      for (const route of routes) {
        // Through the navigation, as a person goes: no reload.
        await page.evaluate((hash) => (location.hash = hash), `#/${route}`);
        await settled(page);
        const list = await violations(page);
        if (list.length) found[`${locale} ${route}`] = list;
      }
    }
    expect(found).toEqual({});
    expect(demo.pageErrors).toEqual([]);
  }, 300_000);

  it('has one level-one heading, and the skip link moves the focus to the content', async () => {
    const page = await demo.open('/?customers=60#/customers');
    expect(await page.locator('demo-app h1').count()).toBe(1);
    await page.keyboard.press('Tab');
    const skip = page.locator('demo-app header .skip');
    expect(await skip.evaluate((e) => e === (e.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('demo-app main').evaluate((e) => e === (e.getRootNode() as ShadowRoot).activeElement)).toBe(true);
  });
});
