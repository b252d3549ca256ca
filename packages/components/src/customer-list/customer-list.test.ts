import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { importEncryptionKey } from '@dossier/core';
import { createMemoryAuditLog, createMemoryStore, dossierKinds, withPrivacy, type DossierRecords } from '@dossier/storage-adapters';
import type { DossierCustomerList } from './customer-list.js';
import type { DossierSelectEvent } from '../shared/events.js';
import { syntheticRows } from '../testing-fixtures/rows.js';
import { prepareRows, selectRows } from './select-rows.js';
import { currentCustomer, formerCustomer, personCustomer, prospectCustomer, viewers } from '../testing-fixtures/archive.js';
import { axeViolations, eventually, hostile, injectedElements } from '../testing-fixtures/index.js';
import '../define.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
async function settle(el: DossierCustomerList) {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await frame();
  }
  await el.updateComplete;
}
/** Waits until the list has settled after a scroll or resize: the same number of rows for five frames in a row. */
async function stable(el: DossierCustomerList) {
  let last = -1;
  let same = 0;
  for (let i = 0; i < 120 && same < 5; i++) {
    await frame();
    const count = el.shadowRoot!.querySelectorAll('[role=option]').length;
    same = count === last && count > 0 ? same + 1 : 0;
    last = count;
  }
}
const options = (el: DossierCustomerList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
const listbox = (el: DossierCustomerList) => el.shadowRoot!.querySelector<HTMLElement>('[role=listbox]')!;
const key = (el: DossierCustomerList, k: string) => listbox(el).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('dossier-customer-list', () => {
  it('has defaults and says when there are no customers', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en"></dossier-customer-list>`);
    expect(el.sort).to.equal('name');
    expect(el.direction).to.equal('asc');
    expect(el.search).to.equal('');
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('No customers.');
    expect(el.matches(':state(empty)')).to.equal(true);
  });

  it('shows the first screen of 6000 given rows in name order before sorting the rest, then sorts them all', async () => {
    const rows = syntheticRows(6000);
    // Row 1048 takes row 1018's name: a repeated name on the first screen shows where each is.
    rows[1048] = { ...rows[1048]!, displayName: rows[1018]!.displayName };
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .rows=${rows} .viewer=${viewers.manager}></dossier-customer-list>`);
    // Drawn, and the rows past the first screen not sorted yet (that waits for a frame and a task).
    expect((el as unknown as { unsorted?: unknown }).unsorted).not.to.equal(undefined);
    expect(el.rowAt(0)!.id).to.equal('C-001018');
    await stable(el);
    expect((el as unknown as { unsorted?: unknown }).unsorted).to.equal(undefined);
    // By hand: 北京 (bei) is the first city; of its rows (i ≡ 4 mod 6) 电子 (dian, i ≡ 3 mod 5) the first trade: i ≡ 28
    // mod 30, all 有限公司; their numbers in code-point order: 1018 (twice: by id), 1078, 1108, 1138, 1168, 118, 1198.
    const ids = options(el).slice(0, 8).map((o) => el.rowAt(Number(o.getAttribute('aria-posinset')) - 1)!.id);
    expect(ids).to.deep.equal(['C-001018', 'C-001048', 'C-001078', 'C-001108', 'C-001138', 'C-001168', 'C-000118', 'C-001198']);
    expect(options(el)[0]!.textContent).to.contain('北京市');
    expect(options(el)[2]!.textContent).not.to.contain('北京市');
    // Then every row, as selectRows orders them: the last is 苏州 (su) 实业 (shi) 集团 99xx…
    const full = selectRows(prepareRows(rows), {});
    expect(Array.from({ length: 6000 }, (_, i) => el.rowAt(i)!.id)).to.deep.equal(full.map((i) => rows[i]!.id));
  });

  it('keeps a constant number of DOM rows for 1k and 100k customers', async () => {
    const counts: number[] = [];
    const times: number[] = [];
    for (const n of [1_000, 100_000]) {
      const rows = syntheticRows(n);
      const start = performance.now();
      const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .rows=${rows} .viewer=${viewers.manager}></dossier-customer-list>`);
      await stable(el);
      times.push(performance.now() - start);
      counts.push(options(el).length);
      expect(el.shownCount).to.equal(n);
      expect(options(el)[0]!.getAttribute('aria-setsize')).to.equal(String(n));
      // the count is written with the locale's grouping: 共 100,000 位客户, not 共 100000 位客户
      expect(el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim()).to.equal(`共 ${n === 1_000 ? '1,000' : '100,000'} 位客户`);
      // scroll to the end: still as few rows, and the last customer is there
      listbox(el).scrollTop = listbox(el).scrollHeight;
      await stable(el);
      expect(options(el).length).to.be.lessThan(60);
      expect(el.shadowRoot!.getElementById(`row-${n - 1}`)!.getAttribute('aria-posinset')).to.equal(String(n));
      // The list renders only what is inside its viewport: make room for the next list.
      el.remove();
    }
    console.warn(`customer-list DOM rows 1k: ${counts[0]}, 100k: ${counts[1]}; first render ms 1k: ${times[0]!.toFixed(0)}, 100k: ${times[1]!.toFixed(0)}`);
    expect(counts[0]).to.be.greaterThan(0);
    expect(counts[0]).to.be.lessThan(60);
    expect(counts[1]).to.equal(counts[0]);
  });

  it('places each rendered row where its index says, all of one height', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${syntheticRows(1000)} .viewer=${viewers.manager}></dossier-customer-list>`);
    await stable(el);
    const scroller = listbox(el);
    const heights = new Set(options(el).map((o) => o.getBoundingClientRect().height));
    expect(heights.size).to.equal(1);
    const rowHeight = [...heights][0]!;
    // the spacer gives the scroller the height of all 1000 rows
    expect(scroller.scrollHeight).to.be.closeTo(1000 * rowHeight, 1);
    scroller.scrollTop = 10 * rowHeight; // row 10 at the top of the viewport
    await stable(el);
    await settle(el);
    const row10 = el.shadowRoot!.getElementById('row-10')!;
    expect(row10.getBoundingClientRect().top).to.be.closeTo(scroller.getBoundingClientRect().top, 1);
    expect(el.shadowRoot!.getElementById('row-11')!.getBoundingClientRect().top).to.be.closeTo(row10.getBoundingClientRect().bottom, 1);
    // every row of the viewport is rendered: the one at its bottom edge too
    const lastInView = Math.ceil((10 * rowHeight + scroller.clientHeight) / rowHeight) - 1;
    expect(el.shadowRoot!.getElementById(`row-${lastInView}`)).to.not.equal(null);
    // rows far above are gone
    expect(el.shadowRoot!.getElementById('row-0')).to.equal(null);
  });

  it('keeps following its scroll after being moved to another place in the page', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${syntheticRows(1000)} .viewer=${viewers.manager}></dossier-customer-list>`);
    await stable(el);
    const rowHeight = options(el)[0]!.getBoundingClientRect().height;
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    try {
      elsewhere.append(el); // disconnected, then connected again
      await stable(el);
      listbox(el).scrollTop = 500 * rowHeight;
      await stable(el);
      await settle(el);
      // Rows 500 on are drawn (row 500 at the top), the first ones are gone: the scroll was heard.
      expect(el.shadowRoot!.getElementById('row-500')!.getBoundingClientRect().top).to.be.closeTo(listbox(el).getBoundingClientRect().top, 1);
      expect(el.shadowRoot!.getElementById('row-0')).to.equal(null);
      // A taller list draws more rows: its size is observed again too.
      const before = options(el).length;
      el.style.setProperty('--dossier-list-height', '48rem');
      await stable(el);
      await settle(el);
      expect(options(el).length).to.be.greaterThan(before);
    } finally {
      elsewhere.remove();
    }
  });

  it('moves by a page with PageDown and PageUp and scrolls the active row into view', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${syntheticRows(1000)} .viewer=${viewers.manager}></dossier-customer-list>`);
    await stable(el);
    const scroller = listbox(el);
    const rowHeight = options(el)[0]!.getBoundingClientRect().height;
    // a page is the number of whole rows the viewport holds
    const page = Math.floor(scroller.clientHeight / rowHeight);
    scroller.focus();
    await settle(el);
    key(el, 'PageDown');
    await settle(el);
    expect(scroller.getAttribute('aria-activedescendant')).to.equal(`row-${page}`);
    key(el, 'PageDown');
    key(el, 'PageDown');
    await settle(el);
    // row 3 × page is fully in view: its bottom at or above the viewport's bottom
    const active = el.shadowRoot!.getElementById(`row-${3 * page}`)!;
    expect(scroller.getAttribute('aria-activedescendant')).to.equal(`row-${3 * page}`);
    expect(active.getBoundingClientRect().bottom).to.be.at.most(scroller.getBoundingClientRect().bottom + 1);
    expect(active.getBoundingClientRect().top).to.be.at.least(scroller.getBoundingClientRect().top - 1);
    key(el, 'PageUp');
    await settle(el);
    expect(scroller.getAttribute('aria-activedescendant')).to.equal(`row-${2 * page}`);
    key(el, 'Home');
    await settle(el);
    expect(scroller.scrollTop).to.equal(0);
    key(el, 'PageUp'); // already at the top: stays on row 0
    await settle(el);
    expect(scroller.getAttribute('aria-activedescendant')).to.equal('row-0');
  });

  it('goes back to the top for a new search', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${syntheticRows(1000)} .viewer=${viewers.manager}></dossier-customer-list>`);
    await stable(el);
    listbox(el).scrollTop = 5000;
    await stable(el);
    expect(el.shadowRoot!.getElementById('row-0')).to.equal(null);
    el.search = '杭州'; // i % 6 == 0: 167 of 1000
    await settle(el);
    expect(el.shownCount).to.equal(167);
    expect(listbox(el).scrollTop).to.equal(0);
    expect(options(el)[0]!.id).to.equal('row-0');
  });

  it('searches by name and pinyin initials and filters by grade, stage, owner and region', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${syntheticRows(30)} .viewer=${viewers.manager}></dossier-customer-list>`);
    const search = el.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!;
    search.value = 'hzkj';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    // hzkj: city 杭州 (i % 6 == 0) and trade 科技 (i % 5 == 0): i in {0}; 30 rows so only i = 0 (next is 30).
    expect(el.shownCount).to.equal(1);
    expect(options(el)[0]!.textContent).to.contain('杭州科技有限公司0');
    search.value = '宁波';
    search.dispatchEvent(new Event('input'));
    await settle(el);
    // 宁波: i % 6 == 1 → 1, 7, 13, 19, 25
    expect(el.shownCount).to.equal(5);
    const grade = el.shadowRoot!.querySelector<HTMLSelectElement>('[data-filter=grade]')!;
    grade.value = 'B';
    grade.dispatchEvent(new Event('change'));
    await settle(el);
    // of 1, 7, 13, 19, 25, grade B is i % 3 == 1: 1, 7, 13, 19, 25 → all; add region 华北 (i % 3 == 1): all; stage new (i % 5 == 1): 1
    expect(el.shownCount).to.equal(5);
    el.stage = 'new';
    await settle(el);
    expect(el.shownCount).to.equal(1);
    expect(el.rowAt(0)!.id).to.equal('C-000001');
    el.stage = '';
    el.owner = 'rep-0';
    await settle(el);
    // owner rep-0: i % 7 == 0 among 1, 7, 13, 19, 25 → 7
    expect(el.rowAt(0)!.id).to.equal('C-000007');
    expect(el.shownCount).to.equal(1);
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim()).to.equal('1 of 30 customers match');
  });

  it('sorts by the chosen field and direction', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${syntheticRows(10)} .viewer=${viewers.manager}></dossier-customer-list>`);
    const sort = el.shadowRoot!.querySelector<HTMLSelectElement>('[part=sort]')!;
    sort.value = 'revenue';
    sort.dispatchEvent(new Event('change'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=direction]')!.click();
    await settle(el);
    // revenue (i * 7919) % 100000 grows with i for i < 10, so descending is 9, 8, … 0
    expect(el.direction).to.equal('desc');
    expect(el.rowAt(0)!.id).to.equal('C-000009');
    expect(el.rowAt(9)!.id).to.equal('C-000000');
  });

  it('moves with the keyboard and selects with Enter and Space', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${syntheticRows(1000)} .viewer=${viewers.manager}></dossier-customer-list>`);
    await settle(el);
    listbox(el).focus();
    await settle(el);
    expect(listbox(el).getAttribute('aria-activedescendant')).to.equal('row-0');
    key(el, 'ArrowDown');
    key(el, 'ArrowDown');
    await settle(el);
    expect(listbox(el).getAttribute('aria-activedescendant')).to.equal('row-2');
    key(el, 'ArrowUp');
    await settle(el);
    expect(listbox(el).getAttribute('aria-activedescendant')).to.equal('row-1');
    setTimeout(() => key(el, 'Enter'));
    const event = (await oneEvent(el, 'dossier-select')) as DossierSelectEvent;
    expect(event.detail).to.deep.equal({ customerId: el.rowAt(1)!.id, index: 1 });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.selected).to.equal(el.rowAt(1)!.id);
    key(el, 'End');
    await settle(el);
    await settle(el);
    expect(listbox(el).getAttribute('aria-activedescendant')).to.equal('row-999');
    expect(el.shadowRoot!.getElementById('row-999')).to.not.equal(null);
    key(el, 'Home');
    await settle(el);
    await settle(el);
    expect(listbox(el).getAttribute('aria-activedescendant')).to.equal('row-0');
    setTimeout(() => key(el, ' '));
    const space = (await oneEvent(el, 'dossier-select')) as DossierSelectEvent;
    expect(space.detail.index).to.equal(0);
    await settle(el);
    expect(el.shadowRoot!.getElementById('row-0')!.getAttribute('aria-selected')).to.equal('true');
  });

  it('selects on click, and a cancelled select keeps the previous selection', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${syntheticRows(5)} .viewer=${viewers.manager}></dossier-customer-list>`);
    await settle(el);
    options(el)[2]!.click();
    expect(el.selected).to.equal(el.rowAt(2)!.id);
    const keep = el.selected;
    el.addEventListener('dossier-select', (e) => e.preventDefault(), { once: true });
    options(el)[3]!.click();
    expect(el.selected).to.equal(keep);
  });

  it('renders hostile names as inert text', async () => {
    const rows = syntheticRows(5).map((r) => ({ ...r, displayName: hostile, territory: hostile, salespersonId: hostile }));
    const el = await fixture<DossierCustomerList>(
      html`<dossier-customer-list locale="en" .rows=${rows} .viewer=${viewers.manager} .people=${[{ id: hostile, name: hostile }]}></dossier-customer-list>`,
    );
    await settle(el);
    expect(injectedElements(el.shadowRoot!)).to.equal(0);
    expect(options(el)[0]!.textContent).to.contain(hostile);
    // the hostile owner appears as a filter option, as text
    expect(el.shadowRoot!.querySelector('[data-filter=owner]')!.textContent).to.contain(hostile);
  });

  it('without a viewer shows names only: no grades, figures or internal filters', async () => {
    const rows = syntheticRows(5);
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${rows}></dossier-customer-list>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[data-filter]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('dossier-tier-badge')).to.equal(null);
    const markup = el.shadowRoot!.innerHTML;
    expect(markup).not.to.contain('rep-1');
    expect(markup).not.to.contain('7,919');
    expect(options(el)[0]!.textContent).to.contain('Restricted');
    // a grade filter set by attribute does not filter (it would reveal grades)
    el.grade = 'A';
    await settle(el);
    expect(el.shownCount).to.equal(5);
  });

  it('shows a rep the figures of their own customers only', async () => {
    const rows = syntheticRows(7); // owner of row i is rep-(i % 7): rep-0 owns row 0 only
    const rep = { ...viewers.otherRep, userId: 'rep-0', role: { ...viewers.otherRep.role, read: ['public'] as const } };
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${rows} .viewer=${rep}></dossier-customer-list>`);
    await settle(el);
    const own = options(el).find((o) => o.textContent!.includes('杭州科技有限公司0'))!;
    const other = options(el).find((o) => o.textContent!.includes('宁波贸易集团1'))!;
    expect(own.textContent).not.to.contain('Restricted');
    expect(other.textContent).to.contain('Restricted');
  });

  it('hides revenue (confidential) from a rep on customers of others, and does not sort by it', async () => {
    const el = await fixture<DossierCustomerList>(
      html`<dossier-customer-list locale="en" .rows=${syntheticRows(10)} .viewer=${viewers.otherRep} .people=${[{ id: 'rep-1', name: 'Li Na' }]} sort="revenue"></dossier-customer-list>`,
    );
    await settle(el);
    const sorts = [...el.shadowRoot!.querySelectorAll('[part=sort] option')].map((o) => (o as HTMLOptionElement).value);
    expect(sorts).not.to.include('revenue');
    // sorted by name although sort="revenue": row 4 (bjjx…) first
    expect(el.rowAt(0)!.id).to.equal('C-000004');
    const markup = el.shadowRoot!.innerHTML;
    expect(markup).not.to.contain('7,919');
    expect(markup).to.contain('Li Na');
  });

  it('speaks both locales', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .rows=${syntheticRows(3)} .viewer=${viewers.manager}></dossier-customer-list>`);
    await settle(el);
    expect(listbox(el).getAttribute('aria-label')).to.equal('客户一览表');
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim()).to.equal('共 3 位客户');
    el.locale = 'en';
    await settle(el);
    expect(listbox(el).getAttribute('aria-label')).to.equal('Customer list');
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim()).to.equal('3 customers');
  });

  it('pages through a store, searches in it and follows its changes', async () => {
    const store = createMemoryStore();
    for (const c of [currentCustomer, formerCustomer, prospectCustomer]) await store.put('customer', JSON.parse(JSON.stringify(c)));
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .store=${store} .viewer=${viewers.manager}></dossier-customer-list>`);
    const until = async (check: () => boolean) => {
      await eventually(check);
      await settle(el);
    };
    await until(() => el.shownCount === 3);
    expect(el.shownCount).to.equal(3);
    el.search = '苏州';
    await until(() => el.shownCount === 1);
    expect(el.rowAt(0)!.id).to.equal(prospectCustomer.id);
    // A search that finds nothing says so; it does not say the archive is empty.
    el.search = '没有这个客户';
    await until(() => el.shownCount === 0);
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('没有符合搜索和筛选条件的客户。');
    el.search = '';
    await until(() => el.shownCount === 3);
    // The placeholder's example is the initials of a customer the list holds: searching it finds that customer.
    const example = /如 ([a-z]+)$/.exec(el.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!.placeholder)![1]!;
    el.search = example;
    await until(() => el.shownCount > 0 && el.shownCount < 3);
    el.search = '';
    await until(() => el.shownCount === 3);
    await store.put('customer', JSON.parse(JSON.stringify({ ...currentCustomer, id: 'C-0100', name: { zh: '新客户' } })));
    await until(() => el.shownCount === 4);
    expect(el.shownCount).to.equal(4);
  });

  it('lists, searches and sorts as its viewer behind a privacy store: a hidden name is masked and never found', async () => {
    const store = withPrivacy(createMemoryStore(), { key: await importEncryptionKey(new Uint8Array(32).fill(6)), audit: createMemoryAuditLog() });
    for (const c of [currentCustomer, personCustomer]) await store.put('customer', JSON.parse(JSON.stringify(c)));
    const name = (personCustomer.name as { zh: string }).zh;
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .store=${store} .viewer=${viewers.otherRep}></dossier-customer-list>`);
    const until = async (check: () => boolean) => {
      await eventually(check);
      await settle(el);
    };
    await until(() => el.shownCount === 2);
    const names = [el.rowAt(0)!.displayName, el.rowAt(1)!.displayName];
    expect(names).to.include(`${name[0]}${'*'.repeat(name.length - 1)}`);
    expect(names).not.to.include(name);
    await eventually(() => el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim() === '共 2 位客户');
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim()).to.equal('共 2 位客户');
    el.search = name;
    await until(() => el.shownCount === 0);
    expect(el.shownCount).to.equal(0);
    // The count is what the viewer pages through: the hidden name counts for nothing.
    await eventually(() => el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim() === '2 位客户中 0 位符合条件');
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim()).to.equal('2 位客户中 0 位符合条件');
  });

  it('loads the next store page when scrolled near the end of the loaded customers', async () => {
    const store = createMemoryStore();
    // 520 customers: one page of 500, then 20 more
    for (let i = 0; i < 520; i++) {
      const id = `C-${String(1000 + i)}`;
      await store.put('customer', JSON.parse(JSON.stringify({ ...currentCustomer, id, name: { zh: `客户${String(1000 + i)}` } })));
    }
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .store=${store} .viewer=${viewers.manager}></dossier-customer-list>`);
    const until = async (check: () => boolean) => {
      await eventually(check);
      await settle(el);
    };
    await until(() => el.shownCount === 500);
    await stable(el);
    // at the top, far from row 480: no second page
    for (let i = 0; i < 10; i++) await frame();
    expect(el.shownCount).to.equal(500);
    // 500 loaded of 520: the count is the store's, not the pages'.
    const count = () => el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim();
    await eventually(() => count() === '共 520 位客户');
    expect(count()).to.equal('共 520 位客户');
    listbox(el).scrollTop = listbox(el).scrollHeight;
    await until(() => el.shownCount === 520);
    expect(el.shownCount).to.equal(520);
    expect(el.rowAt(519)!.displayName).to.equal('客户1519');
    expect(count()).to.equal('共 520 位客户');
  });

  it('puts the prefix matches of a search first in store mode, also one the store pages late', async () => {
    // Dossier's kinds: the store searches pinyin initials and orders names in pinyin.
    const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds() });
    // 510 names that contain the initials "zs" (北京中山商贸 bjzssm…), 杭州西湖 (no match), and
    // 中山医院 (zsyy: starts with "zs"), which in pinyin order (b < h < z) is the 512th: page 2.
    for (let i = 0; i < 510; i++) await store.put('customer', JSON.parse(JSON.stringify({ ...currentCustomer, id: `C-${2000 + i}`, name: { zh: `北京中山商贸${1000 + i}` } })));
    await store.put('customer', JSON.parse(JSON.stringify({ ...currentCustomer, id: 'C-0002', name: { zh: '杭州西湖科技' } })));
    await store.put('customer', JSON.parse(JSON.stringify({ ...currentCustomer, id: 'C-0001', name: { zh: '中山医院' } })));
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .store=${store} .viewer=${viewers.manager} search="zs"></dossier-customer-list>`);
    await eventually(() => el.shownCount === 511);
    await settle(el);
    const names = Array.from({ length: el.shownCount }, (_, i) => el.rowAt(i)!.displayName);
    expect(names[0]).to.equal('中山医院');
    // the others in the store's (name) order, each once
    expect(names.slice(1)).to.deep.equal(Array.from({ length: 510 }, (_, i) => `北京中山商贸${1000 + i}`));
    // 512 customers, 511 of them match zs (杭州西湖科技 does not).
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim()).to.equal('512 位客户中 511 位符合条件');
    // The export of what is shown has the same order.
    const text = String((await el.exportShown('csv')).data);
    expect(text.indexOf('中山医院')).to.be.greaterThan(0).and.lessThan(text.indexOf('北京中山商贸1000'));
  });

  it('shows revenue and last purchase from `figures` in store mode, and follows new figures', async () => {
    const store = createMemoryStore();
    for (const c of [currentCustomer, formerCustomer]) await store.put('customer', JSON.parse(JSON.stringify(c)));
    const figures = new Map([[currentCustomer.id, { revenue: 1234567.5, lastPurchase: '2026-10-03' }]]);
    const el = await fixture<DossierCustomerList>(
      html`<dossier-customer-list locale="en" .store=${store} .viewer=${viewers.manager} .figures=${figures}></dossier-customer-list>`,
    );
    await eventually(() => el.shownCount === 2);
    await stable(el);
    await settle(el);
    const cellsOf = (id: string) => {
      const index = [0, 1].find((i) => el.rowAt(i)!.id === id)!;
      const row = el.shadowRoot!.querySelector<HTMLElement>(`#row-${index}`)!;
      return { revenue: row.querySelector('.number')!.textContent!.trim(), last: row.lastElementChild!.textContent!.trim() };
    };
    // 1,234,567.5 yuan in en with the narrow ¥ symbol and two decimals; 2026-10-03 as a medium en date.
    expect(cellsOf(currentCustomer.id)).to.deep.equal({ revenue: '¥1,234,567.50', last: 'Oct 3, 2026' });
    // A customer absent from the figures keeps "—".
    expect(cellsOf(formerCustomer.id)).to.deep.equal({ revenue: '—', last: '—' });
    el.figures = new Map([[formerCustomer.id, { revenue: 800 }]]);
    await settle(el);
    expect(cellsOf(formerCustomer.id).revenue).to.equal('¥800.00');
    expect(cellsOf(currentCustomer.id)).to.deep.equal({ revenue: '—', last: '—' });
  });

  it('shows owners by name through the people directory, `names` overriding it, never by id', async () => {
    const rows = syntheticRows(8).map((r, i) => (i === 6 ? { ...r, salespersonId: '' } : r));
    const people = [
      { id: 'rep-0', name: '张伟' },
      { id: 'rep-2', name: '赵敏' },
    ];
    const el = await fixture<DossierCustomerList>(
      html`<dossier-customer-list locale="zh-CN" .rows=${rows} .viewer=${viewers.manager} .people=${people} .names=${{ 'rep-0': '王芳', 'rep-1': '李娜' }}></dossier-customer-list>`,
    );
    await stable(el);
    // Row i has owner rep-(i % 7): rep-0 is 王芳 by `names` (over the directory's 张伟), rep-1 李娜,
    // rep-2 赵敏 from the directory, rep-3 … rep-5 are in neither, row 6 has none.
    const expected: Record<string, string> = { 'rep-0': '王芳', 'rep-1': '李娜', 'rep-2': '赵敏', 'rep-3': '未知人员', 'rep-4': '未知人员', 'rep-5': '未知人员', '': '未分配' };
    const owners = options(el).map((row) => [el.rowAt(Number(row.getAttribute('aria-posinset')) - 1)!.salespersonId, row.querySelector('.c-owner')!.textContent!.trim()]);
    expect(owners.length).to.equal(8);
    for (const [id, shown] of owners) expect(shown, id).to.equal(expected[id!]);
    const filter = el.shadowRoot!.querySelector<HTMLSelectElement>('select[data-filter=owner]')!;
    expect([...filter.options].map((o) => o.textContent!.trim())).to.include.members(['王芳', '李娜', '赵敏']);
    expect(el.shadowRoot!.querySelector('[part=base]')!.textContent).not.to.match(/rep-\d/);
  });

  it('tells customers of one name apart by where they are', async () => {
    const rows = syntheticRows(3).map((row, i) => ({ ...row, displayName: i < 2 ? '广州市实验中学' : '广州市第一中学', address: ['广东省广州市天河区', '广东省广州市越秀区', '广东省广州市海珠区'][i]! }));
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="zh-CN" .rows=${rows} .viewer=${viewers.manager}></dossier-customer-list>`);
    await stable(el);
    const names = options(el).map((row) => row.querySelector('.name')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(names).to.have.members(['广州市实验中学 · 广东省广州市天河区', '广州市实验中学 · 广东省广州市越秀区', '广州市第一中学']);
  });

  it('becomes cards in a narrow container and columns under their headers in a wide one, figures never cut', async () => {
    // The largest amount and the longest zh-CN date of a year (2026年12月28日).
    const base = syntheticRows(30);
    const rows = base.map((r, i) => (i === 0 ? { ...r, figures: { ...r.figures, amount: 98_765_432.1, lastPurchase: '2026-12-28' } } : r));
    const wrap = await fixture<HTMLElement>(html`<div style="width: 320px">
      <dossier-customer-list locale="zh-CN" .rows=${rows} .viewer=${viewers.manager} sort="revenue" direction="desc"></dossier-customer-list>
    </div>`);
    const el = wrap.querySelector<DossierCustomerList>('dossier-customer-list')!;
    const header = el.shadowRoot!.querySelector<HTMLElement>('.columns')!;
    const cut = () =>
      options(el)
        .flatMap((row) => [...row.querySelectorAll<HTMLElement>(':scope > .number, :scope > .date')])
        .filter((c) => c.scrollWidth > c.clientWidth)
        .map((c) => c.textContent!.trim());
    for (const width of [320, 390]) {
      wrap.style.width = `${width}px`;
      await stable(el);
      expect(el.scrollWidth, `no sideways scroll at ${width}`).to.be.at.most(width);
      expect(getComputedStyle(header).display, `no header row at ${width}`).to.equal('none');
      const first = options(el)[0]!;
      // A card: the first customer's revenue sits below its name, with its label.
      const name = first.querySelector('.name')!.getBoundingClientRect();
      const revenue = first.querySelector('.c-revenue')!;
      expect(revenue.getBoundingClientRect().top).to.be.greaterThan(name.bottom);
      expect(getComputedStyle(revenue, '::before').content).to.equal('"销售额"');
      expect(revenue.textContent!.trim()).to.equal('¥98,765,432.10');
      expect(cut(), `cut at ${width}`).to.deep.equal([]);
      // Each card holds its three lines, and the next card starts below it (no overlap).
      expect(first.scrollHeight, `card content at ${width}`).to.be.at.most(first.clientHeight);
      expect(options(el)[1]!.getBoundingClientRect().top).to.be.at.least(first.getBoundingClientRect().bottom - 1);
    }
    wrap.style.width = '1000px';
    await stable(el);
    expect(getComputedStyle(header).display).to.equal('grid');
    const heads = [...header.children].map((e) => Math.round(e.getBoundingClientRect().left));
    const cells = [...options(el)[0]!.children].map((e) => Math.round(e.getBoundingClientRect().left));
    expect(heads).to.deep.equal(cells);
    expect(cut()).to.deep.equal([]);
  });

  it('puts the filters behind a counted disclosure on a phone, keeping the toolbar to two lines, in both locales', async () => {
    // syntheticRows: grade abcGrades[i % 3], so 14 of 40 rows are A (0, 3, …, 39).
    for (const [locale, closed, one] of [['zh-CN', '筛选', '筛选（1）'], ['en', 'Filters', 'Filters (1)']] as const) {
      const wrap = await fixture<HTMLElement>(html`<div style="width: 390px">
        <dossier-customer-list locale=${locale} .rows=${syntheticRows(40)} .viewer=${viewers.manager}></dossier-customer-list>
      </div>`);
      const el = wrap.querySelector<DossierCustomerList>('dossier-customer-list')!;
      await stable(el);
      const root = el.shadowRoot!;
      const toggle = root.querySelector<HTMLButtonElement>('[part=filters-toggle]')!;
      const filters = root.querySelector<HTMLElement>('[part=filters]')!;
      // The lines of the toolbar's visible controls (bottoms within 4 px are one line).
      const lines = () => {
        const bottoms = [...root.querySelectorAll<HTMLElement>('[part=toolbar] :is(input, select, button)')]
          .map((c) => c.getBoundingClientRect())
          .filter((r) => r.height > 0)
          .map((r) => r.bottom)
          .sort((a, b) => a - b);
        return bottoms.filter((b, i) => i === 0 || b - bottoms[i - 1]! > 4).length;
      };
      expect(lines(), `${locale} toolbar lines`).to.be.at.most(2);
      expect(el.scrollWidth).to.be.at.most(390);
      expect(toggle.textContent!.trim()).to.equal(closed);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(filters.id);
      expect(filters.getBoundingClientRect().height).to.equal(0);
      // Opened (a native button: Enter and Space work), the filters show and filter.
      toggle.focus();
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const grade = root.querySelector<HTMLSelectElement>('[data-filter=grade]')!;
      expect(grade.getBoundingClientRect().height).to.be.greaterThan(0);
      grade.value = 'A';
      grade.dispatchEvent(new Event('change'));
      await stable(el);
      expect(el.shownCount).to.equal(14);
      expect(toggle.textContent!.trim()).to.equal(one);
      // Closed again, the filter still holds.
      toggle.click();
      await stable(el);
      expect(el.shownCount).to.equal(14);
      expect(lines()).to.be.at.most(2);
      // Wide, the filters sit in the toolbar and the button is gone.
      wrap.style.width = '1440px';
      await stable(el);
      expect(getComputedStyle(toggle).display).to.equal('none');
      expect(grade.getBoundingClientRect().height).to.be.greaterThan(0);
    }
  });

  it('has no accessibility violations (light and dark, restricted rows, keyboard position)', async () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const viewer of [viewers.manager, undefined]) {
        const wrapper = await fixture<HTMLElement>(html`<div style="background:${theme === 'dark' ? '#15171c' : '#fff'}">
          <dossier-customer-list .theme=${theme} locale="zh-CN" .rows=${syntheticRows(200)} .viewer=${viewer}></dossier-customer-list>
        </div>`);
        const el = wrapper.querySelector<DossierCustomerList>('dossier-customer-list')!;
        await settle(el);
        listbox(el).focus();
        key(el, 'ArrowDown');
        await settle(el);
        expect(await axeViolations(wrapper), `${theme} ${viewer?.userId ?? 'anonymous'}`).to.deep.equal([]);
      }
    }
  });
});
