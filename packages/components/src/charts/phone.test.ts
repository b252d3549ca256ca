import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { StoryObj } from '@storybook/web-components-vite';
import { sendKeys } from '@web/test-runner-commands';
import type { DossierElement } from '../shared/dossier-element.js';
import { rendered } from '../testing-fixtures/index.js';
import { measured, renderedTextSizes } from './chart-testing.js';
import * as efficiency from '../efficiency-report/efficiency-report.stories.js';
import * as product from '../product-report/product-report.stories.js';
import * as funnel from '../funnel-report/funnel-report.stories.js';
import * as annualPlan from '../annual-plan/annual-plan.stories.js';
import * as competitor from '../competitor-report/competitor-report.stories.js';
import * as receivables from '../receivables/receivables.stories.js';
import * as rfm from '../rfm-grid/rfm-grid.stories.js';
import * as pareto from '../pareto-chart/pareto-chart.stories.js';
import * as compositionChart from '../composition-chart/composition-chart.stories.js';
import * as migration from '../grade-migration/grade-migration.stories.js';
import '../define.js';

type Story = StoryObj;

/** The report elements' main stories, as a page shows them (the tables with many columns among them). */
const reports: Record<string, Story> = {
  efficiency: efficiency.EffortByGrade,
  product: product.Typical,
  funnel: funnel.Typical,
  'annual plan': annualPlan.Typical,
  competitor: competitor.Typical,
  'receivables per rep': receivables.PerRep,
  'receivables per customer': receivables.PerCustomer,
  rfm: rfm.Typical,
  pareto: pareto.Typical,
  composition: compositionChart.ByTerritory,
  migration: migration.Typical,
};

/** A story rendered in a box `width` px wide (a phone's column), its Dossier element in `locale`. */
async function storyIn(story: Story, width: number, locale: 'en' | 'zh-CN'): Promise<DossierElement> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  render(story.render!({}, {} as never) as TemplateResult, box);
  const el = box.querySelector<DossierElement>('*')!;
  el.locale = locale;
  await rendered(el);
  // charts measure their plot box and draw again in it
  if ('frame' in el) await measured(el as DossierElement & { frame: { width: number } });
  await el.updateComplete;
  return el;
}

/** Every element of a shadow tree (and of the shadow trees inside it). */
function allElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? allElements(e.shadowRoot) : [])]);
}

const inRegion = (e: Element) => e.closest('.scroll') !== null;
const hiddenOnScreen = (e: Element) => e.closest('.visually-hidden') !== null || e.getBoundingClientRect().width === 0;

/** The lines a text is laid out on: the distinct tops of its characters' boxes. */
function linesOf(node: Text, from: number, to: number): number {
  const tops = new Set<number>();
  for (let i = from; i < to; i++) {
    const range = document.createRange();
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const box = range.getBoundingClientRect();
    if (box.width > 0) tops.add(Math.round(box.top / 4));
  }
  return tops.size;
}

/** The text node of a root that holds `word`, and where. */
function findWord(root: ParentNode, word: string): { node: Text; at: number } | undefined {
  for (const e of allElements(root)) {
    for (const node of e.childNodes) {
      const at = node.nodeType === Node.TEXT_NODE ? node.textContent!.indexOf(word) : -1;
      if (at >= 0) return { node: node as Text, at };
    }
  }
  return undefined;
}

describe('reports on a phone: nothing scrolls sideways but a labelled region, no cell cut, labels of 12 px or more', () => {
  for (const width of [320, 390]) {
    for (const [name, story] of Object.entries(reports)) {
      it(`${name} at ${width} px, en and zh-CN`, async () => {
        for (const locale of ['en', 'zh-CN'] as const) {
          const el = await storyIn(story, width, locale);
          const box = el.parentElement!;
          const where = `${name} ${locale} ${width}px`;
          // the page (the box) does not scroll sideways
          expect(box.scrollWidth, where).to.be.at.most(box.clientWidth);
          const right = el.getBoundingClientRect().right + 0.5;
          const elements = allElements(el.shadowRoot!);
          // whatever is wider than the card sits in a scroll region: nothing else sticks out
          const sticking = elements.filter((e) => !inRegion(e) && !hiddenOnScreen(e) && e.getBoundingClientRect().right > right);
          expect(sticking.map((e) => `${e.localName}.${e.className}`), where).to.deep.equal([]);
          for (const region of elements.filter((e) => e.matches('.scroll'))) {
            expect(region.getAttribute('role'), where).to.equal('group');
            expect(region.getAttribute('aria-label')?.trim(), where).to.not.equal('');
            expect(region.getAttribute('tabindex'), where).to.equal('0');
            expect(region.getBoundingClientRect().right, where).to.be.at.most(right);
          }
          // no cell's text is cut: its content fits the cell
          const clipped = elements.filter((e) => e.matches('td, th') && !hiddenOnScreen(e) && e.scrollWidth > e.clientWidth);
          expect(clipped.map((e) => e.textContent!.trim()), where).to.deep.equal([]);
          // every label is 12 px or more: HTML text as computed, SVG text as rendered (its drawing's scale)
          const small = elements
            .filter((e) => !hiddenOnScreen(e) && !(e instanceof SVGElement) && [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
            .filter((e) => parseFloat(getComputedStyle(e).fontSize) < 12)
            .map((e) => e.textContent!.trim());
          expect(small, where).to.deep.equal([]);
          expect(renderedTextSizes(el.shadowRoot!).filter((t) => t.px < 12), where).to.deep.equal([]);
        }
      });
    }
  }
});

describe('reports on a phone: a wide table says there is more and scrolls by keyboard', () => {
  it('shows a shadow where more columns are and scrolls with the arrow keys once focused', async () => {
    const el = await storyIn(efficiency.Typical, 390, 'zh-CN');
    const region = el.shadowRoot!.querySelector<HTMLElement>('.scroll')!;
    // the table is wider than the card: the region holds it
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(region.getAttribute('aria-label')).to.equal('销售人员效率检查表');
    // the cue: shadows fixed to the region's edges under covers that scroll with the table
    const style = getComputedStyle(region);
    expect(style.backgroundImage.match(/radial-gradient/g)?.length).to.equal(2);
    expect(style.backgroundAttachment).to.match(/^local, local, scroll, scroll/);
    region.focus();
    expect(el.shadowRoot!.activeElement).to.equal(region);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(region.scrollLeft).to.be.greaterThan(0);
  });
});

describe('reports on a phone: words are never split', () => {
  it('keeps "Potential" of an RFM cell and "Undifferentiated" of the funnel on one line at 320 px', async () => {
    const grid = await storyIn(rfm.Typical, 320, 'en');
    const potential = findWord(grid.shadowRoot!, 'Potential');
    expect(potential, 'the grid names a potential loyalist').to.not.equal(undefined);
    expect(linesOf(potential!.node, potential!.at, potential!.at + 'Potential'.length)).to.equal(1);
    const hibernating = findWord(grid.shadowRoot!, 'Hibernating');
    expect(linesOf(hibernating!.node, hibernating!.at, hibernating!.at + 'Hibernating'.length)).to.equal(1);
    const report = await storyIn(funnel.Typical, 320, 'en');
    const row = report.shadowRoot!.querySelector('[part=table] tbody th')!;
    const text = [...row.querySelectorAll('*'), row].flatMap((e) => [...e.childNodes]).find((n) => n.nodeType === Node.TEXT_NODE && n.textContent === 'Undifferentiated') as Text;
    expect(text, 'the first stage is undifferentiated').to.not.equal(undefined);
    expect(linesOf(text, 0, text.length)).to.equal(1);
  });

  it('wraps Chinese row headers between words only (终端安全/软件, never 终端安全软/件) at 390 px', async () => {
    const el = await storyIn(product.Typical, 390, 'zh-CN');
    const headers = [...el.shadowRoot!.querySelectorAll('[part=table] tbody th .words')];
    expect(headers.length).to.be.greaterThan(100);
    const words = headers.flatMap((h) => [...h.childNodes].filter((n): n is Text => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''));
    // the names do wrap on a phone: some header takes more than one line
    expect(headers.some((h) => h.getBoundingClientRect().height > 30)).to.equal(true);
    // but every word (a text node between the <wbr>s) stays on one line
    const split = words.filter((w) => linesOf(w, 0, w.length) > 1).map((w) => w.textContent);
    expect(split).to.deep.equal([]);
    expect(words.map((w) => w.textContent)).to.include('软件');
  });
});
