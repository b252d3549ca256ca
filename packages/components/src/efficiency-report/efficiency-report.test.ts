import { expect, fixture, html } from '@open-wc/testing';
import { metricLabel, salesForceEfficiency, toTransactionColumns } from '@dossier/core';
import { DossierEfficiencyReport } from './efficiency-report.js';
import { axeViolations, hostile, injectedElements } from '../testing-fixtures/index.js';
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

const bodyRows = (el: DossierEfficiencyReport) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));

describe('dossier-efficiency-report', () => {
  it('is defined and shows the empty state by default', async () => {
    expect(customElements.get('dossier-efficiency-report')).to.equal(DossierEfficiencyReport);
    const el = await fixture<DossierEfficiencyReport>(html`<dossier-efficiency-report locale="en"></dossier-efficiency-report>`);
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('No data to show.');
    expect(el.matches(':state(empty)')).to.equal(true);
  });

  it('shows the hand-computed figures per rep', async () => {
    const el = await fixture<DossierEfficiencyReport>(
      html`<dossier-efficiency-report .efficiency=${efficiency()} .names=${{ wang: '王芳' }} locale="en"></dossier-efficiency-report>`,
    );
    const [wang, li] = bodyRows(el);
    expect(wang!.slice(0, 12)).to.deep.equal(['王芳', '2', '0.2', '¥300.00', '2', '¥150.00', '1', '¥300.00', '—', '—', '¥15.00', '¥150.00']);
    expect(li!.slice(0, 5)).to.deep.equal(['li', '0', '0', '¥50.00', '1']);
    expect(li![10]).to.equal('—');
    expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.equal(
      '2 sales reps: sales ¥350.00, 2 visits, 2 new and 0 lost customers.',
    );
  });

  it('sorts by a column with aria-sort, and reverses on a second press', async () => {
    const el = await fixture<DossierEfficiencyReport>(html`<dossier-efficiency-report .efficiency=${efficiency()} locale="zh-CN"></dossier-efficiency-report>`);
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

  it('renders hostile rep names as inert text, with no axe violations light and dark', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<HTMLElement>(html`<dossier-efficiency-report style="background:${theme === 'dark' ? '#1b1e24' : '#fff'}" .efficiency=${efficiency()} .names=${{ wang: hostile }} .theme=${theme} locale="en"></dossier-efficiency-report>`);
      expect(injectedElements(el.shadowRoot!)).to.equal(0);
      expect(el.shadowRoot!.querySelector('tbody th')!.textContent!.trim()).to.equal(hostile);
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });
});
