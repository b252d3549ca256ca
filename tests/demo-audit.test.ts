import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '@dossier/core/sample';
import { artefact, waitForDemo } from './demo-support.ts';
import { useDemoContext } from './support/demo-context.ts';

// The demo seeds `generateArchive({ seed: 20260101, customers: 24, asOf: today })`; the same archive
// generated here tells which values must never be readable where.
const archive = generateArchive({ seed: 20_260_101, customers: 24, asOf: new Date().toISOString().slice(0, 10) });
const withMobile = archive.customers.find((c) => c.kind === 'organisation' && c.mobile)!;
// A person's resident ID number is a secret field: sealed with the page's key in IndexedDB.
const person = archive.customers.find((c) => c.kind === 'person' && 'idNumber' in c && c.idNumber) as { id: string; idNumber: string } | undefined;
const reason = '客户来电要求回拨，核对号码';

/** Every object store of a database of the page's IndexedDB, as JSON text. */
function rawDump(page: Page, name: string): Promise<string> {
  return page.evaluate(async (db) => {
    const open = indexedDB.open(db);
    const database = await new Promise<IDBDatabase>((resolve, reject) => ((open.onsuccess = () => resolve(open.result)), (open.onerror = () => reject(open.error))));
    const out: unknown[] = [];
    for (const store of [...database.objectStoreNames]) {
      const request = database.transaction(store).objectStore(store).getAll();
      out.push(await new Promise((resolve, reject) => ((request.onsuccess = () => resolve(request.result)), (request.onerror = () => reject(request.error)))));
    }
    database.close();
    return JSON.stringify(out);
  }, name);
}

const cardText = (page: Page) => page.locator('dossier-customer-card').evaluate((e) => e.shadowRoot?.textContent ?? '');

describe('demo site: confidentiality and the audit log', () => {
  const demo = useDemoContext();

  it('keeps secret fields sealed at rest, lets a call-centre agent reveal a mobile with a reason, and shows it in the audit log after a reload', async () => {
    const page = await demo.open('/?customers=24#/customers');

    // At rest: the archive holds the person's record, but not their ID number in plain text.
    expect(person).toBeDefined();
    const dump = await rawDump(page, 'dossier-demo');
    expect(dump).toContain(person!.id);
    expect(dump).not.toContain(person!.idNumber);

    // The call-centre agent sees the customer's mobile masked, reveals it with a reason.
    await page.locator('demo-app select#viewer').selectOption('call-centre');
    await page.evaluate((id) => (location.hash = `#/customers/${id}`), withMobile.id);
    await page.locator('dossier-customer-card [part=name]').waitFor();
    await expect.poll(() => cardText(page)).toContain(`${withMobile.mobile!.slice(0, 3)}****${withMobile.mobile!.slice(-4)}`);
    expect(await cardText(page)).not.toContain(withMobile.mobile!);
    await page.locator('dossier-customer-card [part=reveal-button][aria-label="显示手机"]').click();
    await page.locator('dossier-customer-card [part=reveal-form] input').fill(reason);
    await page.locator('dossier-customer-card [part=reveal-form] button[type=submit]').click();
    await expect.poll(() => cardText(page)).toContain(withMobile.mobile!);
    await artefact(page, 'demo-9-reveal');

    // A sales rep may not read the audit log: the privacy store refuses it, whatever the page.
    const log = page.locator('dossier-audit-log');
    await page.locator('demo-app select#viewer').selectOption('rep');
    await page.evaluate(() => (location.hash = '#/audit'));
    await expect.poll(() => log.evaluate((e) => e.shadowRoot?.textContent ?? '')).toContain('无权查看审计日志');
    expect(await log.locator('tbody tr').count()).toBe(0);

    // A manager reads it: the log of that customer lists the reveal (who, which field, why) and survives a reload.
    await page.locator('demo-app select#viewer').selectOption('manager');
    await page.evaluate((id) => (location.hash = `#/customers/${id}`), withMobile.id);
    await page.locator('dossier-customer-card [part=name]').waitFor();
    await page.locator('#open-audit').click();
    const revealRow = log.locator('tbody tr[data-action=reveal]');
    await revealRow.first().waitFor();
    const cells = (await revealRow.first().locator('td').allTextContents()).map((text) => text.trim());
    expect(cells[1]).toContain('呼叫中心');
    // The customer by name, never by id (issue 19).
    expect(cells[3]).toContain(withMobile.name.zh!);
    expect(cells[3]).not.toContain(withMobile.id);
    expect(cells[4]).toBe('手机');
    expect(cells[5]).toBe(reason);
    await page.reload();
    await waitForDemo(page);
    await log.locator('tbody tr[data-action=reveal]').first().waitFor();
    await expect.poll(() => log.locator('[part=title]').textContent()).toContain(withMobile.name.zh!);
    await artefact(page, 'demo-10-audit-log');
    expect(demo.pageErrors).toEqual([]);
    await page.close();
  });
});
