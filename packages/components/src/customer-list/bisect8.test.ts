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

});
