import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { composition, pareto, productAnalysis, salesForceEfficiency, toTransactionColumns, vocabularyLabel } from '@dossier/core';
import type { DossierParetoChart } from '../pareto-chart/pareto-chart.js';
import type { DossierCompositionChart } from '../composition-chart/composition-chart.js';
import type { DossierRfmGrid, RfmGridInput } from '../rfm-grid/rfm-grid.js';
import type { DossierProductReport } from '../product-report/product-report.js';
import type { DossierEfficiencyReport } from '../efficiency-report/efficiency-report.js';
import type { DossierReportElement } from './report-element.js';
import { measured, renderedTextSizes } from './chart-testing.js';
import { presetOf, presetPeriod } from './period.js';
import { wordsOf } from './words.js';
import { press } from '../testing-fixtures/index.js';
import { viewers } from '../testing-fixtures/archive.js';
import { storyCompositionByTerritory, storyPareto } from './story-data.js';
import '../define.js';

/** An element inside a box of a given width (as a page column or a phone would give it). */
async function inBox<E extends Element>(width: number, template: ReturnType<typeof html>): Promise<E> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  return box.firstElementChild as E;
}

// three customers: 60, 30, 10 → curve (0,0), (1/3, 0.6), (2/3, 0.9), (1, 1)
const threeCustomers = () =>
  pareto(
    toTransactionColumns([
      { customerId: 'c1', date: '2025-06-01', amount: 60 },
      { customerId: 'c2', date: '2025-06-02', amount: 30 },
      { customerId: 'c3', date: '2025-06-03', amount: 10 },
    ]),
  );

describe('reports for reading: label sizes', () => {
  for (const width of [320, 390, 1440]) {
    it(`draws every chart label at 12 px or more in a ${width} px box`, async () => {
      const charts = [
        await inBox<DossierParetoChart>(width, html`<dossier-pareto-chart .pareto=${storyPareto()} locale="zh-CN"></dossier-pareto-chart>`),
        await inBox<DossierCompositionChart>(
          width,
          html`<dossier-composition-chart .composition=${storyCompositionByTerritory()} locale="en"></dossier-composition-chart>`,
        ),
      ];
      for (const chart of charts) {
        await measured(chart as DossierParetoChart);
        const sizes = renderedTextSizes(chart.shadowRoot!);
        expect(sizes.length).to.be.greaterThan(5);
        // a 640-unit drawing scaled into 320 px would render 12 px labels at 6 px
        expect(sizes.filter((s) => s.px < 12)).to.deep.equal([]);
        // and the drawing is as wide as its box: nothing sticks out sideways
        const svg = chart.shadowRoot!.querySelector('svg[part=chart]')!.getBoundingClientRect();
        expect(svg.right).to.be.at.most(chart.getBoundingClientRect().right + 0.5);
      }
    });
  }

  it('writes RFM counts and segment names at 12 px or more on a phone', async () => {
    const rfm: RfmGridInput = { r: [5, 4, 3, 2, 1], f: [1, 2, 3, 4, 5], policy: { bins: 5 } };
    const grid = await inBox<DossierRfmGrid>(320, html`<dossier-rfm-grid .rfm=${rfm} locale="zh-CN"></dossier-rfm-grid>`);
    const sizes = [...grid.shadowRoot!.querySelectorAll('.segment, .n, th')].map((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(sizes.length).to.equal(25 + 25 + 11);
    expect(sizes.filter((px) => px < 12)).to.deep.equal([]);
  });
});

describe('reports for reading: segment names wrap between words', () => {
  /** The lines a rendered label is broken into, by the top of each character's box. */
  function lines(element: Element): string[] {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const out: { top: number; text: string }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        const last = out[out.length - 1];
        if (last && Math.abs(last.top - top) < 4) last.text += text[i];
        else out.push({ top, text: text[i]! });
      }
    }
    return out.map((l) => l.text.trim()).filter((t) => t !== '');
  }

  it('breaks 重要价值客户 as whole words (never 重要价值客/户) in a 320 px grid', async () => {
    // every segment of a 5-bin grid appears once per cell
    const rfm: RfmGridInput = { r: [5], f: [5], policy: { bins: 5 } };
    for (const locale of ['zh-CN'] as const) {
      const grid = await inBox<DossierRfmGrid>(320, html`<dossier-rfm-grid .rfm=${rfm} .locale=${locale}></dossier-rfm-grid>`);
      const segments = [...grid.shadowRoot!.querySelectorAll('.segment')];
      let broken = 0;
      for (const segment of segments) {
        const label = segment.textContent!;
        const words = wordsOf(label, locale).map((w) => w.trim()).filter(Boolean);
        const shown = lines(segment);
        if (shown.length > 1) broken++;
        // each line is a run of whole words
        for (const line of shown) {
          let rest = line.replace(/\s+/g, '');
          while (rest) {
            const word = words.find((w) => rest.startsWith(w.replace(/\s+/g, '')));
            expect(word, `${label}: line "${line}" cuts a word`).not.to.equal(undefined);
            rest = rest.slice(word!.replace(/\s+/g, '').length);
          }
        }
      }
      // the phone width does make labels wrap: the check above saw real line breaks
      if (locale === 'zh-CN') expect(broken).to.be.greaterThan(0);
      const champions = vocabularyLabel(locale, 'rfmSegments', 'champions');
      expect(segments.some((s) => s.textContent === champions)).to.equal(true);
    }
  });
});

// wang's customer c1 bought 1,234,567.89 (orders o1, o2); li's customer c2 bought 8,000 (o3)
const bigEfficiency = () =>
  salesForceEfficiency(
    toTransactionColumns([
      { customerId: 'c1', date: '2025-01-10', amount: 1_000_000, orderId: 'o1' },
      { customerId: 'c1', date: '2025-02-10', amount: 234_567.89, orderId: 'o2' },
      { customerId: 'c2', date: '2025-03-10', amount: 8_000, orderId: 'o3' },
    ]),
    { period: { from: '2025-01-01', to: '2025-04-01' }, repOf: { c1: 'wang', c2: 'li' }, workingDays: 10, interactions: [] },
  );

describe('reports for reading: RFM names fit their cells', () => {
  it('keeps every segment name inside its cell at 320 px in en and zh-CN (English words whole: the grid scrolls in its region)', async () => {
    const rfm: RfmGridInput = { r: [5], f: [5], policy: { bins: 5 } };
    for (const locale of ['en', 'zh-CN'] as const) {
      const grid = await inBox<DossierRfmGrid>(320, html`<dossier-rfm-grid .rfm=${rfm} .locale=${locale}></dossier-rfm-grid>`);
      const spill = [...grid.shadowRoot!.querySelectorAll('td.cell')].filter((cell) => {
        const box = cell.getBoundingClientRect();
        return [...cell.querySelectorAll('.segment')].some((s) => {
          const range = document.createRange();
          range.selectNodeContents(s);
          const text = range.getBoundingClientRect();
          return text.left < box.left - 0.5 || text.right > box.right + 0.5;
        });
      });
      expect(spill.map((c) => c.textContent!.trim()), locale).to.deep.equal([]);
      expect(grid.getBoundingClientRect().width).to.be.at.most(320);
      // in English the grid scrolls inside its card (words whole); in Chinese it fits
      const scroll = grid.shadowRoot!.querySelector('.scroll')!;
      expect(scroll.scrollWidth > scroll.clientWidth, locale).to.equal(locale === 'en');
    }
  });
});

describe('reports for reading: amounts in 万/亿', () => {
  const salesCell = (el: Element, row: number) => el.shadowRoot!.querySelectorAll('tbody tr')[row]!.querySelectorAll('td')[2]!;

  it('writes large amounts in 万 in zh-CN and M in en, with the full amount as the tooltip', async () => {
    const zh = await fixture<DossierEfficiencyReport>(
      html`<dossier-efficiency-report .efficiency=${bigEfficiency()} .names=${{ wang: '王芳', li: '李雷' }} .viewer=${viewers.manager} locale="zh-CN"></dossier-efficiency-report>`,
    );
    // 1,234,567.89 = 123.456789 万 → ¥123.46万; the column is in 万, so 8,000 reads ¥0.80万
    expect(salesCell(zh, 0).textContent!.trim()).to.equal('¥123.46万');
    expect(salesCell(zh, 0).querySelector('[title]')!.getAttribute('title')).to.equal('¥1,234,567.89');
    expect(salesCell(zh, 1).textContent!.trim()).to.equal('¥0.80万');
    // total 1,242,567.89 → ¥124.26万
    expect(zh.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain('销售额 ¥124.26万');
    zh.locale = 'en';
    await zh.updateComplete;
    // 1.23456789 M → ¥1.23M; the total 1.24256789 M → ¥1.24M
    expect(salesCell(zh, 0).textContent!.trim()).to.equal('¥1.23M');
    expect(salesCell(zh, 0).querySelector('[title]')!.getAttribute('title')).to.equal('¥1,234,567.89');
    expect(zh.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain('sales ¥1.24M');
  });

  it('writes a product table of amounts in 亿 all in 万 and keeps the full amount in the tooltip', async () => {
    const products = productAnalysis(toTransactionColumns([{ customerId: 'c1', date: '2025-05-01', amount: 250_000_000, cost: 200_000_000, productId: 'P1' }]));
    const el = await fixture<DossierProductReport>(html`<dossier-product-report .products=${products} locale="zh-CN"></dossier-product-report>`);
    const cells = [...el.shadowRoot!.querySelectorAll('tbody td')].map((c) => c.textContent!.trim());
    // sales 2.5 亿 = 25,000 万, share 100 %, cost 2 亿 = 20,000 万, margin 5,000 万: a column is never in 亿
    expect(cells.slice(0, 5)).to.deep.equal(['¥25,000.00万', '100%', '¥20,000.00万', '¥5,000.00万', '20%']);
    expect(el.shadowRoot!.querySelector('tbody td [title]')!.getAttribute('title')).to.equal('¥250,000,000.00');
  });
});

describe('reports for reading: the table fits its card', () => {
  it('scrolls a wide table inside the card on a phone: the card is no wider than its box and the last column can be reached', async () => {
    const el = await inBox<DossierEfficiencyReport>(
      390,
      html`<dossier-efficiency-report .efficiency=${bigEfficiency()} .viewer=${viewers.manager} locale="zh-CN"></dossier-efficiency-report>`,
    );
    const box = el.parentElement!.getBoundingClientRect();
    expect(el.shadowRoot!.querySelector('[part=base]')!.getBoundingClientRect().right).to.be.at.most(box.right + 0.5);
    const scroll = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
    expect(scroll.scrollWidth).to.be.greaterThan(scroll.clientWidth);
    scroll.scrollLeft = scroll.scrollWidth;
    const headers = el.shadowRoot!.querySelectorAll('thead th');
    const last = headers[headers.length - 1]!.getBoundingClientRect();
    expect(last.right).to.be.at.most(scroll.getBoundingClientRect().right + 1);
  });
});

describe('reports for reading: titles', () => {
  it('shows the title once: table captions are for screen readers, and hide-title leaves it to the page', async () => {
    const el = await fixture<DossierEfficiencyReport>(
      html`<dossier-efficiency-report .efficiency=${bigEfficiency()} .viewer=${viewers.manager} locale="en" hide-title></dossier-efficiency-report>`,
    );
    expect(el.shadowRoot!.querySelector('caption')!.classList.contains('visually-hidden')).to.equal(true);
    const title = el.shadowRoot!.querySelector('[part=title]')!;
    expect(title.textContent).to.equal('Sales-force efficiency');
    expect(title.getBoundingClientRect().height).to.be.at.most(1);
  });
});

describe('reports for reading: drill-down', () => {
  it('pareto: a point (click, or Enter on the focused point) asks for the top customers up to it', async () => {
    const el = await fixture<DossierParetoChart>(html`<dossier-pareto-chart .pareto=${threeCustomers()} locale="en"></dossier-pareto-chart>`);
    const hits = () => [...el.shadowRoot!.querySelectorAll<SVGElement>('.focus-layer .hit')];
    setTimeout(() => hits()[2]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const clicked = await oneEvent(el, 'dossier-drill-down');
    expect(clicked.detail).to.deep.equal({ report: 'pareto', filter: { topCustomers: 2 }, label: 'Top 2 (66.7% of customers): 90% of revenue' });
    hits()[1]!.focus();
    setTimeout(() => hits()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
    const entered = await oneEvent(el, 'dossier-drill-down');
    expect(entered.detail.filter).to.deep.equal({ topCustomers: 1 });
  });

  it('composition: a bar asks for its group under the dimension it names, with the period', async () => {
    const result = composition(
      toTransactionColumns([
        { customerId: 'c1', date: '2025-06-01', amount: 300 },
        { customerId: 'c2', date: '2025-06-02', amount: 100 },
      ]),
      { by: { c1: 'east', c2: 'south' } },
    );
    const period = { from: '2025-01-01', to: '2026-01-01' };
    const el = await fixture<DossierCompositionChart>(
      html`<dossier-composition-chart .composition=${result} dimension="territory" .labels=${{ east: '华东区' }} .period=${period} locale="zh-CN"></dossier-composition-chart>`,
    );
    const hits = [...el.shadowRoot!.querySelectorAll<SVGElement>('.focus-layer .hit')];
    setTimeout(() => hits[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    const event = await oneEvent(el, 'dossier-drill-down');
    expect(event.detail).to.deep.equal({ report: 'composition', filter: { territory: 'east' }, label: '华东区', period });
    el.dimension = 'industry';
    await el.updateComplete;
    setTimeout(() => hits[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true })));
    hits[1]!.focus();
    const keyed = await oneEvent(el, 'dossier-drill-down');
    expect(keyed.detail.filter).to.deep.equal({ group: { dimension: 'industry', key: 'south' } });
  });

  it('rfm: a cell asks for its segment and lists its customers; cancelling dossier-rfm-select stops it', async () => {
    // a and b at R 5 · F 1 (new customers), c at R 1 · F 5
    const rfm: RfmGridInput = { r: [5, 5, 1], f: [1, 1, 5], policy: { bins: 5 }, customerIds: ['a', 'b', 'c'] };
    const el = await fixture<DossierRfmGrid>(html`<dossier-rfm-grid .rfm=${rfm} locale="zh-CN"></dossier-rfm-grid>`);
    const cell = el.shadowRoot!.querySelector<HTMLElement>('td[data-row="0"][data-column="0"]')!;
    setTimeout(() => cell.click());
    const event = await oneEvent(el, 'dossier-drill-down');
    expect(event.detail).to.deep.equal({ report: 'rfm', filter: { segment: 'new', rfm: { r: 5, f: 1 }, customerIds: ['a', 'b'] }, label: '新客户' });
    let drilled = 0;
    el.addEventListener('dossier-drill-down', () => drilled++);
    el.addEventListener('dossier-rfm-select', (e) => e.preventDefault(), { once: true });
    cell.click();
    expect(drilled).to.equal(0);
    cell.focus();
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(drilled).to.equal(1);
  });

  it('product and efficiency: a row name is a button asking for the product or the rep', async () => {
    const products = productAnalysis(toTransactionColumns([{ customerId: 'c1', date: '2025-05-01', amount: 10, productId: 'P1', category: 'flanges' }]), { by: 'category' });
    const product = await fixture<DossierProductReport>(html`<dossier-product-report .products=${products} .names=${{ flanges: '法兰' }} locale="zh-CN"></dossier-product-report>`);
    const button = product.shadowRoot!.querySelector<HTMLButtonElement>('tbody th button')!;
    expect(button.title).to.equal('查看这些客户');
    setTimeout(() => button.click());
    expect((await oneEvent(product, 'dossier-drill-down')).detail).to.deep.equal({ report: 'product', filter: { category: 'flanges' }, label: '法兰' });

    const efficiency = await fixture<DossierEfficiencyReport>(
      html`<dossier-efficiency-report .efficiency=${bigEfficiency()} .names=${{ wang: '王芳' }} .viewer=${viewers.manager} locale="zh-CN"></dossier-efficiency-report>`,
    );
    const rep = efficiency.shadowRoot!.querySelector<HTMLButtonElement>('tbody th button')!;
    rep.focus();
    setTimeout(() => void press('Enter'));
    expect((await oneEvent(efficiency, 'dossier-drill-down')).detail).to.deep.equal({ report: 'efficiency', filter: { rep: 'wang' }, label: '王芳' });
  });
});

describe('reports: the period picker', () => {
  it('computes the preset periods by hand', () => {
    expect(presetPeriod('thisYear', '2026-05-20')).to.deep.equal({ from: '2026-01-01', to: '2027-01-01' });
    expect(presetPeriod('lastYear', '2026-05-20')).to.deep.equal({ from: '2025-01-01', to: '2026-01-01' });
    expect(presetPeriod('thisQuarter', '2026-05-20')).to.deep.equal({ from: '2026-04-01', to: '2026-07-01' });
    expect(presetPeriod('lastQuarter', '2026-05-20')).to.deep.equal({ from: '2026-01-01', to: '2026-04-01' });
    expect(presetPeriod('lastQuarter', '2026-02-10')).to.deep.equal({ from: '2025-10-01', to: '2026-01-01' });
    expect(presetPeriod('thisQuarter', '2026-11-30')).to.deep.equal({ from: '2026-10-01', to: '2027-01-01' });
    expect(presetPeriod('last12Months', '2026-05-20')).to.deep.equal({ from: '2025-05-20', to: '2026-05-20' });
    expect(presetOf({ from: '2026-01-01', to: '2027-01-01' }, '2026-05-20')).to.equal('thisYear');
    expect(presetOf({ from: '2026-01-05', to: '2027-01-01' }, '2026-05-20')).to.equal('custom');
  });

  it('is shown only when the page opts in, and asks the page for another period instead of computing', async () => {
    const el = await fixture<DossierReportElement>(
      html`<dossier-efficiency-report .efficiency=${bigEfficiency()} .viewer=${viewers.manager} locale="zh-CN"></dossier-efficiency-report>`,
    );
    expect(el.shadowRoot!.querySelector('[part=period]')).to.equal(null);
    el.periodPicker = true;
    el.today = '2026-05-20';
    el.period = { from: '2026-01-01', to: '2026-04-01' };
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part=period] select')!;
    expect(select.value).to.equal('lastQuarter');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['最近 12 个月', '今年', '去年', '本季度', '上季度', '自定义']);
    // the last day shown is the day before `to`
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[name=to]')!.value).to.equal('2026-03-31');
    const rows = el.shadowRoot!.querySelector('tbody')!.innerHTML;
    select.value = 'thisYear';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const event = await oneEvent(el, 'dossier-period-change');
    expect(event.detail).to.deep.equal({ period: { from: '2026-01-01', to: '2027-01-01' }, preset: 'thisYear' });
    await el.updateComplete;
    expect(el.period).to.deep.equal({ from: '2026-01-01', to: '2027-01-01' });
    // pure: the figures are the page's to recompute
    expect(el.shadowRoot!.querySelector('tbody')!.innerHTML).to.equal(rows);
    // dates typed in (the last day inclusive), and a cancelled change leaves the period
    const from = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=from]')!;
    const to = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=to]')!;
    from.value = '2026-02-01';
    to.value = '2026-02-28';
    setTimeout(() => to.dispatchEvent(new Event('change')));
    expect((await oneEvent(el, 'dossier-period-change')).detail).to.deep.equal({ period: { from: '2026-02-01', to: '2026-03-01' }, preset: 'custom' });
    el.addEventListener('dossier-period-change', (e) => e.preventDefault(), { once: true });
    select.value = 'lastYear';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.period).to.deep.equal({ from: '2026-02-01', to: '2026-03-01' });
  });
});

describe('reports: reps by name', () => {
  it('names reps through the people directory, never by id once there is one; names win', async () => {
    const people = [{ id: 'wang', name: '王芳', nameEn: 'Wang Fang' }];
    const el = await fixture<DossierEfficiencyReport>(
      html`<dossier-efficiency-report .efficiency=${bigEfficiency()} .people=${people} .viewer=${viewers.manager} locale="zh-CN"></dossier-efficiency-report>`,
    );
    const names = () => [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
    // li is not in the directory: 未知人员, not 'li'
    expect(names()).to.deep.equal(['王芳', '未知人员']);
    el.locale = 'en';
    await el.updateComplete;
    expect(names()).to.deep.equal(['Wang Fang', 'Unknown person']);
    el.names = { li: 'Li Lei' };
    await el.updateComplete;
    expect(names()).to.deep.equal(['Wang Fang', 'Li Lei']);
  });
});
