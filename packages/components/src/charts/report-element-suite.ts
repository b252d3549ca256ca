/**
 * The one test suite every report element runs (issue 16), as Web Awesome runs one suite for
 * every form control: default, empty, loading and error states, both locales, and axe light and
 * dark. Imported by tests only. A new report element adds one `reportElementSuite({...})` call
 * (see report-element.test.ts) instead of copying these tests.
 */
import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { Viewer } from '@dossier/core';
import type { DossierReportElement } from './report-element.js';
import { axeViolations } from '../testing-fixtures/index.js';

/** What the suite needs to know of a report element. */
export interface ReportElementCase {
  /** The tag, registered by `define.js`. */
  readonly tag: string;
  /** The element's class (the tag must be defined as it). */
  readonly element: CustomElementConstructor;
  /** The property that takes the data. */
  readonly property: string;
  /** Data to draw (core's result for a small book). */
  readonly data: () => unknown;
  /** Data with nothing in it, when the element has such a state besides `undefined`. */
  readonly emptyData?: () => unknown;
  /** The viewer to show the data to (a manager where figures are screened). */
  readonly viewer?: Viewer;
  /** The default title in each locale. */
  readonly title: { readonly en: string; readonly 'zh-CN': string };
  /** What a drawn report has (a selector in the shadow root): the chart, grid or table. */
  readonly drawn: string;
}

const statuses = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=status]')].map((s) => [s.getAttribute('role'), s.textContent]);

async function make(c: ReportElementCase, data: unknown, attributes = '', locale = 'en'): Promise<DossierReportElement> {
  const tag = unsafeStatic(c.tag);
  const el = await fixture<DossierReportElement>(staticHtml`<${tag} locale=${locale} ${unsafeStatic(attributes)}></${tag}>`);
  if (c.viewer) el.viewer = c.viewer;
  (el as unknown as Record<string, unknown>)[c.property] = data;
  await el.updateComplete;
  return el;
}

/**
 * Defines the conformance tests of one report element.
 *
 * @example
 * reportElementSuite({ tag: 'dossier-pareto-chart', element: DossierParetoChart, property: 'pareto', data: () => pareto(book), title, drawn: 'svg[part=chart]' });
 */
export function reportElementSuite(c: ReportElementCase): void {
  describe(`${c.tag}: the report element suite`, () => {
    it('is defined with the shared defaults, and draws its data with no status line', async () => {
      expect(customElements.get(c.tag)).to.equal(c.element);
      const el = await make(c, c.data());
      expect(el.loading).to.equal(false);
      expect(el.error).to.equal(undefined);
      expect(el.currency).to.equal('CNY');
      expect(el.hideTitle).to.equal(false);
      expect(el.periodPicker).to.equal(false);
      expect(statuses(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll(c.drawn).length).to.be.greaterThan(0);
      expect(el.matches(':state(empty)')).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal(c.title.en);
    });

    it('shows the empty state without data, in en and zh-CN', async () => {
      for (const data of [undefined, ...(c.emptyData ? [c.emptyData()] : [])]) {
        const el = await make(c, data);
        expect(statuses(el)).to.deep.equal([['status', 'No data to show.']]);
        expect(el.matches(':state(empty)')).to.equal(true);
        expect(el.shadowRoot!.querySelectorAll(c.drawn).length).to.equal(0);
        expect(await axeViolations(el)).to.deep.equal([]);
        el.locale = 'zh-CN';
        await el.updateComplete;
        expect(statuses(el)).to.deep.equal([['status', '暂无数据。']]);
      }
    });

    it('shows a busy status line while loading, in place of the report', async () => {
      const el = await make(c, c.data(), 'loading', 'zh-CN');
      const status = el.shadowRoot!.querySelector('[part=status]')!;
      expect(status.textContent).to.equal('加载中…');
      expect(status.getAttribute('aria-busy')).to.equal('true');
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll(c.drawn).length).to.equal(0);
      el.loading = false;
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll(c.drawn).length).to.be.greaterThan(0);
    });

    it('shows an error as an alert in place of the report, and the report again once cleared', async () => {
      const el = await make(c, c.data(), '', 'zh-CN');
      el.error = { messages: { en: 'connection refused', 'zh-CN': '连接被拒绝' } };
      await el.updateComplete;
      expect(statuses(el)).to.deep.equal([['alert', '无法显示报表：连接被拒绝']]);
      expect(el.matches(':state(error)')).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll(c.drawn).length).to.equal(0);
      el.error = undefined;
      await el.updateComplete;
      expect(statuses(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll(c.drawn).length).to.be.greaterThan(0);
    });

    it('speaks en and zh-CN: title, lang and shared strings follow the locale', async () => {
      const el = await make(c, c.data());
      const base = () => el.shadowRoot!.querySelector('[part=base]')!;
      expect(base().getAttribute('lang')).to.equal('en');
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(base().getAttribute('lang')).to.equal('zh-CN');
      expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal(c.title['zh-CN']);
      el.loading = true;
      await el.updateComplete;
      expect(statuses(el)).to.deep.equal([['status', '加载中…']]);
      el.locale = 'en';
      await el.updateComplete;
      expect(statuses(el)).to.deep.equal([['status', 'Loading…']]);
    });

    it('has no axe violations drawn, light and dark, in both locales', async () => {
      for (const theme of ['light', 'dark'] as const) {
        for (const locale of ['en', 'zh-CN']) {
          const el = await make(c, c.data(), '', locale);
          el.theme = theme;
          el.style.background = theme === 'dark' ? '#1b1e24' : '#fff';
          await el.updateComplete;
          expect(await axeViolations(el), `${theme} ${locale}`).to.deep.equal([]);
        }
      }
    });
  });
}
