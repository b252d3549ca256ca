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
