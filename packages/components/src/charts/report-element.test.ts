import { expect, fixture, html } from '@open-wc/testing';
import { annualPlan, competitorReport, leadFunnel, pareto, toTransactionColumns } from '@dossier/core';
import type { DossierReportElement } from './report-element.js';
import { DossierParetoChart } from '../pareto-chart/pareto-chart.js';
import { DossierCompositionChart } from '../composition-chart/composition-chart.js';
import { DossierRfmGrid } from '../rfm-grid/rfm-grid.js';
import { DossierEfficiencyReport } from '../efficiency-report/efficiency-report.js';
import { DossierProductReport } from '../product-report/product-report.js';
import { DossierFunnelReport } from '../funnel-report/funnel-report.js';
import { DossierCompetitorReport } from '../competitor-report/competitor-report.js';
import { DossierAnnualPlan } from '../annual-plan/annual-plan.js';
import { axeViolations } from '../testing-fixtures/index.js';
import { viewers } from '../testing-fixtures/archive.js';
import { reportElementSuite } from './report-element-suite.js';
import { storyCompositionByTerritory, storyEfficiency, storyPareto, storyProducts, storyRfm } from './story-data.js';
import '../define.js';

// One suite for every report element (default, empty, loading, error, both locales, axe).
reportElementSuite({
  tag: 'dossier-pareto-chart',
  element: DossierParetoChart,
  property: 'pareto',
  data: storyPareto,
  title: { en: 'Cumulative revenue curve (Pareto)', 'zh-CN': '累计销售额曲线（帕累托）' },
  drawn: 'svg[part=chart]',
});
reportElementSuite({
  tag: 'dossier-composition-chart',
  element: DossierCompositionChart,
  property: 'composition',
  data: storyCompositionByTerritory,
  emptyData: () => ({ dimension: 'customer', rows: [], totalCustomers: 0, totalRevenue: 0 }),
  title: { en: 'Composition by group', 'zh-CN': '按分组的构成' },
  drawn: 'svg[part=chart]',
});
reportElementSuite({
  tag: 'dossier-rfm-grid',
  element: DossierRfmGrid,
  property: 'rfm',
  data: storyRfm,
  emptyData: () => ({ r: [], f: [], policy: { bins: 5 } }),
  title: { en: 'RFM grid: recency × frequency', 'zh-CN': 'RFM 矩阵：最近购买 × 购买频率' },
  drawn: '[part=grid]',
});
reportElementSuite({
  tag: 'dossier-efficiency-report',
  element: DossierEfficiencyReport,
  property: 'efficiency',
  data: storyEfficiency,
  emptyData: () => ({ rows: [] }),
  viewer: viewers.manager,
  title: { en: 'Sales-force efficiency', 'zh-CN': '销售人员效率检查表' },
  drawn: '[part=table]',
});
reportElementSuite({
  tag: 'dossier-product-report',
  element: DossierProductReport,
  property: 'products',
  data: () => storyProducts(),
  title: { en: 'Product analysis: margin, turnover, cross and contribution ratios', 'zh-CN': '商品分析：毛利率、周转率、交叉比率与贡献比率' },
  drawn: '[part=table]',
});
// the new reports of leads, competitors and the annual plan run the same suite
reportElementSuite({
  tag: 'dossier-funnel-report',
  element: DossierFunnelReport,
  property: 'funnel',
  data: () => leadFunnel([{ id: 'c1', leadIntent: 'A' }, { id: 'c2', funnelStage: 'qualified' }, { id: 'c3', grade: { current: 'A' } }]),
  emptyData: () => leadFunnel([]),
  viewer: viewers.manager,
  title: { en: 'Lead funnel', 'zh-CN': '客户开发漏斗' },
  drawn: '[part=table]',
});
reportElementSuite({
  tag: 'dossier-competitor-report',
  element: DossierCompetitorReport,
  property: 'report',
  data: () => competitorReport([{ customerId: 'C1', competitor: '竞品甲', satisfaction: 4, productsInUse: ['X200'] }, { customerId: 'C2', competitor: '乙方科技' }], { C1: 'A', C2: 'C' }),
  emptyData: () => competitorReport([]),
  viewer: viewers.manager,
  title: { en: 'Competitors at our customers', 'zh-CN': '竞争对手分布' },
  drawn: '[part=table]',
});
reportElementSuite({
  tag: 'dossier-annual-plan',
  element: DossierAnnualPlan,
  property: 'plan',
  data: () =>
    annualPlan(toTransactionColumns([{ customerId: 'C1', date: '2025-01-10', amount: 100, cost: 60 }]), {
      period: { from: '2025-01-01', to: '2025-04-01' },
      targets: { sales: 600, grossMargin: 200, expenseToSales: 0.1 },
    }),
  viewer: viewers.manager,
  title: { en: 'Annual plan', 'zh-CN': '年度计划分析' },
  drawn: '[part=table]',
});

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
