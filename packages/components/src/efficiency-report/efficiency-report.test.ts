import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { metricLabel, salesForceEfficiency, toTransactionColumns } from '@dossier/core';
import type { DossierEfficiencyReport } from './efficiency-report.js';
import { axeViolations, hostile, injectedElements } from '../testing-fixtures/index.js';
import { viewers } from '../testing-fixtures/archive.js';
import { anonymousViewer } from '../shared/viewer.js';
import { keyboardSorts } from '../charts/chart-testing.js';
import '../define.js';

// Q1 2025. wang's customer c1 bought 100 (order o1) and 200 (o2); li's customer c2 bought 50 (o3).
// wang made 2 visits costing 10 + 20; 10 working days each.
// wang: visits 2, 2/10 = 0.2 a day, sales 300, 2 orders → 150 an order, 1 buyer → 300 a customer,
//       30 / 2 = 15 a visit, 300 / 2 = 150 sales a visit; no paid column → cash collection —.
// li:   no visit (0 a day, cost and sales per visit —), sales 50, 1 order.
const efficiency = () =>
  salesForceEfficiency(
    toTransactionColumns([
      { customerId: 'c1', date: '2025-01-10', amount: 100, orderId: 'o1' },
      { customerId: 'c1', date: '2025-02-10', amount: 200, orderId: 'o2' },
      { customerId: 'c2', date: '2025-03-10', amount: 50, orderId: 'o3' },
    ]),
    {
      period: { from: '2025-01-01', to: '2025-04-01' },
      repOf: { c1: 'wang', c2: 'li' },
      workingDays: 10,
      interactions: [
        { customerId: 'c1', rep: 'wang', date: '2025-01-05', kind: 'visit', cost: 10 },
        { customerId: 'c1', rep: 'wang', date: '2025-02-05', kind: 'visit', cost: 20 },
      ],
    },
  );

/** Which of `values` the shadow root's markup contains (text and attributes, hidden or not). */
const found = (el: Element, values: readonly string[]) => values.filter((v) => el.shadowRoot!.innerHTML.includes(v));

const bodyRows = (el: DossierEfficiencyReport) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

describe('dossier-efficiency-report', () => {
  // defined, empty, loading, error, both locales and axe: the report element suite (charts/report-element.test.ts)
  it('has its own defaults', async () => {
    const el = await fixture<DossierEfficiencyReport>(html`<dossier-efficiency-report locale="en"></dossier-efficiency-report>`);
    expect(el.efficiency).to.equal(undefined);
    expect(el.effort).to.equal(undefined);
    expect(el.names).to.deep.equal({});
    expect(el.label).to.equal(undefined);
    expect(el.sort).to.equal(undefined);
    expect(el.viewer).to.equal(undefined);
    expect(el.resolvedViewer).to.equal(anonymousViewer);
  });

  it('writes money in its currency', async () => {
    const el = await fixture<DossierEfficiencyReport>(
      html`<dossier-efficiency-report .efficiency=${efficiency()} .viewer=${viewers.manager} currency="USD" label="Q1 reps" locale="en"></dossier-efficiency-report>`,
    );
    expect(bodyRows(el)[0]![3]).to.equal('$300.00');
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Q1 reps');
  });

  it('shows the hand-computed figures per rep', async () => {
    const el = await fixture<DossierEfficiencyReport>(
      html`<dossier-efficiency-report .efficiency=${efficiency()} .names=${{ wang: '王芳' }} .viewer=${viewers.manager} locale="en"></dossier-efficiency-report>`,
    );
    const [wang, li] = bodyRows(el);
    // no paid column, no receivables, no cost, no targets: cash and receivables collection, gross
    // margin and both achievements have no figure for any rep, and are left out and named
    expect(el.shadowRoot!.querySelector('[part=hidden-columns]')!.textContent).to.equal(
      `Not shown, no row has a figure: ${(['cashCollectionRate', 'receivablesCollectionRate', 'grossMargin', 'salesAchievement', 'grossMarginAchievement'] as const)
        .map((k) => metricLabel('en', k))
        .join(', ')}.`,
    );
    expect(wang!.slice(0, 10)).to.deep.equal(['王芳', '2', '0.2', '¥300.00', '2', '¥150.00', '1', '¥300.00', '¥15.00', '¥150.00']);
    expect(li!.slice(0, 5)).to.deep.equal(['li', '0', '0', '¥50.00', '1']);
    expect(li![8]).to.equal('—');
    expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.equal(
      '2 sales reps: sales ¥350.00, 2 visits, 2 new and 0 lost customers.',
    );
  });

  it('sorts by a column with aria-sort, and reverses on a second press', async () => {
    const el = await fixture<DossierEfficiencyReport>(html`<dossier-efficiency-report .efficiency=${efficiency()} .viewer=${viewers.manager} locale="zh-CN"></dossier-efficiency-report>`);
    const button = (key: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button.sort[data-key="${key}"]`)!;
    expect(button('visits').textContent!.trim()).to.equal(metricLabel('zh-CN', 'visits'));
    button('rep').click();
    await el.updateComplete;
    expect(bodyRows(el).map((r) => r[0])).to.deep.equal(['li', 'wang']);
    expect(button('rep').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    button('rep').click();
    await el.updateComplete;
    expect(bodyRows(el).map((r) => r[0])).to.deep.equal(['wang', 'li']);
    expect(button('rep').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
    // costPerVisit: li has none, so li stays last in both directions
    button('costPerVisit').click();
    await el.updateComplete;
    expect(bodyRows(el).map((r) => r[0])).to.deep.equal(['wang', 'li']);
  });

  it('sorts from the keyboard: Enter and Space on a focused header', async () => {
    const el = await fixture<DossierEfficiencyReport>(html`<dossier-efficiency-report .efficiency=${efficiency()} .viewer=${viewers.manager} locale="en"></dossier-efficiency-report>`);
    // names start ascending (li, wang), then reverse
    expect(await keyboardSorts(el, 'rep')).to.deep.equal([
      { order: ['wang', 'li'], sort: 'none' },
      { order: ['li', 'wang'], sort: 'ascending' },
      { order: ['wang', 'li'], sort: 'descending' },
    ]);
  });

  describe('privacy', () => {
    it('shows a rep the amounts of their own row only, and every rep\'s counts', async () => {
      const wang = { ...viewers.otherRep, userId: 'wang' };
      const el = await fixture<DossierEfficiencyReport>(html`<dossier-efficiency-report .efficiency=${efficiency()} .viewer=${wang} locale="en"></dossier-efficiency-report>`);
      // core ranks wang (sales 300) before li (50): with figures restricted, rows start in name order
      const [li, own] = bodyRows(el);
      expect(own!.slice(0, 12)).to.deep.equal(['wang', '2', '0.2', '¥300.00', '2', '¥150.00', '1', '¥300.00', '—', '—', '¥15.00', '¥150.00']);
      expect(li!.slice(0, 12)).to.deep.equal(['li', '0', '0', 'Restricted', '1', 'Restricted', '1', 'Restricted', 'Restricted', 'Restricted', '—', 'Restricted']);
      // li's sales (and sales per order), and the total that would give them away
      expect(found(el, ['¥300.00', '¥50.00', '¥350.00'])).to.deep.equal(['¥300.00']);
      expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.equal(
        '2 sales reps: 2 visits, 2 new and 0 lost customers. Amounts you may not read are withheld.',
      );
      // a restricted amount sorts last in both directions and gets no bar
      const sales = el.shadowRoot!.querySelector<HTMLButtonElement>('button.sort[data-key="sales"]')!;
      sales.click();
      await el.updateComplete;
      expect(bodyRows(el).map((r) => r[0])).to.deep.equal(['wang', 'li']);
      sales.click();
      await el.updateComplete;
      expect(bodyRows(el).map((r) => r[0])).to.deep.equal(['wang', 'li']);
      expect(el.shadowRoot!.querySelectorAll('svg.bar').length).to.equal(1);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('orders reps of one name by id, not by their restricted sales', async () => {
      // r1 (2 orders) and r2 (1 order) are both 王芳; their order counts tell them apart, so which
      // sold more must not decide their order
      const book = (r1Sales: number, r2Sales: number) =>
        salesForceEfficiency(
          toTransactionColumns([
            { customerId: 'c1', date: '2025-01-10', amount: r1Sales / 2, orderId: 'o1' },
            { customerId: 'c1', date: '2025-02-10', amount: r1Sales / 2, orderId: 'o2' },
            { customerId: 'c2', date: '2025-03-10', amount: r2Sales, orderId: 'o3' },
          ]),
          { period: { from: '2025-01-01', to: '2025-04-01' }, repOf: { c1: 'r1', c2: 'r2' }, workingDays: 10 },
        );
      for (const [efficiency, ranked] of [[book(500, 10), ['r1', 'r2']], [book(10, 500), ['r2', 'r1']]] as const) {
        expect(efficiency.rows.map((r) => r.rep)).to.deep.equal(ranked); // core ranks by sales
        const el = await fixture<DossierEfficiencyReport>(
          html`<dossier-efficiency-report .efficiency=${efficiency} .names=${{ r1: '王芳', r2: '王芳' }} .viewer=${viewers.otherRep} locale="en"></dossier-efficiency-report>`,
        );
        // name, sales, orders: r1 (2 orders) first both times
        expect(bodyRows(el).map((r) => [r[0], r[3], r[4]])).to.deep.equal([
          ['王芳', 'Restricted', '2'],
          ['王芳', 'Restricted', '1'],
        ]);
      }
    });

    it('without a viewer shows the reps\' names and no figure at all, in Chinese too', async () => {
      const el = await fixture<DossierEfficiencyReport>(html`<dossier-efficiency-report .efficiency=${efficiency()} locale="en"></dossier-efficiency-report>`);
      for (const row of bodyRows(el)) expect(row.slice(1)).to.deep.equal(new Array<string>(16).fill('Restricted'));
      expect(found(el, ['¥300.00', '¥50.00', '¥350.00', '¥15.00'])).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.equal('2 sales reps. Figures you may not read are withheld.');
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(bodyRows(el)[0]![3]).to.equal('无权查看');
      expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.equal('共 2 名销售人员。您无权查看的数据不予显示。');
    });

    it('takes the viewer from the provider', async () => {
      const wrapper = await fixture<HTMLElement>(html`<dossier-provider locale="en" .viewer=${viewers.manager}>
        <dossier-efficiency-report .efficiency=${efficiency()}></dossier-efficiency-report>
      </dossier-provider>`);
      const el = wrapper.querySelector<DossierEfficiencyReport>('dossier-efficiency-report')!;
      await el.updateComplete;
      expect(el.resolvedViewer).to.equal(viewers.manager);
      expect(bodyRows(el).map((r) => r[3])).to.deep.equal(['¥300.00', '¥50.00']);
      expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain('sales ¥350.00');
    });
  });

  it('renders hostile rep names as inert text, with no axe violations light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<HTMLElement>(html`<dossier-efficiency-report style="background:${theme === 'dark' ? '#1b1e24' : '#fff'}" .efficiency=${efficiency()} .names=${{ wang: hostile }} .viewer=${viewers.manager} .theme=${theme} locale="en"></dossier-efficiency-report>`);
      expect(injectedElements(el.shadowRoot!)).to.equal(0);
      expect(el.shadowRoot!.querySelector('tbody th')!.textContent!.trim()).to.equal(hostile);
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });
});

describe('dossier-efficiency-report: effort by grade', () => {
  // A: 2 customers, 20 % of the visits, 70 % of sales; C: 5 customers, 60 % of the visits, 10 % of sales;
  // B: 20 % and 20 %. Sales per effort = sales share ÷ effort share: A 0.7/0.2 = 3.5, B 1, C 0.1/0.6 ≈ 0.17.
  const effort = {
    rows: [
      { grade: 'A', customers: 2, interactions: 2, interactionShare: 0.2, minutes: 0, timeShare: null, revenue: 700, revenueShare: 0.7, effortToValue: 0.2 / 0.7 },
      { grade: 'B', customers: 3, interactions: 2, interactionShare: 0.2, minutes: 0, timeShare: null, revenue: 200, revenueShare: 0.2, effortToValue: 1 },
      { grade: 'C', customers: 5, interactions: 6, interactionShare: 0.6, minutes: 0, timeShare: null, revenue: 100, revenueShare: 0.1, effortToValue: 6 },
    ],
  };
  const effortRows = (el: Element) =>
    [...el.shadowRoot!.querySelectorAll('[part=effort] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

  it('reads sales per effort so that more is better: C, with most of the effort for little sales, reads lowest', async () => {
    const el = await fixture<DossierEfficiencyReport>(
      html`<dossier-efficiency-report .efficiency=${efficiency()} .effort=${effort} .viewer=${viewers.manager} locale="zh-CN"></dossier-efficiency-report>`,
    );
    expect(el.shadowRoot!.querySelector('.effort-title')!.textContent).to.equal('各等级客户的投入与销售额');
    expect(effortRows(el)).to.deep.equal([
      ['A 类客户', '2', '20%', '70%', '3.5', '回报高于投入，可加大投入'],
      ['B 类客户', '3', '20%', '20%', '1', '投入与销售额相称'],
      ['C 类客户', '5', '60%', '10%', '0.17', '投入偏多，销售额不相称'],
    ]);
    expect(el.shadowRoot!.innerHTML).not.to.contain('投入产出比');
    // a grade's row drills down to that grade's customers
    const c = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=effort] tbody th button')[2]!;
    setTimeout(() => c.click());
    expect((await oneEvent(el, 'dossier-drill-down')).detail).to.deep.equal({ report: 'efficiency', filter: { grade: 'C' }, label: 'C 类客户' });
  });

  it('withholds shares of sales from a viewer without confidential clearance', async () => {
    const el = await fixture<DossierEfficiencyReport>(
      html`<dossier-efficiency-report .efficiency=${efficiency()} .effort=${effort} .viewer=${viewers.otherRep} locale="en"></dossier-efficiency-report>`,
    );
    expect(effortRows(el)[2]).to.deep.equal(['Grade C', '5', '60%', 'Restricted', 'Restricted', 'Restricted']);
    expect(el.shadowRoot!.innerHTML).not.to.contain('10%');
  });
});
