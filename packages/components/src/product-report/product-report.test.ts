import { expect, fixture, html } from '@open-wc/testing';
import { metricLabel, productAnalysis, toTransactionColumns, type ProductAnalysisResult } from '@dossier/core';
import type { DossierProductReport } from './product-report.js';
import { axeViolations, hostile, injectedElements } from '../testing-fixtures/index.js';
import { keyboardSorts } from '../charts/chart-testing.js';
import '../define.js';

// P1: sales 1000, cost 600 → margin 400, rate 40 %, inventory 300 → turnover 600/300 = 2,
//     cross 0.4 × 2 = 0.8, sales share 1000/1500 = 2/3 → contribution 0.8 × 2/3 ≈ 0.533.
// P2: sales 500, cost 400 → margin 100, rate 20 %, inventory 100 → turnover 4, cross 0.8,
//     share 1/3 → contribution ≈ 0.267. Totals: sales 1500, cost 1000, margin 500, rate 33.3 %.
const products = (): ProductAnalysisResult =>
  productAnalysis(
    toTransactionColumns([
      { customerId: 'c1', date: '2025-05-01', amount: 1000, cost: 600, productId: 'P1' },
      { customerId: 'c2', date: '2025-05-02', amount: 500, cost: 400, productId: 'P2' },
    ]),
    { averageInventory: { P1: 300, P2: 100 } },
  );

const bodyRows = (el: Element) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

describe('dossier-product-report', () => {
  // defined, empty, loading, error, both locales and axe: the report element suite (charts/report-element.test.ts)
  it('has its own defaults', async () => {
    const el = await fixture<DossierProductReport>(html`<dossier-product-report locale="en"></dossier-product-report>`);
    expect(el.products).to.equal(undefined);
    expect(el.names).to.deep.equal({});
    expect(el.label).to.equal(undefined);
    expect(el.sort).to.equal(undefined);
  });

  it('writes money in its currency and takes a caption', async () => {
    const el = await fixture<DossierProductReport>(html`<dossier-product-report .products=${products()} currency="EUR" label="Flanges" locale="en"></dossier-product-report>`);
    expect(bodyRows(el)[0]!.slice(0, 2)).to.deep.equal(['P1', '€1,000.00']);
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Flanges');
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal('Flanges');
  });

  it('shows the hand-computed margin, turnover, cross and contribution ratios with totals', async () => {
    const el = await fixture<DossierProductReport>(
      html`<dossier-product-report .products=${products()} .names=${{ P1: '不锈钢法兰' }} locale="en"></dossier-product-report>`,
    );
    expect(bodyRows(el)).to.deep.equal([
      ['不锈钢法兰', '¥1,000.00', '66.7%', '¥600.00', '¥400.00', '40.0%', '¥300.00', '2', '0.8', '0.533'],
      ['P2', '¥500.00', '33.3%', '¥400.00', '¥100.00', '20.0%', '¥100.00', '4', '0.8', '0.267'],
    ]);
    const footer = [...el.shadowRoot!.querySelectorAll('tfoot tr > *')].map((c) => c.textContent!.trim());
    // a column is written alike, its total included: 40.0 % above 20.0 % and 33.3 %, 100.0 % under 66.7 %
    expect(footer.slice(0, 6)).to.deep.equal(['Total', '¥1,500.00', '100.0%', '¥1,000.00', '¥500.00', '33.3%']);
    // the contribution bar of the larger ratio is full width, the other half of it (0.267 / 0.533)
    const bars = [...el.shadowRoot!.querySelectorAll('svg.bar rect')].map((r) => Number(r.getAttribute('width')));
    expect(bars[0]).to.equal(48);
    expect(bars[1]).to.be.closeTo(24, 0.01);
  });

  it('sorts by turnover and says when inventory is missing, in Chinese', async () => {
    const el = await fixture<DossierProductReport>(html`<dossier-product-report .products=${products()} locale="zh-CN"></dossier-product-report>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.sort[data-key="turnover"]')!.click();
    await el.updateComplete;
    expect(bodyRows(el).map((r) => r[0])).to.deep.equal(['P2', 'P1']);
    el.products = productAnalysis(toTransactionColumns([{ customerId: 'c1', date: '2025-05-01', amount: 10, productId: 'P1' }]));
    await el.updateComplete;
    // no cost and no inventory: the seven columns computed from them have no figure in any row,
    // so they are left out and named, and the notes say what they need
    expect([...el.shadowRoot!.querySelectorAll('[part=note]')].map((n) => n.textContent)).to.deep.equal([
      '成本、毛利和毛利率需要每笔销售的成本。',
      '周转率、交叉比率和贡献比率需要各商品的平均库存。',
    ]);
    const l = (key: Parameters<typeof metricLabel>[1]) => metricLabel('zh-CN', key);
    expect(el.shadowRoot!.querySelector('[part=hidden-columns]')!.textContent).to.equal(
      `以下各列没有任何数据，未显示：${[l('cost'), l('grossMargin'), l('grossMarginRate'), l('averageInventory'), l('turnover'), l('crossRatio'), l('contributionRatio')].join('、')}。`,
    );
    expect(bodyRows(el)).to.deep.equal([['P1', '¥10.00', '100%']]);
    expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.equal('共 1 行：销售额 ¥10.00。');
    expect([...el.shadowRoot!.querySelectorAll('tfoot tr > *')].map((c) => c.textContent!.trim())).to.deep.equal(['合计', '¥10.00', '100%']);
  });

  it('sorts from the keyboard: Enter and Space on a focused header', async () => {
    const el = await fixture<DossierProductReport>(html`<dossier-product-report .products=${products()} locale="en"></dossier-product-report>`);
    // numbers start descending: P2 turns over 4 times, P1 twice
    expect(await keyboardSorts(el, 'turnover')).to.deep.equal([
      { order: ['P1', 'P2'], sort: 'none' },
      { order: ['P2', 'P1'], sort: 'descending' },
      { order: ['P1', 'P2'], sort: 'ascending' },
    ]);
  });

  it('renders hostile product keys as inert text, with no axe violations light and dark', async () => {
    const hostileBook = productAnalysis(toTransactionColumns([{ customerId: 'c1', date: '2025-05-01', amount: 10, cost: 5, productId: hostile }]));
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<HTMLElement>(html`<dossier-product-report style="background:${theme === 'dark' ? '#1b1e24' : '#fff'}" .products=${hostileBook} .theme=${theme} locale="en"></dossier-product-report>`);
      expect(injectedElements(el.shadowRoot!)).to.equal(0);
      expect(bodyRows(el)[0]![0]).to.equal(hostile);
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });
});
