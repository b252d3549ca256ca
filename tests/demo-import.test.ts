import { describe, expect, it } from 'vitest';
import { artefact } from './demo-support.ts';
import { useDemoContext } from './support/demo-context.ts';

// Two good rows and one with a mobile that is no mobile. Line 1 is the header, so the good rows
// are lines 2 and 3 and the bad one is line 4.
const good = ['苏州导入测试机电有限公司', '无锡导入测试五金有限公司'];
const badMobile = '12345';
const csv = [
  '客户名称,联系人,手机,地址',
  `${good[0]},王导入,13912345678,江苏省苏州市工业园区星湖街 1 号`,
  `${good[1]},李导入,13812345678,江苏省无锡市梁溪区中山路 2 号`,
  `常州导入测试有限公司,赵导入,${badMobile},江苏省常州市天宁区延陵路 3 号`,
].join('\r\n');

describe('demo site: importing customers from a spreadsheet', () => {
  const demo = useDemoContext();

  it('imports the good rows in one batch, reports the bad row by line, and the list finds an imported customer', async () => {
    const page = await demo.open('/?customers=24#/customers');
    await page.locator('demo-app nav a[href="#/import"]').click();
    const wizard = page.locator('dossier-import');
    await wizard.locator('input[type=file]').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await wizard.locator('[part=preview]').waitFor();
    await wizard.locator('[part=actions] button').first().click();

    // The report lists the bad row with its line number (4) and the value.
    const report = wizard.locator('[part=report]');
    await report.waitFor();
    const badRow = report.locator('tbody tr', { hasText: badMobile });
    await badRow.first().waitFor();
    const cells = await badRow.first().locator('td').allTextContents();
    expect(cells[0]).toBe('4');
    expect(cells[2]).toBe(badMobile);
    await report.getByRole('button').first().waitFor();

    // The page stored the two good rows and says so; the rejected row is pointed to the report.
    const status = page.locator('demo-import-view #import-status');
    await status.waitFor();
    // 2 good rows, none of them in the seeded archive: 2 new, 0 updated; 1 rejected.
    expect(await status.textContent()).toBe('已保存：导入 2 位客户，更新 0 位');
    expect(await page.locator('demo-import-view #import-rejected').textContent()).toMatch(/^1 行被拒绝/);
    await artefact(page, 'demo-8-import');

    // The same file again matches the two stored customers by name: nothing new, no duplicates.
    await wizard.locator('input[type=file]').setInputFiles({ name: 'customers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await wizard.locator('[part=preview]').waitFor();
    await wizard.locator('[part=actions] button').first().click();
    await expect.poll(() => status.textContent()).toMatch(/^已保存：导入 0 位客户/);

    // The customer list finds an imported customer.
    await page.locator('demo-app nav a[href="#/customers"]').click();
    const list = page.locator('dossier-customer-list');
    await list.locator('input[part=search]').fill(good[1]!);
    await list.locator('[part~=row]', { hasText: good[1]! }).first().waitFor();
    expect(await list.locator('[part~=row]', { hasText: good[1]! }).count()).toBe(1);
    expect(demo.pageErrors).toEqual([]);
    await page.close();
  });
});
