import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startErpServer } from '../demo/erp-server/server.ts';
import { launchChromium } from './support/browser.ts';

// The reference ERP server (demo/erp-server) end to end: its own sign-in in front of Dossier's
// handler, roles from its users table, the elements on its page over the session cookie.
describe('reference ERP server: sign-in, roles and the elements', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startErpServer>>;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startErpServer({ dataDir: 'memory://' })]);
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  async function signIn(page: Page, login: string, password: string): Promise<void> {
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill(password);
    await page.locator('button[type=submit]').click();
    await page.waitForURL(`${server.url}/`);
  }

  const listed = (page: Page) =>
    page.waitForFunction(() => (document.querySelector('dossier-customer-list') as { shownCount?: number } | null)?.shownCount === 2);

  it('answers every API request without a session with 401, forged viewer headers or not', async () => {
    const bare = await fetch(`${server.url}/api/dossier/records/customer`, { headers: { 'x-dossier-demo-viewer': 'manager', 'x-user': 'M001', cookie: 'erp_sid=forged' } });
    expect(bare.status).toBe(401);
    const wrong = await fetch(`${server.url}/login`, { method: 'POST', body: 'login=rep1&password=nope', headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    expect(wrong.headers.get('location')).toBe('/login?failed');
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('signs a sales rep in: the list shows both customers, the other rep’s masked on the wire', async () => {
    const page = await browser.newPage({ locale: 'zh-CN', extraHTTPHeaders: { 'accept-language': 'zh-CN' } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(page, 'rep1', 'rep1-2026');
    await listed(page);
    expect(await page.locator('#user').textContent()).toBe('李业务');
    // The page's requests carry the session cookie; the server masks for the rep.
    const other = (await (await page.request.get(`${server.url}/api/dossier/records/customer/C-1002`)).json()) as { record: { value: Record<string, unknown> } };
    expect(other.record.value['mobile']).toBe('138****1234');
    const own = (await (await page.request.get(`${server.url}/api/dossier/records/customer/C-1001`)).json()) as { record: { value: Record<string, unknown> } };
    expect(own.record.value['mobile']).toBe('13911112222');
    // A write is authored by the signed-in rep, whatever the body says.
    const put = await page.request.put(`${server.url}/api/dossier/records/customer/C-1001`, {
      data: { value: { ...own.record.value, tags: ['重点'] }, by: 'M001' },
    });
    expect(put.status()).toBe(200);
    expect(((await put.json()) as { record: { by: string } }).record.by).toBe('R001');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a manager the mobile unmasked', async () => {
    const page = await browser.newPage();
    await signIn(page, 'manager', 'manager-2026');
    await listed(page);
    const other = (await (await page.request.get(`${server.url}/api/dossier/records/customer/C-1002`)).json()) as { record: { value: Record<string, unknown> } };
    expect(other.record.value['mobile']).toBe('13812341234');
    await page.close();
  });

  it('sends the page to sign in when the session ends, and signing out ends it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'rep2', 'rep2-2026');
    await listed(page);
    // The session cookie goes (expired, or cleared): the next store call answers 401, the card
    // fires dossier-unauthenticated and the page's handler goes to /login.
    await context.clearCookies();
    await page.evaluate(() => {
      (document.querySelector('dossier-customer-card') as HTMLElement & { customerId?: string }).customerId = 'C-1002';
    });
    await page.waitForURL(`${server.url}/login`);
    // Signing out deletes the session on the server: its cookie opens nothing any more.
    await signIn(page, 'rep2', 'rep2-2026');
    const cookie = (await context.cookies()).find((c) => c.name === 'erp_sid')!;
    await page.locator('form[action="/logout"] button').click();
    await page.waitForURL(`${server.url}/login`);
    const after = await fetch(`${server.url}/api/dossier/records/customer`, { headers: { cookie: `erp_sid=${cookie.value}` } });
    expect(after.status).toBe(401);
    await context.close();
  });
});
