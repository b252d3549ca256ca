import { describe, expect, it } from 'vitest';
import { useDemoContext } from './support/demo-context.ts';

// Issue 19: "clicking an RFM cell or a bar only outlines it (no list of those customers)". On the
// demo's reports page a bar of the composition by grade lists the customers behind it, and opens
// them in the customer list, whose own grade filter must show the same number of customers.
describe('demo site: reports drill down to customers', () => {
  const demo = useDemoContext();

  it('a grade bar lists its customers, and the list filtered by that grade shows as many', async () => {
    const page = await demo.open('/?customers=80#/reports');
    const bar = page.locator('dossier-composition-chart rect.hit').first();
    const label = (await bar.getAttribute('aria-label'))!;
    await bar.click();
    const title = page.locator('demo-reports-view #drill-title');
    await title.waitFor();
    const heading = (await title.textContent())!;
    const count = Number(/(\d+) 位客户/.exec(heading)?.[1]);
    expect(heading.startsWith(label.split(/[:：]/)[0]!.trim().slice(0, 2))).toBe(true);
    expect(count).toBeGreaterThan(0);
    expect(await page.locator('demo-reports-view .drill-list li').count()).toBe(Math.min(count, 50));
    // The focus moves to the list of customers, for keyboard and screen reader users.
    expect(await title.evaluate((e) => e === (e.getRootNode() as ShadowRoot).activeElement)).toBe(true);

    await page.locator('demo-reports-view .drill a[href^="#/customers?"]').click();
    const list = page.locator('dossier-customer-list');
    await list.locator('[part~=row]').first().waitFor();
    await page.waitForFunction(
      (n) => (document.querySelector('demo-app')?.shadowRoot?.querySelector('demo-customers-view')?.shadowRoot?.querySelector('dossier-customer-list') as { shownCount?: number } | null)?.shownCount === n,
      count,
    );
    expect(demo.pageErrors).toEqual([]);
  });
});
