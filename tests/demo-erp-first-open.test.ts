import { describe, expect, inject, it } from 'vitest';
import { timeFirstOpen, waitForDemo } from './demo-support.ts';
import { useDemoContext } from './support/demo-context.ts';

// Issue 19, the ERP page: like the browser page it is usable as soon as the first screenful of
// customers is stored (state 'filling'), not after the whole seed. The seed goes through a store
// of its own (the demo server's trusted import, no viewer header); everything the page reads
// names its viewer, from the first request on, so nothing is read past the viewer's rights while
// the rest is written.
describe('demo site: the ERP page opens before its seed is done', () => {
  const demo = useDemoContext();
  const url = inject('demoUrl');

  it('lists and opens customers as its viewer while the archive is still being written', async () => {
    // The ERP database is shared by the test files: start empty, leave it empty.
    expect((await fetch(`${url}/demo-admin/reset`, { method: 'POST' })).status).toBe(204);
    const page = await demo.context.newPage();
    const requests: { method: string; path: string; viewer: string | undefined }[] = [];
    page.on('request', (request) => {
      const { pathname, search } = new URL(request.url());
      if (pathname.startsWith('/api/')) requests.push({ method: request.method(), path: `${pathname}${search}`, viewer: request.headers()['x-dossier-demo-viewer'] });
    });
    const { usable, opened, stateWhenUsable } = await timeFirstOpen(page, `${url}/erp.html?customers=400#/customers`, 120_000);
    expect(stateWhenUsable).toBe('filling');
    // the card opened before the seed finished: the rest was still being written
    const state = await page.evaluate(() => document.querySelector('demo-app')?.dataset['state']);
    const load = (await import('node:os')).loadavg()[0]!.toFixed(1);
    console.log(`[ERP first open] list usable after ${(usable / 1000).toFixed(1)} s, first card open after ${(opened / 1000).toFixed(1)} s, state then '${state}' (load average ${load})`);
    await waitForDemo(page);
    // The seed wrote in batches naming nobody (the server's trusted import) and asked only whether
    // a seed was there; every other read the page made — the list, the card, the runs — named the
    // page's viewer (the manager by default).
    const writes = requests.filter((r) => r.method !== 'GET');
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.filter((w) => w.viewer !== undefined)).toEqual([]);
    const reads = requests.filter((r) => r.method === 'GET');
    const unnamed = reads.filter((r) => r.viewer === undefined).map((r) => r.path);
    expect([...new Set(unnamed)].sort()).toEqual(['/api/records/customer?limit=1', '/api/records/grading-run/run-previous-period']);
    const named = reads.filter((r) => r.viewer !== undefined);
    expect(named.filter((r) => r.viewer !== 'manager')).toEqual([]);
    expect(named.filter((r) => r.path.startsWith('/api/records/customer')).length).toBeGreaterThan(0);
    // Another browser (no seed of its own in its storage) names the owners too, as the seeding one does.
    const seen = (await page.locator('dossier-customer-list [part~=row]').first().textContent())!.replace(/\s+/g, ' ').trim();
    expect(seen).not.toContain('未知人员');
    const other = await demo.browser.newContext({ viewport: { width: 1360, height: 900 } });
    try {
      const second = await other.newPage();
      await second.goto(`${url}/erp.html#/customers`);
      await waitForDemo(second);
      const first = second.locator('dossier-customer-list [part~=row]').first();
      await expect.poll(async () => (await first.textContent())!.replace(/\s+/g, ' ').trim(), { timeout: 30_000 }).toBe(seen);
    } finally {
      await other.close();
    }
    await page.close();
    expect((await fetch(`${url}/demo-admin/reset`, { method: 'POST' })).status).toBe(204);
    expect(demo.pageErrors).toEqual([]);
  });
});
