import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { computeCustomerFigures, gradeCustomers, locales, vocabularyLabel } from '@dossier/core';
import type { DossierRfmGrid} from './rfm-grid.js';
import { rfmCounts, type RfmGridInput } from './rfm-grid.js';
import { axeViolations, hostile, injectedElements, smallTexts } from '../testing-fixtures/index.js';
import '../define.js';

// Four customers on 5 bins: two at R 5 · F 1 ("new"), one at R 1 · F 5 ("can't lose"), one inactive.
const input: RfmGridInput = { r: [5, 5, 1, 0], f: [1, 1, 5, 0], policy: { bins: 5 } };

const cellText = (el: DossierRfmGrid, row: number, column: number) =>
  el.shadowRoot!.querySelector(`td[data-row="${row}"][data-column="${column}"]`)!;

describe('dossier-rfm-grid', () => {
  it('writes its axis note and cells at 12 px or more, also under a page\'s 13 px base', async () => {
    for (const size of ['', '--dossier-font-size: 13px']) {
      const el = await fixture<DossierRfmGrid>(html`<dossier-rfm-grid style=${size} .rfm=${input} locale="zh-CN"></dossier-rfm-grid>`);
      expect(el.shadowRoot!.querySelector('.axis-note'), 'the axis note is there').to.not.equal(null);
      expect(smallTexts(el.shadowRoot!), size || 'default').to.deep.equal([]);
    }
  });

  // defined, empty, loading, error, both locales and axe: the report element suite (charts/report-element.test.ts)
  it('counts customers per cell', () => {
    const counts = rfmCounts(input);
    expect(counts.cells[4]![0]).to.equal(2);
    expect(counts.cells[0]![4]).to.equal(1);
    expect(counts.inactive).to.equal(1);
    expect(counts.scored).to.equal(3);
  });

  it('shows counts and segment names, highest R first, in both locales', async () => {
    for (const locale of locales) {
      const el = await fixture<DossierRfmGrid>(html`<dossier-rfm-grid .rfm=${input} .locale=${locale}></dossier-rfm-grid>`);
      // row 0 is R 5, column 0 is F 1
      expect(cellText(el, 0, 0).querySelector('.n')!.textContent).to.equal('2');
      expect(cellText(el, 0, 0).querySelector('.segment')!.textContent).to.equal(vocabularyLabel(locale, 'rfmSegments', 'new'));
      expect(cellText(el, 4, 4).querySelector('.segment')!.textContent).to.equal(vocabularyLabel(locale, 'rfmSegments', 'cant-lose'));
      expect(cellText(el, 2, 2).querySelector('.n')!.textContent).to.equal('0');
      const headers = [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent);
      expect(headers).to.deep.equal(['R 5', 'R 4', 'R 3', 'R 2', 'R 1']);
      expect(el.shadowRoot!.querySelector('[part=inactive]')!.textContent).to.contain('1');
    }
  });

  it('grades a real book: the counts add up to the customers', async () => {
    const lines = Array.from({ length: 20 }, (_, i) => ({ customerId: `c${i % 7}`, date: `2025-0${1 + (i % 9)}-1${i % 9}`, amount: 100 + i, orderId: `o${i}` }));
    const rfm = gradeCustomers(computeCustomerFigures(lines, { asOf: '2026-01-01', customerIds: ['idle'] }), { method: 'rfm' });
    const el = await fixture<DossierRfmGrid>(html`<dossier-rfm-grid .rfm=${rfm} locale="en"></dossier-rfm-grid>`);
    const total = [...el.shadowRoot!.querySelectorAll('td .n')].reduce((sum, c) => sum + Number(c.textContent), 0);
    // 7 buying customers scored; 'idle' never bought
    expect(total).to.equal(7);
    expect(el.shadowRoot!.querySelector('[part=inactive]')!.textContent).to.equal('Inactive (no purchase in the window): 1');
  });

  it('moves with arrow keys and emits dossier-rfm-select on Enter', async () => {
    const el = await fixture<DossierRfmGrid>(html`<dossier-rfm-grid .rfm=${input} locale="en"></dossier-rfm-grid>`);
    const first = cellText(el, 0, 0) as HTMLElement;
    expect(first.tabIndex).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('td[tabindex="0"]').length).to.equal(1);
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', ctrlKey: true, bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    const last = cellText(el, 4, 4);
    expect(el.shadowRoot!.activeElement).to.equal(last);
    setTimeout(() => last.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true })));
    const event = await oneEvent(el, 'dossier-rfm-select');
    expect(event.detail).to.deep.equal({ r: 1, f: 5, segment: 'cant-lose', count: 1 });
    await el.updateComplete;
    expect(last.getAttribute('aria-selected')).to.equal('true');
  });

  it('renders a hostile caption inertly and has no axe violations, light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<HTMLElement>(html`<dossier-rfm-grid style="background:${theme === 'dark' ? '#1b1e24' : '#fff'}" .rfm=${input} .label=${hostile} .theme=${theme} locale="zh-CN"></dossier-rfm-grid>`);
      expect(injectedElements(el.shadowRoot!)).to.equal(0);
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });
});
