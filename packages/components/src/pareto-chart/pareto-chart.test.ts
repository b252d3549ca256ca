import { expect, fixture, html } from '@open-wc/testing';
import { pareto, toTransactionColumns, type ParetoResult } from '@dossier/core';
import type { DossierParetoChart} from './pareto-chart.js';
import { crossing, policyCutoffs } from './pareto-chart.js';
import { measured } from '../charts/chart-testing.js';
import { storyPareto } from '../charts/story-data.js';
import type { DossierProvider } from '../provider/provider.js';
import { axeViolations, hostile, injectedElements } from '../testing-fixtures/index.js';
import '../define.js';

// Three customers with revenue 60, 30 and 10 (total 100), ranked descending:
// curve points (0, 0), (1/3, 0.6), (2/3, 0.9), (1, 1).
const threeCustomers = (): ParetoResult =>
  pareto(
    toTransactionColumns([
      { customerId: 'c1', date: '2025-06-01', amount: 60 },
      { customerId: 'c2', date: '2025-06-02', amount: 30 },
      { customerId: 'c3', date: '2025-06-03', amount: 10 },
    ]),
  );

// coordinates in the frame the chart measured (CSS pixels: the plot's width, margins of paretoFrameFor)
let frame = { width: 640, height: 384, top: 24, right: 24, bottom: 64, left: 72 };
const X = (share: number) => Math.round((frame.left + share * (frame.width - frame.right - frame.left)) * 100) / 100;
const Y = (share: number) => Math.round((frame.height - frame.bottom - share * (frame.height - frame.bottom - frame.top)) * 100) / 100;

async function chart(result: ParetoResult | undefined, locale: 'en' | 'zh-CN' = 'en') {
  const el = await fixture<DossierParetoChart>(html`<dossier-pareto-chart .pareto=${result} locale=${locale}></dossier-pareto-chart>`);
  if (result?.points.length) {
    await measured(el);
    frame = { ...el.frame };
  }
  return el;
}

describe('dossier-pareto-chart', () => {
  // defined, empty, loading, error, both locales and axe: the report element suite (charts/report-element.test.ts)
  it('has the default cut-offs', async () => {
    const el = await chart(undefined);
    expect(el.cutoffs).to.equal(undefined);
    expect(el.resolvedCutoffs).to.deep.equal([0.8, 0.95]);
  });

  it('draws the hand-computed curve of three customers through the right points', async () => {
    const el = await chart(threeCustomers());
    const d = el.shadowRoot!.querySelector('.curve')!.getAttribute('d');
    expect(d).to.equal(`M${X(0)},${Y(0)} L${X(1 / 3)},${Y(0.6)} L${X(2 / 3)},${Y(0.9)} L${X(1)},${Y(1)}`);
    // table: one row per point, shares as percentages
    const rows = [...el.shadowRoot!.querySelectorAll('[part=data-table] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows).to.deep.equal([
      ['0', '0%', '0%'],
      ['1', '33.3%', '60%'],
      ['2', '66.7%', '90%'],
      ['3', '100%', '100%'],
    ]);
  });

  it('marks the ABC cut-offs where the curve crosses them', async () => {
    // 80 % lies between (1/3, 0.6) and (2/3, 0.9): 1/3 + (0.2 / 0.3)·(1/3) = 5/9 of customers;
    // 95 % between (2/3, 0.9) and (1, 1): 2/3 + (0.05 / 0.1)·(1/3) = 5/6.
    const result = threeCustomers();
    expect(crossing(result.points, 0.8)).to.be.closeTo(5 / 9, 1e-12);
    expect(crossing(result.points, 0.95)).to.be.closeTo(5 / 6, 1e-12);
    const el = await chart(result);
    const verticals = [...el.shadowRoot!.querySelectorAll('.cutoff-mark')].map((g) => g.querySelectorAll('line')[1]!.getAttribute('x1'));
    expect(verticals).to.deep.equal([String(X(5 / 9)), String(X(5 / 6))]);
    const labels = [...el.shadowRoot!.querySelectorAll('.cutoff-label')].map((t) => t.textContent);
    expect(labels).to.deep.equal(['Grade A cut-off 80%', 'Grade B cut-off 95%']);
  });

  describe('cut-off labels where the curve is not', () => {
    /** Whether any point of a box (on a 1.5 px grid) lies on the stroke of a drawn line. */
    const touches = (shape: SVGGeometryElement, box: DOMRect) => {
      for (let x = box.x; x <= box.x + box.width; x += 1.5)
        for (let y = box.y; y <= box.y + box.height; y += 1.5) if (shape.isPointInStroke(new DOMPoint(x, y))) return true;
      return false;
    };

    for (const width of [320, 390, 1440]) {
      it(`keeps both labels off the curve, the cut-off lines and each other, inside the plot, at ${width} px`, async () => {
        // the three customers' B cut-off (95 %) is crossed at 5/6 of the customers: a label right
        // of it would run out of the plot; the story's 150 customers cross 80 % near 20 %
        for (const data of [threeCustomers(), storyPareto()]) {
          for (const locale of ['en', 'zh-CN'] as const) {
            const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"><dossier-pareto-chart .pareto=${data} locale=${locale}></dossier-pareto-chart></div>`);
            const el = box.firstElementChild as DossierParetoChart;
            await measured(el);
            const f = el.frame;
            const root = el.shadowRoot!;
            const curve = root.querySelector<SVGPathElement>('.curve')!;
            const lines = [...root.querySelectorAll<SVGLineElement>('line.cutoff')];
            const labels = [...root.querySelectorAll<SVGTextElement>('.cutoff-label')].map((t) => t.getBBox());
            const where = `${width}px ${locale} ${data.points.length} points`;
            // a label with no free place in the plot is said under it, never drawn over the curve
            const noted = root.querySelector('.cutoff-note')?.textContent?.split(locale === 'en' ? ', ' : '、').length ?? 0;
            expect(labels.length + noted, where).to.equal(2);
            if (width === 1440) expect(labels.length, where).to.equal(2);
            for (const label of labels) {
              expect(touches(curve, label), `${where}: the curve crosses a label`).to.equal(false);
              expect(lines.filter((line) => touches(line, label)).length, `${where}: a cut-off line crosses a label`).to.equal(0);
              expect(label.x, where).to.be.at.least(f.left);
              expect(label.x + label.width, where).to.be.at.most(f.width - f.right + 0.5);
              expect(label.y, where).to.be.at.least(f.top);
            }
            if (labels.length < 2) continue;
            const [a, b] = labels as [DOMRect, DOMRect];
            const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            expect(apart, `${where}: the labels overlap`).to.equal(true);
          }
        }
      });
    }
  });

  for (const width of [320, 390]) {
    it(`keeps the cut-off labels inside the drawing and the card on a phone (${width} px), the diagonal kept off their letters`, async () => {
      // a card as the demo's reports page has it: a padded, bordered panel as wide as the phone
      for (const locale of ['en', 'zh-CN'] as const) {
        const card = await fixture<HTMLDivElement>(
          html`<div style="box-sizing:border-box;width:${width}px;padding:12px;border:1px solid #ccc;overflow:hidden"><dossier-pareto-chart .pareto=${storyPareto()} locale=${locale} period-picker today="2026-12-06"></dossier-pareto-chart></div>`,
        );
        const el = card.firstElementChild as DossierParetoChart;
        await measured(el);
        const root = el.shadowRoot!;
        const svg = root.querySelector('.plot > svg')!.getBoundingClientRect();
        const inner = card.getBoundingClientRect();
        const texts = [...root.querySelectorAll<SVGTextElement>('.cutoff-label')];
        const boxes = texts.map((t) => t.getBoundingClientRect());
        const where = `${width}px ${locale}`;
        expect(boxes.length + (root.querySelector('.cutoff-note') ? 1 : 0), where).to.be.at.least(1);
        for (const box of boxes) {
          expect(box.left, `${where}: left of the drawing`).to.be.at.least(svg.left);
          expect(box.right, `${where}: right of the drawing`).to.be.at.most(svg.right + 0.5);
          expect(box.right, `${where}: out of the card`).to.be.at.most(inner.right - 12);
          expect(box.top, where).to.be.at.least(svg.top);
          expect(box.bottom, where).to.be.at.most(svg.bottom);
        }
        for (let i = 1; i < boxes.length; i++) {
          const [a, b] = [boxes[i - 1]!, boxes[i]!];
          expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, `${where}: the labels overlap`).to.equal(true);
        }
        // where the dashed equality line runs behind a label, a halo in the card's colour hides it
        for (const t of texts) {
          const style = getComputedStyle(t);
          expect(style.paintOrder, where).to.match(/^stroke/);
          // the light theme's surface, #fff
          expect(style.stroke, where).to.equal('rgb(255, 255, 255)');
          expect(parseFloat(style.strokeWidth), where).to.be.at.least(3);
        }
      }
    });
  }

  describe('cut-offs from the grading policy', () => {
    const verticals = (el: DossierParetoChart) =>
      [...el.shadowRoot!.querySelectorAll('.cutoff-mark')].map((g) => g.querySelectorAll('line')[1]!.getAttribute('x1'));
    const labels = (el: DossierParetoChart) => [...el.shadowRoot!.querySelectorAll('.cutoff-label')].map((t) => t.textContent);

    it('reads the cut-offs of the abc-share policy a provider provides, and follows a new policy', async () => {
      // 60 % is reached at the first customer (1/3); 90 % at the second (2/3)
      const provider = await fixture<DossierProvider>(html`<dossier-provider locale="en"
        .gradingPolicy=${{ method: 'abc-share', version: 1, cutoffs: [0.6, 0.9], vipFraction: 0.01, adjustments: [] }}>
        <dossier-pareto-chart .pareto=${threeCustomers()}></dossier-pareto-chart>
      </dossier-provider>`);
      const el = provider.querySelector<DossierParetoChart>('dossier-pareto-chart')!;
      await measured(el);
      frame = { ...el.frame };
      expect(el.resolvedCutoffs).to.deep.equal([0.6, 0.9]);
      expect(labels(el)).to.deep.equal(['Grade A cut-off 60%', 'Grade B cut-off 90%']);
      expect(verticals(el)).to.deep.equal([String(X(1 / 3)), String(X(2 / 3))]);
      expect(el.shadowRoot!.querySelector('svg[part=chart]')!.getAttribute('aria-label')).to.contain('(up to 60% of revenue)');
      // a policy as written (defaults left out) has the default cut-offs
      provider.gradingPolicy = { method: 'abc-share' };
      await provider.updateComplete;
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['Grade A cut-off 80%', 'Grade B cut-off 95%']);
      provider.gradingPolicy = { method: 'abc-share', cutoffs: [0.7, 0.9] };
      await provider.updateComplete;
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['Grade A cut-off 70%', 'Grade B cut-off 90%']);
      // the chart's own cut-offs win over the policy's
      el.cutoffs = [0.5, 0.75];
      await el.updateComplete;
      expect(labels(el)).to.deep.equal(['Grade A cut-off 50%', 'Grade B cut-off 75%']);
    });

    it('marks no grade zones under a policy that does not cut by revenue share, unless given cut-offs', async () => {
      for (const policy of [{ method: 'rfm', version: 1, bins: 5 }, { method: 'abc-count', fractions: [0.2, 0.5] }]) {
        const provider = await fixture<HTMLElement>(html`<dossier-provider locale="en" .gradingPolicy=${policy}>
          <dossier-pareto-chart .pareto=${threeCustomers()}></dossier-pareto-chart>
        </dossier-provider>`);
        const el = provider.querySelector<DossierParetoChart>('dossier-pareto-chart')!;
        await el.updateComplete;
        expect(el.resolvedCutoffs).to.equal(undefined);
        expect(labels(el)).to.deep.equal([]);
        expect(el.shadowRoot!.querySelectorAll('rect.zone').length).to.equal(0);
        expect(el.summary).not.to.contain('cut-off');
        expect(el.summary).not.to.contain('Grade');
        el.cutoffs = [0.8, 0.95];
        await el.updateComplete;
        expect(labels(el)).to.deep.equal(['Grade A cut-off 80%', 'Grade B cut-off 95%']);
        expect(el.shadowRoot!.querySelectorAll('rect.zone').length).to.equal(3);
      }
    });

    it('reads only two ascending shares of an abc-share policy', () => {
      expect(policyCutoffs({ method: 'abc-share', cutoffs: [0.7, 0.9] })).to.deep.equal([0.7, 0.9]);
      expect(policyCutoffs({ method: 'abc-share' })).to.deep.equal([0.8, 0.95]);
      expect(policyCutoffs({ method: 'abc-count', fractions: [0.2, 0.5] })).to.equal(undefined);
      expect(policyCutoffs({ method: 'abc-share', cutoffs: [0.9, 0.7] })).to.equal(undefined);
      expect(policyCutoffs({ method: 'abc-share', cutoffs: [0.7, 1.5] })).to.equal(undefined);
      expect(policyCutoffs({ method: 'abc-share', cutoffs: [0.7, Number.NaN] })).to.equal(undefined);
      expect(policyCutoffs({ method: 'abc-share', cutoffs: [0.7] })).to.equal(undefined);
      expect(policyCutoffs(undefined)).to.equal(undefined);
      expect(policyCutoffs('abc-share')).to.equal(undefined);
    });
  });

  it('has real axes with percentage ticks and titles, and a summary as the SVG name', async () => {
    const el = await chart(threeCustomers());
    const svgEl = el.shadowRoot!.querySelector('svg[part=chart]')!;
    expect(svgEl.getAttribute('role')).to.equal('img');
    // top 20 % of 3 customers = 0.6 of the first customer's 60 → 36 % of revenue
    expect(svgEl.getAttribute('aria-label')).to.contain('The top 20% of customers bring 36% of revenue');
    const xTicks = [...el.shadowRoot!.querySelectorAll('.x-axis .tick text')].map((t) => t.textContent);
    expect(xTicks).to.deep.equal(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(el.shadowRoot!.querySelector('.x-axis .axis-title')!.textContent).to.equal('Share of customers, ranked by revenue');
  });

  it('moves through the points with the keyboard, one tab stop', async () => {
    const el = await chart(threeCustomers());
    const hits = () => [...el.shadowRoot!.querySelectorAll<SVGElement>('.focus-layer .hit')];
    expect(hits().map((h) => h.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
    hits()[0]!.focus();
    await el.updateComplete;
    hits()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(hits()[1]);
    expect(el.shadowRoot!.querySelector('[part=readout]')!.textContent).to.equal('Top 1 (33.3% of customers): 60% of revenue');
    hits()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(hits()[3]);
    expect(hits().map((h) => h.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '-1', '0']);
  });

  it('speaks Chinese in zh-CN and toggles the data table', async () => {
    const el = await chart(threeCustomers(), 'zh-CN');
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('累计销售额曲线（帕累托）');
    expect(el.shadowRoot!.querySelector('svg[part=chart]')!.getAttribute('aria-label')).to.contain('前 20% 的客户贡献了 36% 的销售额');
    const table = el.shadowRoot!.querySelector('[part=data-table]')!;
    expect(table.classList.contains('visually-hidden')).to.equal(true);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=table-toggle]')!;
    expect(toggle.textContent).to.equal('显示数据表');
    toggle.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=data-table]')!.classList.contains('visually-hidden')).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });

  it('renders a hostile caption as inert text and has no axe violations, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      // the element itself is the fixture: a plain wrapper would make fixture() wait for an animation frame
      const chartEl = await fixture<DossierParetoChart>(html`<dossier-pareto-chart style="background:${theme === 'dark' ? '#1b1e24' : '#fff'}"
        .pareto=${threeCustomers()} .label=${hostile} .theme=${theme} locale="en"></dossier-pareto-chart>`);
      expect(injectedElements(chartEl.shadowRoot!)).to.equal(0);
      expect(chartEl.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal(hostile);
      expect(await axeViolations(chartEl)).to.deep.equal([]);
    }
  });
});
