import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryStore, type Store } from '@dossier/storage-adapters';
import type { DossierCustomerList } from './customer-list.js';
import type { ListRow } from './select-rows.js';
import { syntheticRows } from '../testing-fixtures/rows.js';
import { currentCustomer, viewers } from '../testing-fixtures/archive.js';
import { eventually } from '../testing-fixtures/index.js';
import '../define.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
async function settle(el: DossierCustomerList) {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await frame();
  }
}
const count = (el: DossierCustomerList) => el.shadowRoot!.querySelector('[part=count]')!.textContent!.replace(/\s+/g, ' ').trim();
/** Waits for the count line to say `text` (up to `eventually`'s timeout), then asserts it does. */
async function countBecomes(el: DossierCustomerList, text: string) {
  await eventually(() => count(el) === text);
  expect(count(el)).to.equal(text);
}
/** The store as one written against the contract before `count`. */
const withoutCount = (store: Store): Store => ({ ...store, count: undefined });
const listbox = (el: DossierCustomerList) => el.shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!;
const ids = (el: DossierCustomerList) => Array.from({ length: el.shownCount }, (_, i) => el.rowAt(i)!.id).sort();
const choose = async (el: DossierCustomerList, filter: string, value: string) => {
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`select[data-filter=${filter}]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settle(el);
};
const optionTexts = (el: DossierCustomerList, filter: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>(`select[data-filter=${filter}] option`)].map((o) => o.textContent!.trim());
const labelOf = (el: DossierCustomerList, filter: string) =>
  [...el.shadowRoot!.querySelector(`select[data-filter=${filter}]`)!.closest('label')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!.textContent!.trim();

describe('dossier-customer-list funnel, intent and verification filters', () => {
  // Row i: funnel stage by i % 3, intent by i % 4, verified when i is even (row 5 has no source: not verified).
  const funnel = ['undifferentiated', 'qualified', 'key-account'];
  const rows: ListRow[] = syntheticRows(6).map((r, i) => ({ ...r, funnelStage: funnel[i % 3], leadIntent: 'ABCD'[i % 4], ...(i === 5 ? {} : { verified: i % 2 === 0 }) }));

  it('filters given rows, with labels from core in zh-CN', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .rows=${rows} .viewer=${viewers.manager}></dossier-customer-list>`);
    await settle(el);
    expect(labelOf(el, 'funnel')).to.equal('客户开发阶段');
    expect(optionTexts(el, 'funnel')).to.deep.equal(['全部', '无差别客户', '合格客户', '大客户']);
    expect(labelOf(el, 'intent')).to.equal('意向等级');
    expect(optionTexts(el, 'intent')).to.deep.equal(['全部', 'A 类意向', 'B 类意向', 'C 类意向', 'D 类意向']);
    expect(labelOf(el, 'verification')).to.equal('核实情况');
    expect(optionTexts(el, 'verification')).to.deep.equal(['全部', '未核实', '已核实']);
    // unverified: rows 1, 3 (verified false) and 5 (no source)
    await choose(el, 'verification', 'unverified');
    expect(ids(el)).to.deep.equal(['C-000001', 'C-000003', 'C-000005']);
    // and qualified (i % 3 == 1): rows 1 only (4 is verified)
    await choose(el, 'funnel', 'qualified');
    expect(ids(el)).to.deep.equal(['C-000001']);
    await choose(el, 'verification', '');
    await choose(el, 'funnel', '');
    // intent A: i % 4 == 0 → rows 0 and 4
    await choose(el, 'intent', 'A');
    expect(ids(el)).to.deep.equal(['C-000000', 'C-000004']);
  });

  it('speaks English', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${rows} .viewer=${viewers.manager}></dossier-customer-list>`);
    await settle(el);
    expect(labelOf(el, 'funnel')).to.equal('Funnel stage');
    expect(optionTexts(el, 'verification')).to.deep.equal(['All', 'Not verified', 'Verified']);
    expect(optionTexts(el, 'intent')[1]).to.equal('Intent A');
  });

  it('filters store customers by their stored funnel stage, intent and source', async () => {
    const store = createMemoryStore();
    const source = (verified: boolean) => ({ channel: 'web-search', verified, collectedAt: '2026-01-05T02:00:00.000Z', collectedBy: 'rep-1' });
    const customers = [
      { ...currentCustomer, id: 'C-1', name: { zh: '甲公司' }, funnelStage: 'qualified', leadIntent: 'A', source: source(true) },
      { ...currentCustomer, id: 'C-2', name: { zh: '乙公司' }, funnelStage: 'qualified', leadIntent: 'B', source: source(false) },
      { ...currentCustomer, id: 'C-3', name: { zh: '丙公司' }, funnelStage: 'key-account', leadIntent: 'A' },
    ];
    for (const c of customers) await store.put('customer', JSON.parse(JSON.stringify(c)));
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .store=${store} .viewer=${viewers.manager}></dossier-customer-list>`);
    await eventually(() => el.shownCount === 3);
    el.verification = 'unverified';
    await eventually(() => el.shownCount === 2);
    expect(ids(el)).to.deep.equal(['C-2', 'C-3']);
    el.verification = '';
    el.funnel = 'qualified';
    el.intent = 'A';
    await eventually(() => el.shownCount === 1);
    expect(ids(el)).to.deep.equal(['C-1']);
  });

  it('says how many of the loaded store customers match a filter it applies itself, not only how many are loaded', async () => {
    const store = createMemoryStore();
    const source = { channel: 'web-search', verified: true, collectedAt: '2026-01-05T02:00:00.000Z', collectedBy: 'rep-1' };
    // 1,100 customers; every tenth (i % 10 == 0) has no verified source.
    for (let i = 0; i < 1100; i++) {
      const id = `C-${String(1000 + i)}`;
      await store.put('customer', JSON.parse(JSON.stringify({ ...currentCustomer, id, name: { zh: `客户${1000 + i}` }, ...(i % 10 === 0 ? {} : { source }) })));
    }
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .store=${store} .viewer=${viewers.manager} verification="unverified"></dossier-customer-list>`);
    // the first page of 500 (客户1000 … 客户1499) holds 50 of them
    await eventually(() => el.shownCount === 50);
    await settle(el);
    // The store counts all 1,100; the verification filter runs on the pages loaded, so of those.
    await eventually(() => count(el).startsWith('共'));
    expect(count(el)).to.equal('共 1,100 位客户：已加载 500 位，其中 50 位符合条件，滚动加载更多');
    // A store written against the contract before count: how many are loaded, and no more.
    const older = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .store=${withoutCount(store)} .viewer=${viewers.manager} verification="unverified"></dossier-customer-list>`);
    await eventually(() => older.shownCount === 50);
    await settle(older);
    expect(count(older)).to.equal('已加载 500 位客户，其中 50 位符合条件，滚动加载更多');
  });
});

describe('dossier-customer-list store counts', () => {
  // 2,500 customers 客户1000 … 客户3499; grade A when i % 50 == 0 (50 of them), else C.
  const archive = async () => {
    const store = createMemoryStore();
    const ops = Array.from({ length: 2500 }, (_, i) => ({
      op: 'put' as const,
      kind: 'customer' as const,
      value: JSON.parse(JSON.stringify({ ...currentCustomer, id: `C-${1000 + i}`, name: { zh: `客户${1000 + i}` }, grade: { current: i % 50 === 0 ? 'A' : 'C', provisional: false } })),
    }));
    expect((await store.batch(ops)).ok).to.equal(true);
    return store;
  };

  it('shows the true total at once, with separators, and how many match a store filter or search, in both locales', async () => {
    const store = await archive();
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .store=${store} .viewer=${viewers.manager}></dossier-customer-list>`);
    await eventually(() => el.shownCount === 500);
    // Only the first page is loaded, yet the count is every customer.
    await countBecomes(el, '共 2,500 位客户');
    expect(el.shownCount).to.equal(500);
    el.grade = 'A';
    await countBecomes(el, '2,500 位客户中 50 位符合条件');
    expect(el.shownCount).to.equal(50);
    // 客户1100 … 客户1199 contain 客户11; of them grade A: i = 100 and 150.
    el.search = '客户11';
    await countBecomes(el, '2,500 位客户中 2 位符合条件');
    el.grade = '';
    await countBecomes(el, '2,500 位客户中 100 位符合条件');
    el.locale = 'en';
    await countBecomes(el, '100 of 2,500 customers match');
    el.search = '';
    await countBecomes(el, '2,500 customers');
    // A new customer and a removed one: counted again from the change feed.
    await store.put('customer', JSON.parse(JSON.stringify({ ...currentCustomer, id: 'C-9999', name: { zh: '新客户' } })));
    await countBecomes(el, '2,501 customers');
    await store.remove('customer', 'C-1000');
    await store.remove('customer', 'C-1001');
    await countBecomes(el, '2,499 customers');
  });

  it('keeps a count that answers after the next page started loading', async () => {
    const store = await archive();
    // The count answers only once the list asked for its second page (a slow count, a fast scroll).
    let secondPage: () => void = () => {};
    const asked = new Promise<void>((resolve) => (secondPage = resolve));
    const slow: Store = {
      ...store,
      list: (kind, query) => {
        if (query?.cursor !== undefined) secondPage();
        return store.list(kind, query);
      },
      count: async (kind, query) => {
        await asked;
        return store.count!(kind, query);
      },
    };
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .store=${slow} .viewer=${viewers.manager}></dossier-customer-list>`);
    await eventually(() => el.shownCount === 500);
    await settle(el);
    listbox(el).scrollTop = listbox(el).scrollHeight;
    await eventually(() => el.shownCount === 1000);
    await countBecomes(el, '共 2,500 位客户');
  });

  it('shows a count while customers keep changing faster than it takes to count them', async () => {
    const store = await archive();
    // Every count takes 300 ms; a customer is written every 50 ms (each write loads the first page again).
    const slow: Store = { ...store, count: async (kind, query) => {
      const n = await store.count!(kind, query);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return n;
    } };
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .store=${slow} .viewer=${viewers.manager}></dossier-customer-list>`);
    await eventually(() => el.shownCount === 500);
    const seen = new Set<string>();
    for (let i = 0; i < 30; i++) {
      await store.put('customer', JSON.parse(JSON.stringify({ ...currentCustomer, id: `C-9${String(i).padStart(3, '0')}`, name: { zh: `新客户${i}` } })));
      await new Promise((resolve) => setTimeout(resolve, 50));
      seen.add(count(el));
    }
    // While the writes went on, some count of 2,500 and more was shown (not only "loaded so far").
    expect([...seen].some((line) => /^共 2,5\d\d 位客户$/.test(line)), [...seen].join(' | ')).to.equal(true);
    await countBecomes(el, '共 2,530 位客户');
  });

  it('says how many are loaded when the store has no count, and when the count fails', async () => {
    const store = await archive();
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .store=${withoutCount(store)} .viewer=${viewers.manager}></dossier-customer-list>`);
    await eventually(() => el.shownCount === 500);
    await settle(el);
    expect(count(el)).to.equal('已加载 500 位客户，滚动加载更多');
    const failing = { ...store, count: () => Promise.reject(new Error('count failed')) };
    const other = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .store=${failing} .viewer=${viewers.manager}></dossier-customer-list>`);
    await eventually(() => other.shownCount === 500);
    await settle(other);
    expect(count(other)).to.equal('已加载 500 位客户，滚动加载更多');
  });
});
