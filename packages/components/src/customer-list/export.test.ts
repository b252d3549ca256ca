import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryStore } from '@dossier/storage-adapters';
import type { DossierCustomerList } from './customer-list.js';
import { syntheticRows } from '../testing-fixtures/rows.js';
import { currentCustomer, formerCustomer, prospectCustomer, viewers } from '../testing-fixtures/archive.js';
import { eventually } from '../testing-fixtures/index.js';
import '../define.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
async function settle(el: DossierCustomerList) {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await frame();
  }
}
const lines = (text: string) => text.replace(/^\uFEFF/, '').split('\r\n');

describe('dossier-customer-list export', () => {
  it('exports the rows shown under the filter, with the shown columns, names and labels, in zh-CN', async () => {
    const el = await fixture<DossierCustomerList>(
      html`<dossier-customer-list locale="zh-CN" as-of="2026-12-07" .rows=${syntheticRows(30)} .viewer=${viewers.manager} .people=${[{ id: 'rep-1', name: '李娜' }]}></dossier-customer-list>`,
    );
    el.search = '宁波'; // rows 1, 7, 13, 19, 25
    el.stage = 'new'; // of those, i % 5 == 1: row 1
    await settle(el);
    expect(el.shownCount).to.equal(1);
    const file = await el.exportShown('csv');
    expect(file.name).to.equal('客户列表-2026-12-07.csv');
    expect(file.count).to.equal(1);
    // Row 1: 宁波贸易集团1, grade B, stage new, region 华北, owner rep-1, revenue 7,919, last purchase 2026-01-02.
    expect(lines(file.data as string)).to.deep.equal(['名称,客户等级,客户关系阶段,销售区域,负责业务员,销售额,最近购买', '宁波贸易集团1,B 类客户,新客户,华北,李娜,7919,2026-01-02']);
    expect(el.shadowRoot!.querySelector('[part=export][data-format=csv]')!.textContent!.trim()).to.equal('导出 CSV');
  });

  it('exports an Excel workbook with an English name in en', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" as-of="2026-12-07" .rows=${syntheticRows(3)} .viewer=${viewers.manager}></dossier-customer-list>`);
    await settle(el);
    const file = await el.exportShown('xlsx');
    expect(file.name).to.equal('customer-list-2026-12-07.xlsx');
    expect(file.count).to.equal(3);
    // an XLSX file is a zip: it starts with PK
    expect([...(file.data as Uint8Array).slice(0, 2)]).to.deep.equal([0x50, 0x4b]);
  });

  it('exports every matching store customer, not only the loaded ones, with current figures exact', async () => {
    const store = createMemoryStore();
    for (const c of [currentCustomer, formerCustomer, prospectCustomer]) await store.put('customer', JSON.parse(JSON.stringify(c)));
    // 600 more customers named 测试…: the list loads 500 of the 603 first
    for (let i = 0; i < 600; i++) await store.put('customer', JSON.parse(JSON.stringify({ ...currentCustomer, id: `C-9${String(i).padStart(3, '0')}`, name: { zh: `测试客户${i}` } })));
    await store.importTransactions(
      [
        { customerId: currentCustomer.id, date: '2026-11-30', amount: 0.1 },
        { customerId: currentCustomer.id, date: '2026-12-01', amount: 0.2 },
      ],
      { importId: 'b' },
    );
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" as-of="2026-12-07" .store=${store} .viewer=${viewers.manager}></dossier-customer-list>`);
    await eventually(() => el.shownCount === 500);
    const all = await el.exportShown('csv');
    expect(all.count).to.equal(603);
    const rows = lines(all.data as string);
    expect(rows.length).to.equal(604);
    // 0.1 + 0.2 written as 0.3, not 0.30000000000000004
    const west = rows.find((r) => r.startsWith('杭州西湖科技有限公司,'))!;
    expect(west.split(',').slice(-2)).to.deep.equal(['0.3', '2026-12-01']);
    el.search = '测试';
    await eventually(() => el.shownCount === 500);
    expect((await el.exportShown('csv')).count).to.equal(600);
  });
});
