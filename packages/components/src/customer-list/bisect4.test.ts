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

});
