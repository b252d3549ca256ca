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
      // scroll to the end: still as few rows, and the last customer is there
      listbox(el).scrollTop = listbox(el).scrollHeight;
      await stable(el);
      expect(options(el).length).to.be.lessThan(60);
      expect(el.shadowRoot!.getElementById(`row-${n - 1}`)!.getAttribute('aria-posinset')).to.equal(String(n));
      // The virtualizer renders only what is inside the viewport: make room for the next list.
      el.remove();
    }
    console.warn(`customer-list DOM rows 1k: ${counts[0]}, 100k: ${counts[1]}; first render ms 1k: ${times[0]!.toFixed(0)}, 100k: ${times[1]!.toFixed(0)}`);
    expect(counts[0]).to.be.greaterThan(0);
    expect(counts[0]).to.be.lessThan(60);
    expect(counts[1]).to.equal(counts[0]);
  });

});
