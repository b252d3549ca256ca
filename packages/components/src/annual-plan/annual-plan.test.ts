import { expect, fixture, html } from '@open-wc/testing';
import { annualPlan, satisfactionSummary, toTransactionColumns } from '@dossier/core';
import { DossierAnnualPlan } from './annual-plan.js';
import { axeViolations } from '../testing-fixtures/index.js';
import { viewers } from '../testing-fixtures/archive.js';
import '../define/annual-plan.js';

// Q1 2025 (90 days). Sales 100 in January (cost 60), 200 in February (cost 120), none in March.
// Targets: sales 600 → 300 / 600 = 50 %, variance −300; gross margin 300 − 180 = 120 of 200 → 60 %;
// expenses 45 → 45 / 300 = 15 % against 10 %; market 3,000 → 10 %.
// Cumulative target: 600 × 31 / 90 = 206.67 (Jan), 600 × 59 / 90 = 393.33 (Feb), 600 (Mar).
// Satisfaction: 5 and 4 from C1, 2 from C2 → mean 11 / 3 = 3.7, satisfied 2 / 3 = 66.7 %.
const period = { from: '2025-01-01', to: '2025-04-01' };
const plan = () =>
  annualPlan(
    toTransactionColumns([
      { customerId: 'C1', date: '2025-01-10', amount: 100, cost: 60 },
      { customerId: 'C2', date: '2025-02-10', amount: 200, cost: 120 },
    ]),
    { period, targets: { sales: 600, grossMargin: 200, expenseToSales: 0.1 }, expenses: 45, marketSales: 3000 },
  );
const satisfaction = () =>
  satisfactionSummary(
    [
      { customerId: 'C1', score: 5, surveyedOn: '2025-01-15' },
      { customerId: 'C1', score: 4, surveyedOn: '2025-03-15' },
      { customerId: 'C2', score: 2, surveyedOn: '2025-02-15' },
    ],
    period,
  );

const figures = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=figures] .figure')].map((f) => [f.querySelector('dt')!.textContent!.trim(), f.querySelector('dd')!.textContent!.trim()]);
const monthRows = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=table] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

describe('dossier-annual-plan', () => {
  it('is registered by its own entry and shows the empty state in both locales', async () => {
    expect(customElements.get('dossier-annual-plan')).to.equal(DossierAnnualPlan);
    const en = await fixture<DossierAnnualPlan>(html`<dossier-annual-plan locale="en"></dossier-annual-plan>`);
    expect(en.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('No data to show.');
    expect(en.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Annual plan');
    expect(en.matches(':state(empty)')).to.equal(true);
    const zh = await fixture<DossierAnnualPlan>(html`<dossier-annual-plan locale="zh-CN"></dossier-annual-plan>`);
    expect(zh.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('暂无数据。');
    expect(zh.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('年度计划分析');
  });

  it('shows target against actual, expenses, market share and satisfaction to a sales manager, in English', async () => {
    const el = await fixture<DossierAnnualPlan>(html`<dossier-annual-plan locale="en" .plan=${plan()} .satisfaction=${satisfaction()} .viewer=${viewers.manager}></dossier-annual-plan>`);
    expect(figures(el)).to.deep.equal([
      ['Sales', '¥300.00 of a ¥600.00 target (50%); variance -¥300.00'],
      ['Gross margin', '¥120.00 of a ¥200.00 target (60%)'],
      ['Expenses to sales', '15% (¥45.00); target 10%'],
      ['Market share', '10% of a ¥3,000.00 market'],
      ['Customer satisfaction', '3.7 out of 5 from 3 answers by 2 customers; 66.7% satisfied (4 or 5)'],
    ]);
    expect(monthRows(el)).to.deep.equal([
      ['Jan 2025', '¥100.00', '¥100.00', '¥206.67'],
      ['Feb 2025', '¥200.00', '¥300.00', '¥393.33'],
      ['Mar 2025', '¥0.00', '¥300.00', '¥600.00'],
    ]);
    expect(el.matches(':state(restricted)')).to.equal(false);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('in Chinese', async () => {
    const el = await fixture<DossierAnnualPlan>(html`<dossier-annual-plan locale="zh-CN" .plan=${plan()} .satisfaction=${satisfaction()} .viewer=${viewers.manager}></dossier-annual-plan>`);
    expect(figures(el).map(([label]) => label)).to.deep.equal(['销售额', '毛利', '费用占销售额比重', '市场占有率', '客户满意度']);
    expect(figures(el)[0]![1]).to.equal('¥300.00，目标 ¥600.00（达成率 50%），差异 -¥300.00');
    expect(figures(el)[4]![1]).to.equal('平均 3.7 分（满分 5 分），2 位客户共 3 份答卷，满意（4 分及以上）占 66.7%');
    expect(monthRows(el)[0]![0]).to.equal('2025年1月');
  });

  it('a sales rep (no confidential clearance) sees satisfaction but no money, which never reaches the page', async () => {
    const el = await fixture<DossierAnnualPlan>(html`<dossier-annual-plan locale="en" .plan=${plan()} .satisfaction=${satisfaction()} .viewer=${viewers.otherRep}></dossier-annual-plan>`);
    expect(figures(el).map(([label]) => label)).to.deep.equal(['Customer satisfaction']);
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Figures you may not read are withheld.');
    expect(el.shadowRoot!.querySelector('[part=chart]')).to.equal(null);
    // Lit's comment markers (lit$<random digits>$) left out: they may hold 300 or 600 by chance.
    expect(el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '')).not.to.match(/300|600|3,000/);
    expect(el.matches(':state(restricted)')).to.equal(true);
  });

  it('without a viewer nothing but the note is shown', async () => {
    const el = await fixture<DossierAnnualPlan>(html`<dossier-annual-plan locale="zh-CN" .plan=${plan()} .satisfaction=${satisfaction()}></dossier-annual-plan>`);
    expect(el.shadowRoot!.querySelector('[part=figures]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('您无权查看的数据不予显示。');
  });

  it('says when there is no target and no survey answer', async () => {
    const bare = annualPlan(toTransactionColumns([{ customerId: 'C1', date: '2025-01-10', amount: 100 }]), { period });
    const el = await fixture<DossierAnnualPlan>(html`<dossier-annual-plan locale="en" .plan=${bare} .satisfaction=${satisfactionSummary([], period)} .viewer=${viewers.manager}></dossier-annual-plan>`);
    expect(figures(el)).to.deep.equal([
      ['Sales', '¥100.00 (no target set)'],
      ['Gross margin', '— (no target set)'],
      ['Expenses to sales', '—'],
      ['Market share', '—'],
      ['Customer satisfaction', 'No survey answers in the period'],
    ]);
  });
});
