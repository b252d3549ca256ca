import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryStore } from '@dossier/storage-adapters';
import type { DossierCustomerList } from './customer-list.js';
import { currentCustomer, formerCustomer, viewers } from '../testing-fixtures/archive.js';
import { eventually } from '../testing-fixtures/index.js';
import '../define.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** The list in store mode (its revenue header is the long 近12个月销售额 / Revenue, last 12 months) in a box `width` px wide. */
async function storeList(locale: string, width: number, style = ''): Promise<DossierCustomerList> {
  const store = createMemoryStore();
  for (const c of [currentCustomer, formerCustomer]) await store.put('customer', JSON.parse(JSON.stringify(c)));
  const box = await fixture<HTMLElement>(
    html`<div style="width: ${width}px"><dossier-customer-list style=${style} locale=${locale} as-of="2026-12-07" .store=${store} .viewer=${viewers.manager}></dossier-customer-list></div>`,
  );
  const el = box.querySelector<DossierCustomerList>('dossier-customer-list')!;
  await eventually(() => el.shownCount === 2);
  for (let i = 0; i < 3; i++) await frame();
  await el.updateComplete;
  return el;
}

describe('dossier-customer-list header', () => {
  it('writes every column header whole, wrapping rather than cutting, at every width that has a header row, in zh-CN and en', async () => {
    // 740 px is just over the 52em (728 px at 14 px) below which the list is cards: the columns are at their narrowest.
    for (const locale of ['zh-CN', 'en']) {
      for (const width of [740, 900, 1100, 1400]) {
        for (const style of ['', '--dossier-font-size: 13px']) {
          const el = await storeList(locale, width, style);
          const headers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.columns > span')];
          expect(headers.length, `${locale} ${width}`).to.equal(7);
          const cut = headers.filter((h) => h.scrollWidth > h.clientWidth || h.scrollHeight > h.clientHeight).map((h) => h.textContent);
          expect(cut, `${locale} ${width} px ${style}`).to.deep.equal([]);
        }
      }
    }
  });
});
