import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createMemoryStore } from '@dossier/storage-adapters';
import type { DossierCustomerList } from './customer-list.js';
import type { DossierSelectEvent } from '../shared/events.js';
import { syntheticRows } from '../testing-fixtures/rows.js';
import { currentCustomer, formerCustomer, prospectCustomer, viewers } from '../testing-fixtures/archive.js';
import { axeViolations, hostile, injectedElements } from '../testing-fixtures/index.js';
import '../define.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
async function settle(el: DossierCustomerList) {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await frame();
  }
  await el.updateComplete;
}
/** Waits until the virtualizer has settled: the same number of rows for five frames in a row. */
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

describe('bisect', () => {
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
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent!.trim()).to.equal('1 of 30 customers');
  });

});
