import { expect, fixture, html } from '@open-wc/testing';
import { competitorReport } from '@dossier/core';
import { DossierCompetitorReport } from './competitor-report.js';
import { axeViolations } from '../testing-fixtures/index.js';
import { viewers } from '../testing-fixtures/archive.js';
import type { DossierDrillDownEvent } from '../charts/drill-down.js';
import '../define/competitor-report.js';

// 竞品甲 at C1 (A; scores 2 and 4), C2 (B; 3), C4 (ungraded) → 3 customers, mean 3.0, products X200 (3 notes), Y1.
// 乙方科技 at C3 (C), no score → 1 customer. 2 competitors at 4 customers.
const report = () =>
  competitorReport(
    [
      { customerId: 'C1', competitor: '竞品甲', satisfaction: 2, productsInUse: ['X200'] },
      { customerId: 'C1', competitor: '竞品甲', satisfaction: 4, productsInUse: ['X200', 'Y1'] },
      { customerId: 'C2', competitor: '竞品甲', satisfaction: 3, productsInUse: ['X200'] },
      { customerId: 'C4', competitor: '竞品甲' },
      { customerId: 'C3', competitor: '乙方科技' },
    ],
    { C1: 'A', C2: 'B', C3: 'C' },
  );
const finance = { userId: 'f-1', role: { ...viewers.manager.role, id: 'finance', read: ['public', 'internal'] as const, informationLevels: [1, 2] as const } };

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=table] tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
const text = (el: Element, part: string) => el.shadowRoot!.querySelector(`[part=${part}]`)?.textContent?.trim();

describe('dossier-competitor-report', () => {
  // empty, loading, error, titles in both locales and axe: the report element suite (charts/report-element.test.ts)
  it('is registered by its own entry', () => {
    expect(customElements.get('dossier-competitor-report')).to.equal(DossierCompetitorReport);
  });

  it('shows competitors by customer grade to a sales manager, in English, and drills down to a competitor’s customers', async () => {
    const el = await fixture<DossierCompetitorReport>(html`<dossier-competitor-report locale="en" .report=${report()} .viewer=${viewers.manager}></dossier-competitor-report>`);
    expect(text(el, 'summary')).to.equal('2 competitors noted at 4 customers.');
    expect(rows(el)).to.deep.equal([
      ['竞品甲', '3', '1', '1', '0', '1', '3', 'X200, Y1'],
      ['乙方科技', '1', '0', '0', '1', '0', '—', '—'],
    ]);
    const events: DossierDrillDownEvent[] = [];
    el.addEventListener('dossier-drill-down', (e) => events.push(e));
    el.shadowRoot!.querySelector<HTMLButtonElement>('tbody tr th button')!.click();
    expect(events.map((e) => e.detail)).to.deep.equal([{ report: 'competitor', filter: { customerIds: ['C1', 'C2', 'C4'], group: { dimension: 'competitor', key: '竞品甲' } }, label: '竞品甲' }]);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('in Chinese', async () => {
    const el = await fixture<DossierCompetitorReport>(html`<dossier-competitor-report locale="zh-CN" .report=${report()} .viewer=${viewers.manager}></dossier-competitor-report>`);
    expect(text(el, 'summary')).to.equal('共记录 2 个竞争对手，涉及 4 位客户。');
    const headers = [...el.shadowRoot!.querySelectorAll('[part=table] thead th')].map((th) => th.textContent!.trim());
    expect(headers).to.deep.equal(['竞争对手', '客户数', 'A 类客户', 'B 类客户', 'C 类客户', '未评级', '客户对其满意度（1–5）', '客户在用的竞品']);
    expect(rows(el)[0]![7]).to.equal('X200、Y1');
  });

  it('without confidential clearance the satisfaction is restricted and never reaches the page', async () => {
    const el = await fixture<DossierCompetitorReport>(html`<dossier-competitor-report locale="en" .report=${report()} .viewer=${finance}></dossier-competitor-report>`);
    expect(rows(el)[0]![6]).to.equal('Restricted');
    expect(el.shadowRoot!.querySelector('[part=table] tbody')!.textContent).not.to.contain('3.0');
  });

  it('a sales rep (level 1) and an anonymous viewer learn nothing about competitors', async () => {
    for (const viewer of [viewers.otherRep, undefined]) {
      const el = await fixture<DossierCompetitorReport>(html`<dossier-competitor-report locale="zh-CN" .report=${report()} .viewer=${viewer}></dossier-competitor-report>`);
      expect(text(el, 'status')).to.equal('您无权查看的竞争对手资料不予显示。');
      expect(el.shadowRoot!.innerHTML).not.to.contain('竞品甲');
      expect(el.matches(':state(restricted)')).to.equal(true);
    }
  });
});
