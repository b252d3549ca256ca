import { expect, fixture, html } from '@open-wc/testing';
import { defaultRoles } from '@dossier/core';
import { createMemoryStore, dossierKinds, type DossierRecords } from '@dossier/storage-adapters';
import type { DossierReceivables } from './receivables.js';
import { agendaArchive, agendaAsOf, agendaManager, agendaNames, agendaRep } from '../testing-fixtures/agenda.js';
import { axeViolations, eventually } from '../testing-fixtures/index.js';
import '../define/receivables.js';

const rows = (el: DossierReceivables, selector = '[part=table] > tbody > tr:not(.lines)') =>
  [...el.shadowRoot!.querySelectorAll(selector)].map((tr) => [...tr.children].map((c) => visibleText(c).replace(/\s+/g, ' ').trim()));
/** Text a sighted reader sees: without the words kept for screen readers only. */
const visibleText = (e: Element) => [...e.querySelectorAll('.visually-hidden')].reduce((text, hidden) => text.replace(hidden.textContent!, ''), e.textContent!);

describe('dossier-receivables', () => {
  it('ages what each customer owes, exactly, with the total (worked by hand in core, as of 2026-01-10)', async () => {
    const el = await fixture<DossierReceivables>(html`<dossier-receivables locale="en" as-of=${agendaAsOf} .viewer=${agendaManager} .archive=${agendaArchive()}></dossier-receivables>`);
    expect(rows(el)).to.deep.equal([
      ['Hangzhou West Lake Precision Machinery Co., Ltd.', '¥10,000.50', '¥3,000.00', '¥0.00', '¥7,000.50', '¥0.00', '¥7,000.50'],
      ['Ningbo Harbour Trading Co., Ltd.', '¥50.00', '¥50.00', '¥0.00', '¥0.00', '¥0.00', '¥50.00'],
      ['Suzhou Park Electronics Co., Ltd.', '¥0.30', '¥0.00', '¥0.00', '¥0.00', '¥0.30', '¥0.30'],
    ]);
    expect(rows(el, '[part=table] > tfoot > tr')).to.deep.equal([['Total', '¥10,050.80', '¥3,050.00', '¥0.00', '¥7,000.50', '¥0.30', '¥7,050.80']]);
  });

  it('drills down to the lines of a row, by keyboard too, and groups per rep (zh-CN)', async () => {
    const el = await fixture<DossierReceivables>(
      html`<dossier-receivables locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaManager} .names=${agendaNames} .archive=${agendaArchive()}></dossier-receivables>`,
    );
    const first = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-key="C-A"]')!;
    // Its name is the visible name, then the count for screen readers (axe: label-content-name-mismatch).
    expect(first.hasAttribute('aria-label')).to.equal(false);
    expect(first.textContent).to.equal('杭州西湖精密机械有限公司（2 笔明细）');
    first.click();
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    expect(rows(el, '[part=lines] tbody tr')).to.deep.equal([
      ['T1', '2025年11月1日', '2025年12月1日', '¥7,000.50', '40'],
      ['T2', '2025年12月20日', '2026年1月19日', '¥3,000.00', '0'],
    ]);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part=group-by] select')!;
    select.value = 'rep';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows(el).map((r) => r.slice(0, 2))).to.deep.equal([
      ['王磊', '¥10,050.50'],
      ['李娜', '¥0.30'],
    ]);
  });

  it('names reps through the people directory and a rep\'s lines by customer name, never by id (zh-CN)', async () => {
    // R1 is in the directory; R2 is not: 未知人员, never 'R2'
    const el = await fixture<DossierReceivables>(
      html`<dossier-receivables locale="zh-CN" group-by="rep" as-of=${agendaAsOf} .viewer=${agendaManager} .people=${[{ id: 'R1', name: '张伟' }]}
        .archive=${agendaArchive()}></dossier-receivables>`,
    );
    expect(rows(el).map((r) => r[0])).to.deep.equal(['张伟', '未知人员']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-key="R1"]')!.click();
    await el.updateComplete;
    // R1's customers C-A (T1, T2) and C-B, by name in the lines' customer column
    const customers = new Set(rows(el, '[part=lines] tbody tr').map((r) => r[1]));
    expect([...customers].sort()).to.deep.equal(['宁波港湾贸易有限公司', '杭州西湖精密机械有限公司'].sort());
  });

  it("shows a rep its own customers only, read through the store; a call-centre agent no amounts", async () => {
    const archive = agendaArchive();
    const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds() });
    await store.batch([
      ...archive.customers.map((value) => ({ op: 'put' as const, kind: 'customer' as const, value })),
      ...(archive.transactions ?? []).map((value) => ({ op: 'put' as const, kind: 'transaction' as const, value })),
    ]);
    const el = await fixture<DossierReceivables>(html`<dossier-receivables locale="en" as-of=${agendaAsOf} .viewer=${agendaRep} .store=${store}></dossier-receivables>`);
    await eventually(() => rows(el).length > 0);
    expect(rows(el).map((r) => r[1])).to.deep.equal(['¥10,000.50', '¥50.00']);
    const agent = await fixture<DossierReceivables>(
      html`<dossier-receivables locale="zh-CN" as-of=${agendaAsOf} .viewer=${{ userId: 'A1', role: defaultRoles['call-centre'] }} .archive=${archive}></dossier-receivables>`,
    );
    expect(agent.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('您无权查看金额。');
    expect(agent.shadowRoot!.textContent).not.to.include('7,000.50');
  });

  it('says when nothing is owed, and is axe-clean', async () => {
    const empty = await fixture<DossierReceivables>(html`<dossier-receivables locale="en" as-of=${agendaAsOf} .viewer=${agendaManager} .archive=${{ customers: [] }}></dossier-receivables>`);
    expect(empty.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Nothing is owed.');
    const el = await fixture<DossierReceivables>(html`<dossier-receivables locale="zh-CN" theme="dark" as-of=${agendaAsOf} .viewer=${agendaManager} .archive=${agendaArchive()}></dossier-receivables>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-key="C-A"]')!.click();
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
