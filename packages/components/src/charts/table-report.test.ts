import { expect, fixture, html } from '@open-wc/testing';
import { productAnalysis, toTransactionColumns } from '@dossier/core';
import type { DossierProductReport } from '../product-report/product-report.js';
import '../define.js';

/** The texts of one column of a report's table (the product column is the row header, so td 0 is sales). */
function columnTexts(el: Element, column: number): string[] {
  return [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => row.querySelectorAll('td')[column]!.textContent!.trim());
}

/** core's product analysis of products P1, P2, … each sold once for the given amounts (yuan). */
function productsSelling(...amounts: number[]) {
  return productAnalysis(
    toTransactionColumns(amounts.map((amount, i) => ({ customerId: `c${i + 1}`, date: '2025-05-01', amount, productId: `P${i + 1}` }))),
  );
}

/** The texts of the totals row (its header first). */
function footerTexts(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('tfoot tr > *')].map((cell) => cell.textContent!.trim());
}

describe('report tables: one unit and one number of decimals per column', () => {
  // two products: ¥2,480,000.00 and ¥962,429.75 of sales
  const twoProducts = () => productsSelling(2_480_000, 962_429.75);

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

  it('writes the totals row in its columns\' unit and decimals', async () => {
    const el = await fixture<DossierProductReport>(html`<dossier-product-report .products=${twoProducts()} locale="zh-CN"></dossier-product-report>`);
    // 3,442,429.75 = 344.242975 万; the shares are 72.04 % and 27.96 %, whole to one decimal, so 100 %
    expect(footerTexts(el).slice(0, 3)).to.deep.equal(['合计', '¥344.24万', '100%']);
    el.locale = 'en';
    await el.updateComplete;
    expect(footerTexts(el).slice(0, 3)).to.deep.equal(['Total', '¥3.44M', '100%']);
  });

  it('counts the total in choosing the unit: reps below ¥1M each read in M when the total passes it', async () => {
    const products = productsSelling(600_000, 500_000);
    const el = await fixture<DossierProductReport>(html`<dossier-product-report .products=${products} locale="en"></dossier-product-report>`);
    // total 1,100,000 → ¥1.10M, so 600,000 → ¥0.60M and 500,000 → ¥0.50M
    expect(columnTexts(el, 0)).to.deep.equal(['¥0.60M', '¥0.50M']);
    expect(footerTexts(el)[1]).to.equal('¥1.10M');
  });

  it('writes the shares 59.8 %, 26.2 % and 14 % with one decimal each', async () => {
    const products = productsSelling(598, 262, 140);
    for (const locale of ['en', 'zh-CN']) {
      const el = await fixture<DossierProductReport>(html`<dossier-product-report .products=${products} locale=${locale}></dossier-product-report>`);
      expect(columnTexts(el, 1), locale).to.deep.equal(['59.8%', '26.2%', '14.0%']);
      expect(footerTexts(el)[2], locale).to.equal('100.0%');
    }
  });

  it('keeps whole shares without decimals', async () => {
    const products = productsSelling(600, 400);
    const el = await fixture<DossierProductReport>(html`<dossier-product-report .products=${products} locale="en"></dossier-product-report>`);
    expect(columnTexts(el, 1)).to.deep.equal(['60%', '40%']);
  });
});
