import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryStore } from '@dossier/storage-adapters';
import type { DossierCustomerList } from './customer-list.js';
import { currentCustomer, formerCustomer, viewers } from '../testing-fixtures/archive.js';
import { eventually } from '../testing-fixtures/index.js';
import '../define.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));
async function settle(el: DossierCustomerList) {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await frame();
  }
}
function cells(el: DossierCustomerList, id: string) {
  const index = [0, 1].find((i) => el.rowAt(i)!.id === id)!;
  const row = el.shadowRoot!.querySelector<HTMLElement>(`#row-${index}`)!;
  return { revenue: row.querySelector('.c-revenue')!.textContent!.trim(), last: row.querySelector('.c-last')!.textContent!.trim() };
}

describe('dossier-customer-list figures in store mode', () => {
  it('shows current revenue (last 12 months) and last purchase from the store lines, and follows new lines', async () => {
    const store = createMemoryStore();
    for (const c of [currentCustomer, formerCustomer]) await store.put('customer', JSON.parse(JSON.stringify(c)));
    await store.importTransactions(
      [
        { customerId: currentCustomer.id, date: '2026-10-12', amount: 100.1 },
        { customerId: currentCustomer.id, date: '2026-03-01', amount: 50.05 },
        // 2025-12-07 is 366 days before 2026-12-07: outside the 12 months
        { customerId: currentCustomer.id, date: '2025-12-07', amount: 999 },
        // after the day of the list: not yet
        { customerId: currentCustomer.id, date: '2026-12-08', amount: 7 },
        { customerId: formerCustomer.id, date: '2024-05-30', amount: 300 },
      ],
      { importId: 'book-1' },
    );
    const el = await fixture<DossierCustomerList>(
      html`<dossier-customer-list locale="zh-CN" as-of="2026-12-07" .store=${store} .viewer=${viewers.manager}></dossier-customer-list>`,
    );
    await eventually(() => el.shownCount === 2);
    await eventually(() => el.rowAt(0)!.figures.amount >= 0);
    await settle(el);
    // 100.10 + 50.05 = 150.15; the 2026-10-12 purchase is the last (the one on 12-08 is after the day)
    expect(cells(el, currentCustomer.id)).to.deep.equal({ revenue: '¥150.15', last: '2026年10月12日' });
    // bought only in 2024: nothing in the last 12 months, last purchase still shown
    expect(cells(el, formerCustomer.id)).to.deep.equal({ revenue: '¥0.00', last: '2024年5月30日' });
    // The card's wording of the figure, spaces around the number (近 12 个月, not 近12个月).
    expect(el.shadowRoot!.querySelector('.columns')!.textContent).to.contain('近 12 个月销售额');
    await store.importTransactions([{ customerId: formerCustomer.id, date: '2026-12-07', amount: 20 }], { importId: 'book-2' });
    await eventually(() => cells(el, formerCustomer.id).revenue === '¥20.00');
    expect(cells(el, formerCustomer.id).last).to.equal('2026年12月7日');
  });

  it('labels figures given from a grading run with the run date', async () => {
    const store = createMemoryStore();
    for (const c of [currentCustomer, formerCustomer]) await store.put('customer', JSON.parse(JSON.stringify(c)));
    const figures = new Map([[currentCustomer.id, { revenue: 10, lastPurchase: '2026-05-30' }]]);
    const el = await fixture<DossierCustomerList>(
      html`<dossier-customer-list locale="en" .store=${store} .viewer=${viewers.manager} .figures=${figures} figures-as-of="2026-06-08"></dossier-customer-list>`,
    );
    await eventually(() => el.shownCount === 2);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part=count]')!.textContent).to.contain('Revenue and last purchase as of the grading run of Jun 8, 2026.');
    expect(cells(el, currentCustomer.id).last).to.equal('May 30, 2026');
  });

  it('shows "—" for revenue and last purchase while the figures are pending (a book still filling), and computes them when they are not', async () => {
    const store = createMemoryStore();
    for (const c of [currentCustomer, formerCustomer]) await store.put('customer', JSON.parse(JSON.stringify(c)));
    await store.importTransactions([{ customerId: currentCustomer.id, date: '2026-10-12', amount: 100.1 }], { importId: 'book-1' });
    const el = await fixture<DossierCustomerList>(
      html`<dossier-customer-list locale="zh-CN" as-of="2026-12-07" figures-pending .store=${store} .viewer=${viewers.manager}></dossier-customer-list>`,
    );
    await eventually(() => el.shownCount === 2);
    await settle(el);
    // Not ¥100.10 of the part written, nor ¥0.00 for the customer whose lines are not written yet.
    expect(cells(el, currentCustomer.id)).to.deep.equal({ revenue: '—', last: '—' });
    expect(cells(el, formerCustomer.id)).to.deep.equal({ revenue: '—', last: '—' });
    // Lines written while pending are not summed either.
    await store.importTransactions([{ customerId: formerCustomer.id, date: '2026-12-01', amount: 20 }], { importId: 'book-2' });
    await settle(el);
    expect(cells(el, formerCustomer.id).revenue).to.equal('—');
    el.figuresPending = false;
    await eventually(() => cells(el, currentCustomer.id).revenue === '¥100.10');
    expect(cells(el, formerCustomer.id)).to.deep.equal({ revenue: '¥20.00', last: '2026年12月1日' });
    // Pending again (another import begins): the figures shown go.
    el.figuresPending = true;
    await settle(el);
    expect(cells(el, currentCustomer.id)).to.deep.equal({ revenue: '—', last: '—' });
  });
});
