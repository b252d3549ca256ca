import { describe, expect, inject, it } from 'vitest';
import { artefact } from './demo-support.ts';
import { useDemoContext } from './support/demo-context.ts';

// The ERP page: the same widgets on the postgres adapter (PGlite in memory here, see demo-server.global.ts)
// behind the HTTP handler that the demo server mounts under /api/.
describe('demo site: the ERP page over HTTP and PGlite', () => {
  const demo = useDemoContext();
  const url = inject('demoUrl');

  it('seeds through /api/ and shows the stored customers', async () => {
    const page = await demo.open('/erp.html?customers=60#/customers');
    await page.locator('demo-app .status-line', { hasText: 'pglite' }).waitFor();
    // 60 customers were written over HTTP into PGlite, and the list reads them back from there.
    await page.waitForFunction(() => {
      const list = document.querySelector('demo-app')?.shadowRoot?.querySelector('demo-customers-view')?.shadowRoot?.querySelector('dossier-customer-list') as
        | { shownCount?: number }
        | null;
      return list?.shownCount === 60;
    });
    const response = await page.request.get(`${url}/api/records/customer?limit=1`);
    expect(response.status()).toBe(200);

    // The server masks for the viewer the page names: a sales rep gets no other rep's customer's
    // mobile and nobody's ID number over the wire. (A request naming no viewer is the page seeding,
    // trusted: it shows what the rep must not get.)
    const all = (await (await page.request.get(`${url}/api/records/customer?limit=500`)).json()) as { items: { value: Record<string, unknown> }[] };
    const secrets = all.items
      .map((item) => item.value)
      .flatMap((c) => [c['idNumber'], c['salespersonId'] !== 'R001' ? c['mobile'] : undefined])
      .filter((v): v is string => typeof v === 'string');
    expect(secrets.length).toBeGreaterThan(0);
    const asRep = await page.request.get(`${url}/api/records/customer?limit=500`, { headers: { 'x-dossier-demo-viewer': 'rep' } });
    const repText = await asRep.text();
    for (const secret of secrets) expect(repText).not.toContain(secret);
    expect(repText).toMatch(/1\d\d\*\*\*\*\d{4}/);
    // The page's viewer switch does the same, and the audit log (managers only) is served too.
    await page.locator('demo-app select#viewer').selectOption('rep');
    await page.locator('demo-app select#viewer').selectOption('manager');
    const audit = await page.request.get(`${url}/demo-admin/audit`, { headers: { 'x-dossier-demo-viewer': 'manager' } });
    expect(audit.status()).toBe(200);
    expect(((await audit.json()) as unknown[]).length).toBeGreaterThan(0);
    expect((await page.request.get(`${url}/demo-admin/audit`, { headers: { 'x-dossier-demo-viewer': 'rep' } })).status()).toBe(403);
    // A viewer's write is authored by that viewer whatever the body says, and a malformed request
    // is a 4xx that names the parameter, in the language asked for.
    const mine = all.items.map((item) => item.value).find((c) => c['salespersonId'] === 'R001')!;
    const current = (await (await page.request.get(`${url}/api/records/customer/${encodeURIComponent(String(mine['id']))}`, { headers: { 'x-dossier-demo-viewer': 'rep' } })).json()) as {
      record: { rev: number; value: Record<string, unknown> };
    };
    const put = await page.request.put(`${url}/api/records/customer/${encodeURIComponent(String(mine['id']))}`, {
      headers: { 'x-dossier-demo-viewer': 'rep', 'content-type': 'application/json' },
      data: { value: { ...current.record.value, tags: ['重点'] }, baseRev: current.record.rev, by: 'M001' },
    });
    expect(put.status()).toBe(200);
    expect(((await put.json()) as { record: { by: string } }).record.by).toBe('R001');
    const bad = await page.request.get(`${url}/api/figures?asOf=2026-13-01`, { headers: { 'x-dossier-demo-viewer': 'manager', 'accept-language': 'zh-CN' } });
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/^查询条件无效：asOf/);
    await artefact(page, 'demo-erp');
    expect(demo.pageErrors).toEqual([]);
  });
});
