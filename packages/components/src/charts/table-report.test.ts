import { expect, fixture, html } from '@open-wc/testing';
import { productAnalysis, toTransactionColumns } from '@dossier/core';
import type { DossierProductReport } from '../product-report/product-report.js';
import '../define.js';

/** The texts of one column of a report's table (the product column is the row header, so td 0 is sales). */
function columnTexts(el: Element, column: number): string[] {
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => row.querySelectorAll('td')[column]!.textContent!.trim());
}

describe('report tables: one unit and one number of decimals per column', () => {
  // two products: ¥2,480,000.00 and ¥962,429.75 of sales
  const twoProducts = () =>
    productAnalysis(
      toTransactionColumns([
        { customerId: 'c1', date: '2025-05-01', amount: 2_480_000, productId: 'P1' },
        { customerId: 'c2', date: '2025-05-02', amount: 962_429.75, productId: 'P2' },
      ]),
    );

  it('writes a column of ¥2,480,000.00 and ¥962,429.75 all in 万 in zh-CN and all in M in en, full amounts as tooltips', async () => {
    const el = await fixture<DossierProductReport>(html`<dossier-product-report .products=${twoProducts()} locale="zh-CN"></dossier-product-report>`);
    // 248.0000 万 and 96.242975 万
    expect(columnTexts(el, 0)).to.deep.equal(['¥248.00万', '¥96.24万']);
    const titles = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => row.querySelector('td [title]')?.getAttribute('title'));
    expect(titles).to.deep.equal(['¥2,480,000.00', '¥962,429.75']);
    el.locale = 'en';
    await el.updateComplete;
    // 2.48 M and 0.96242975 M: not ¥962,429.75 under ¥2.48M
    expect(columnTexts(el, 0)).to.deep.equal(['¥2.48M', '¥0.96M']);
  });

  it('writes the shares 59.8 %, 26.2 % and 14 % with one decimal each', async () => {
    const products = productAnalysis(
      toTransactionColumns([
        { customerId: 'c1', date: '2025-05-01', amount: 598, productId: 'P1' },
        { customerId: 'c2', date: '2025-05-02', amount: 262, productId: 'P2' },
        { customerId: 'c3', date: '2025-05-03', amount: 140, productId: 'P3' },
      ]),
    );
    for (const locale of ['en', 'zh-CN']) {
      const el = await fixture<DossierProductReport>(html`<dossier-product-report .products=${products} locale=${locale}></dossier-product-report>`);
      expect(columnTexts(el, 1), locale).to.deep.equal(['59.8%', '26.2%', '14.0%']);
    }
  });

  it('keeps whole shares without decimals', async () => {
    const products = productAnalysis(
      toTransactionColumns([
        { customerId: 'c1', date: '2025-05-01', amount: 600, productId: 'P1' },
        { customerId: 'c2', date: '2025-05-02', amount: 400, productId: 'P2' },
      ]),
    );
    const el = await fixture<DossierProductReport>(html`<dossier-product-report .products=${products} locale="en"></dossier-product-report>`);
    expect(columnTexts(el, 1)).to.deep.equal(['60%', '40%']);
  });
});
