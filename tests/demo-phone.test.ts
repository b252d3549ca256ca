import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { artefact, waitForDemo } from './demo-support.ts';
import { useDemoContext } from './support/demo-context.ts';

// Issue 19: on a phone (390 px) no demo page scrolls sideways, and in the customer list no
// amount or date is cut, on a phone (cards) as on a desktop (columns under their headers).
const customers = 120;
const phone = { width: 390, height: 844 };
const routes = ['customers', 'customer', 'grading', 'reports', 'import', 'audit'] as const;

/**
 * Elements of the page (shadow roots included) whose right edge passes the viewport's: the
 * culprits of a sideways scroll, named for the failure message. A string, so that no helper of
 * the test's compiler is needed in the page.
 */
const overflowing = `(() => {
  const out = [];
  const limit = document.documentElement.clientWidth;
  // Children of a box that clips or scrolls sideways do not widen the page: not walked.
  const walk = (root, path) => {
    for (const e of root.children) {
      const name = path + ' ' + e.localName + (e.id ? '#' + e.id : '') + (e.getAttribute('part') ? '[part=' + e.getAttribute('part') + ']' : '');
      const box = e.getBoundingClientRect();
      if (box.width > 0 && box.right > limit + 0.5) out.push({ name: name.trim(), right: Math.round(box.right) });
      if (getComputedStyle(e).overflowX !== 'visible') continue;
      if (e.shadowRoot) walk(e.shadowRoot, e.localName + ' >');
      walk(e, path);
    }
  };
  walk(document, '');
  // The widest first: the others are usually only stretched by it.
  out.sort((a, b) => b.right - a.right);
  return { scrollWidth: document.documentElement.scrollWidth, culprits: out.slice(0, 6).map((c) => c.name + ' right=' + c.right) };
})()`;

/** Every amount and date cell of the rendered rows whose text is wider than the cell. */
const cutCells = `(() => {
  const view = document.querySelector('demo-app').shadowRoot.querySelector('demo-customers-view');
  const list = view.shadowRoot.querySelector('dossier-customer-list');
  const cells = [...list.shadowRoot.querySelectorAll('[role=option] > .number, [role=option] > .date, [role=option] > .name')];
  return {
    checked: cells.filter((c) => !c.classList.contains('name')).length,
    cut: cells
      .filter((c) => !c.classList.contains('name') || !/\\S/.test(c.textContent))
      .filter((c) => c.scrollWidth > c.clientWidth + 0.5 || c.getBoundingClientRect().width === 0)
      .map((c) => c.className + ': ' + c.textContent.trim() + ' (' + c.scrollWidth + ' > ' + c.clientWidth + ')'),
  };
})()`;

/** Left edges of the list's column headers and of the first row's cells, in page pixels. */
const columnEdges = `(() => {
  const view = document.querySelector('demo-app').shadowRoot.querySelector('demo-customers-view');
  const root = view.shadowRoot.querySelector('dossier-customer-list').shadowRoot;
  const left = (e) => Math.round(e.getBoundingClientRect().left);
  const right = (e) => Math.round(e.getBoundingClientRect().right);
  const heads = [...root.querySelectorAll('.columns > span')];
  const cells = [...root.querySelector('[role=option]').children];
  return { heads: heads.map(left), cells: cells.map(left), headRights: heads.map(right), cellRights: cells.map(right) };
})()`;

const listReady = (page: Page) =>
  page.waitForFunction(() => {
    const list = document.querySelector('demo-app')?.shadowRoot?.querySelector('demo-customers-view')?.shadowRoot?.querySelector('dossier-customer-list');
    return (list?.shadowRoot?.querySelectorAll('[role=option]').length ?? 0) > 0;
  });

describe('demo site on a phone', () => {
  const demo = useDemoContext({ viewport: phone });
  const url = inject('demoUrl');

  it('no page scrolls sideways at 390 px, in Chinese and in English', async () => {
    const page = await demo.open(`/?customers=${customers}#/customers`);
    await listReady(page);
    const customerId = await page.evaluate(() => {
      const list = document.querySelector('demo-app')?.shadowRoot?.querySelector('demo-customers-view')?.shadowRoot?.querySelector('dossier-customer-list');
      return (list as unknown as { rowAt(i: number): { id: string } }).rowAt(0).id;
    });
    for (const locale of ['zh-CN', 'en']) {
      await page.evaluate((l) => localStorage.setItem('dossier-demo:locale', l), locale);
      for (const route of routes) {
        const hash = route === 'customer' ? `#/customers/${encodeURIComponent(customerId)}` : `#/${route}`;
        // A new query each time: a new hash alone would not reload the page in the new language.
        await page.goto(`${url}/?customers=${customers}&at=${locale}-${route}${hash}`);
        await waitForDemo(page);
        if (route.startsWith('customer')) await listReady(page);
        if (route === 'customer') await page.locator('dossier-customer-card [part=name]').waitFor();
        if (route === 'reports') {
          await page.waitForFunction(() => {
            const view = document.querySelector('demo-app')?.shadowRoot?.querySelector('demo-reports-view') as HTMLElement | null;
            return view?.dataset['state'] === 'ready' || view?.dataset['state'] === 'error';
          });
        }
        if (route === 'grading') {
          // Runs are named by their date and people by name, never by key (run-previous-period, system).
          const runs = page.locator('demo-grading-view tr[data-run]').first();
          await runs.waitFor();
          expect(await page.locator('demo-grading-view table').first().textContent()).not.toMatch(/run-|system/);
        }
        const found = (await page.evaluate(overflowing)) as { scrollWidth: number; culprits: string[] };
        if (found.scrollWidth > phone.width) await artefact(page, `phone-${route}-${locale}`);
        // The culprits (elements past the right edge, some inside a scroll box of their own) name
        // what to fix when the page itself is wider than the phone.
        expect({ route, locale, scrollWidth: found.scrollWidth, ...(found.scrollWidth > phone.width ? { culprits: found.culprits } : {}) }).toEqual({
          route,
          locale,
          scrollWidth: phone.width,
        });
      }
    }
    expect(demo.pageErrors).toEqual([]);
    await page.close();
  });

  it('counts the seeding with separators (1,200 customers, not 1200)', async () => {
    const fresh = await demo.browser.newContext({ viewport: phone });
    const page = await fresh.newPage();
    await page.goto(`${url}/?customers=1200#/customers`);
    const status = page.locator('demo-app .seeding [role=status]');
    await expect.poll(async () => (await status.textContent().catch(() => '')) ?? '', { timeout: 60_000 }).toMatch(/1,200/);
    await fresh.close();
  });

  it('on a phone, choosing a customer in the list brings its card into view', async () => {
    const page = await demo.open(`/?customers=${customers}#/customers`);
    await listReady(page);
    const row = page.locator('dossier-customer-list [role=option]').nth(3);
    const name = (await row.locator('.name').textContent())!.trim();
    await row.click();
    const card = page.locator('dossier-customer-card [part=name]', { hasText: name });
    await card.waitFor();
    await expect.poll(async () => (await card.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((await card.boundingBox())!.y).toBeLessThan(phone.height);
    await page.close();
  });

  it('the list shows whole amounts and dates as cards on a phone and in columns under their headers on a desktop', async () => {
    const page = await demo.open(`/?customers=${customers}#/customers`);
    await listReady(page);
    // Largest amounts first: the widest figures are in view.
    await page.locator('dossier-customer-list select[part=sort]').selectOption('revenue').catch(() => undefined);
    for (const viewport of [phone, { width: 320, height: 700 }, { width: 1440, height: 900 }, { width: 1280, height: 800 }]) {
      await page.setViewportSize(viewport);
      await page.waitForTimeout(200);
      const cells = (await page.evaluate(cutCells)) as { checked: number; cut: string[] };
      expect(cells.checked, `cells at ${viewport.width}`).toBeGreaterThan(0);
      expect(cells.cut, `cut cells at ${viewport.width}`).toEqual([]);
      const edges = (await page.evaluate(columnEdges)) as { heads: number[]; cells: number[]; headRights: number[]; cellRights: number[] };
      if (viewport.width >= 1280) {
        // Seven headers over seven cells, each starting where its cells start (± 1 px); the
        // amount column is right-aligned, so its header ends where its cells end.
        expect(edges.heads).toHaveLength(7);
        edges.heads.forEach((x, i) => expect(Math.abs(x - edges.cells[i]!), `column ${i} at ${viewport.width}`).toBeLessThanOrEqual(1));
        expect(Math.abs(edges.headRights[5]! - edges.cellRights[5]!)).toBeLessThanOrEqual(1);
      } else {
        // Cards: no header row is shown.
        expect(edges.heads.every((x, i) => x === 0 || edges.headRights[i] === 0)).toBe(true);
      }
    }
    expect(demo.pageErrors).toEqual([]);
    await page.close();
  });
});
