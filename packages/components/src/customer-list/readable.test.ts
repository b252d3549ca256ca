import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryStore } from '@dossier/storage-adapters';
import type { DossierCustomerList } from './customer-list.js';
import { currentCustomer, formerCustomer, viewers } from '../testing-fixtures/archive.js';
import { eventually, smallTexts } from '../testing-fixtures/index.js';
import '../define.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** The list in store mode (its revenue header is the long 近 12 个月销售额 / Revenue, last 12 months) in a box `width` px wide. */
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

  it('writes every text at 12 px or more, wide and as cards with the filters open, also under a page\'s 13 px base', async () => {
    for (const locale of ['zh-CN', 'en']) {
      for (const width of [1400, 390]) {
        for (const style of ['', '--dossier-font-size: 13px']) {
          const el = await storeList(locale, width, style);
          const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=filters-toggle]')!;
          if (width === 390) {
            toggle.click();
            await el.updateComplete;
          }
          // The filters are shown (in the toolbar, or opened behind the button): their labels are measured.
          expect(el.shadowRoot!.querySelector('[data-filter=grade]')!.getClientRects().length, `${locale} ${width}`).to.equal(1);
          expect(smallTexts(el.shadowRoot!), `${locale} ${width} px ${style}`).to.deep.equal([]);
          // The cards' labels (销售额 above the amount) are drawn by ::before, which smallTexts does not see.
          if (width === 390) {
            const label = getComputedStyle(el.shadowRoot!.querySelector('.c-revenue')!, '::before');
            expect(parseFloat(label.fontSize), `${locale} card label ${style}`).to.be.at.least(12);
          }
        }
      }
    }
  });
});
