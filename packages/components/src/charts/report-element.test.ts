import { expect, fixture, html } from '@open-wc/testing';
import { pareto, toTransactionColumns } from '@dossier/core';
import type { DossierReportElement } from './report-element.js';
import type { DossierParetoChart } from '../pareto-chart/pareto-chart.js';
import { axeViolations } from '../testing-fixtures/index.js';
import '../define.js';

/** Every report widget: they share the status line of DossierReportElement. */
const tags = [
  'dossier-pareto-chart',
  'dossier-composition-chart',
  'dossier-rfm-grid',
  'dossier-grade-migration',
  'dossier-efficiency-report',
  'dossier-product-report',
] as const;

const statuses = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=status]')];

describe('report widgets: the error state', () => {
  for (const tag of tags) {
    it(`${tag} shows the error as an alert instead of the loading line, and the loading line again once cleared`, async () => {
      const el = await fixture<DossierReportElement>(`<${tag} locale="en" loading></${tag}>`);
      expect(el.error).to.equal(undefined);
      expect(el.matches(':state(error)')).to.equal(false);
      el.error = new Error('connection refused');
      await el.updateComplete;
      const [status, ...more] = statuses(el);
      expect(more).to.deep.equal([]);
      expect(status!.getAttribute('role')).to.equal('alert');
      expect(status!.textContent).to.equal('The report could not be shown: connection refused');
      expect(el.matches(':state(error)')).to.equal(true);
      el.error = undefined;
      await el.updateComplete;
      expect(statuses(el).map((s) => [s.getAttribute('role'), s.textContent])).to.deep.equal([['status', 'Loading…']]);
      expect(el.matches(':state(error)')).to.equal(false);
    });
  }

  it('replaces a drawn report, speaks the locale of a translated error, and gives way to the report when cleared', async () => {
    const data = pareto(toTransactionColumns([{ customerId: 'c1', date: '2025-06-01', amount: 60 }]));
    const el = await fixture<DossierParetoChart>(html`<dossier-pareto-chart .pareto=${data} locale="zh-CN"></dossier-pareto-chart>`);
    expect(el.shadowRoot!.querySelectorAll('svg[part=chart]').length).to.equal(1);
    el.error = { messages: { en: 'connection refused', 'zh-CN': '连接被拒绝' } };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('svg[part=chart]').length).to.equal(0);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('无法显示报表：连接被拒绝');
    el.locale = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('The report could not be shown: connection refused');
    el.error = undefined;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[role=alert]').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('svg[part=chart]').length).to.equal(1);
  });

  it('takes a message as the attribute (an empty one says only that the report failed), with no axe violations light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<DossierReportElement>(
        html`<dossier-efficiency-report style="background:${theme === 'dark' ? '#1b1e24' : '#fff'}" .theme=${theme} locale="zh-CN" error="服务不可用"></dossier-efficiency-report>`,
      );
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('无法显示报表：服务不可用');
      expect(await axeViolations(el)).to.deep.equal([]);
      el.setAttribute('error', '');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('无法显示报表。');
      el.removeAttribute('error');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[role=alert]').length).to.equal(0);
      expect(statuses(el)[0]!.textContent).to.equal('暂无数据。');
    }
  });
});
