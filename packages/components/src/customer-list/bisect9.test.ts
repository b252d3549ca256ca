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
  it('hides revenue (confidential) from a rep on customers of others, and does not sort by it', async () => {
    const el = await fixture<DossierCustomerList>(html`<dossier-customer-list locale="en" .rows=${syntheticRows(10)} .viewer=${viewers.otherRep} sort="revenue"></dossier-customer-list>`);
    await settle(el);
    const sorts = [...el.shadowRoot!.querySelectorAll('[part=sort] option')].map((o) => (o as HTMLOptionElement).value);
    expect(sorts).not.to.include('revenue');
    // sorted by name although sort="revenue": row 4 (bjjx…) first
    expect(el.rowAt(0)!.id).to.equal('C-000004');
    const markup = el.shadowRoot!.innerHTML;
    expect(markup).not.to.contain('7,919');
    expect(markup).to.contain('rep-1');
  });

});
