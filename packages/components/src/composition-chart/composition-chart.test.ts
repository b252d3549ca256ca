import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { composition, toTransactionColumns, type CompositionResult } from '@dossier/core';
import type { DossierCompositionChart } from './composition-chart.js';
import { measured } from '../charts/chart-testing.js';
import { storyCompositionByTerritory } from '../charts/story-data.js';
import { axeViolations, hostile, injectedElements } from '../testing-fixtures/index.js';
import '../define.js';

// c1 (North) bought 300, c2 (South) 100, c3 (a hostile region name) nothing:
// revenue shares 300/400 = 0.75, 100/400 = 0.25, 0; customer shares 1/3 each.
const sample = (): CompositionResult =>
  composition(
    toTransactionColumns([
      { customerId: 'c1', date: '2025-06-01', amount: 300 },
      { customerId: 'c2', date: '2025-06-02', amount: 100 },
    ]),
    { by: { c1: 'North', c2: 'South', c3: hostile }, customers: ['c3'] },
  );

async function chart(result: CompositionResult | undefined, locale: 'en' | 'zh-CN' = 'en') {
  const el = await fixture<DossierCompositionChart>(
    html`<dossier-composition-chart .composition=${result} dimension-label="Region" locale=${locale}></dossier-composition-chart>`,
  );
  if (result?.rows.length) await measured(el);
  return el;
}

describe('dossier-composition-chart', () => {
  // defined, empty, loading, error, both locales and axe: the report element suite (charts/report-element.test.ts)
  it('shows revenue shares by default', async () => {
    const el = await chart(undefined);
    expect(el.measure).to.equal('revenueShare');
  });

  it('draws bars of hand-computed widths on a nice percentage axis', async () => {
    const el = await chart(sample());
    // largest share 0.75: ticks of 0.2 from 0 to 0.8; the axis spans labelWidth + 8 … width − valueWidth
    // the frame the chart measured: the label column as wide as the widest label (the hostile
    // name, wider than 168 px: cut there), values as wide as '75%' + 10 px (36…64 px)
    const { width, labelWidth, valueWidth } = el.frame;
    expect(labelWidth).to.equal(Math.round(Math.min(168, width * 0.4)));
    expect(valueWidth).to.be.within(36, 63);
    const span = width - valueWidth - (labelWidth + 8);
    const ticks = [...el.shadowRoot!.querySelectorAll('.x-axis .tick text')].map((t) => t.textContent);
    expect(ticks).to.deep.equal(['0%', '20%', '40%', '60%', '80%']);
    const widths = [...el.shadowRoot!.querySelectorAll('.bar')].map((b) => Number(b.getAttribute('width')));
    const hundredths = (v: number) => Math.round(v * 100) / 100;
    expect(widths).to.deep.equal([hundredths((0.75 / 0.8) * span), hundredths((0.25 / 0.8) * span), 0]);
    const labels = [...el.shadowRoot!.querySelectorAll('.row-label')].map((t) => t.textContent);
    expect(labels[0]).to.equal('North');
    const values = [...el.shadowRoot!.querySelectorAll('.value-label')].map((t) => t.textContent);
    expect(values).to.deep.equal(['75%', '25%', '0%']);
    const rows = [...el.shadowRoot!.querySelectorAll('[part=data-table] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(rows[0]).to.deep.equal(['North', '1', '33.3%', '¥300.00', '75%']);
    expect(rows[2]).to.deep.equal([hostile, '1', '33.3%', '¥0.00', '0%']);
  });

  it('fills its card on a phone: short labels and values leave the bars most of the width', async () => {
    // seven regions of two characters (华东 … 华中, 28 px at 14 px) and values like 42.8%
    const box = await fixture<HTMLDivElement>(html`<div style="width:390px"><dossier-composition-chart .composition=${storyCompositionByTerritory()}
      locale="zh-CN"></dossier-composition-chart></div>`);
    const el = box.firstElementChild as DossierCompositionChart;
    await measured(el);
    const { width, labelWidth, valueWidth } = el.frame;
    // a two-character label needs about 28 px + 4: its column is 32–40 px, not 28 % of the width (100 px)
    expect(labelWidth).to.be.within(32, 40);
    // the bars' axis spans at least 70 % of the plot (it was 50 %: 100 px of labels, 64 of values)
    expect((width - valueWidth - labelWidth - 8) / width).to.be.at.least(0.7);
    // every label is still drawn whole and inside the drawing
    const svg = el.shadowRoot!.querySelector('svg[part=chart]')!.getBoundingClientRect();
    for (const text of el.shadowRoot!.querySelectorAll<SVGTextElement>('.row-label, .value-label')) {
      const r = text.getBoundingClientRect();
      expect(r.left, text.textContent!).to.be.at.least(svg.left - 0.5);
      expect(r.right, text.textContent!).to.be.at.most(svg.right + 0.5);
    }
    expect(el.shadowRoot!.querySelector('.row-label')!.textContent).to.equal('华东');
  });

  it('switches to customer shares and uses display labels', async () => {
    const el = await chart(sample());
    el.measure = 'customerShare';
    el.labels = { North: '华北', South: '华南' };
    el.locale = 'zh-CN';
    await el.updateComplete;
    const values = [...el.shadowRoot!.querySelectorAll('.value-label')].map((t) => t.textContent);
    expect(values).to.deep.equal(['33.3%', '33.3%', '33.3%']);
    expect(el.shadowRoot!.querySelector('.row-label')!.textContent).to.equal('华北');
    expect(el.shadowRoot!.querySelector('svg[part=chart]')!.getAttribute('aria-label')).to.equal('按Region共 3 组。最大：华北，占客户数的 33.3%。');
  });

  it('moves with arrow keys and emits dossier-chart-select on Enter and click', async () => {
    const el = await chart(sample());
    const hits = () => [...el.shadowRoot!.querySelectorAll<SVGElement>('.focus-layer .hit')];
    hits()[0]!.focus();
    hits()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(hits()[1]);
    setTimeout(() => hits()[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
    const event = await oneEvent(el, 'dossier-chart-select');
    expect(event.detail).to.deep.equal({ key: 'South', index: 1 });
    expect(event.bubbles && event.composed).to.equal(true);
    setTimeout(() => hits()[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    expect((await oneEvent(el, 'dossier-chart-select')).detail).to.deep.equal({ key: 'North', index: 0 });
  });

  it('renders hostile keys as inert text, with no axe violations light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<HTMLElement>(html`<dossier-composition-chart style="background:${theme === 'dark' ? '#1b1e24' : '#fff'}" .composition=${sample()} .theme=${theme} locale="en"></dossier-composition-chart>`);
      expect(injectedElements(el.shadowRoot!)).to.equal(0);
      expect(el.shadowRoot!.textContent).to.contain('<img src=x');
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });
});
