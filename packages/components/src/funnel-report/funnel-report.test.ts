import { expect, fixture, html } from '@open-wc/testing';
import { leadFunnel } from '@dossier/core';
import { DossierFunnelReport } from './funnel-report.js';
import { axeViolations } from '../testing-fixtures/index.js';
import { viewers } from '../testing-fixtures/archive.js';
import type { DossierDrillDownEvent } from '../charts/drill-down.js';
import '../define/funnel-report.js';

// Default rules (every industry a target, intents A–C qualify, intent A or grade A is a key account):
// c1 intent A → key account; c2 intent B → qualified; c3 intent D → undifferentiated (too low);
// c4 no intent, no grade → undifferentiated, but recorded by hand as qualified (differs);
// c5 graded A, no intent → key account.
// undifferentiated: at 2 (D 1, none 1), reached 5; qualified: at 1 (B), reached 3;
// key account: at 2 (A 1, none 1), reached 2. Conversion 3/5 = 60 %, 2/3 = 66.7 %.
const funnel = () =>
  leadFunnel([
    { id: 'c1', leadIntent: 'A' },
    { id: 'c2', leadIntent: 'B' },
    { id: 'c3', leadIntent: 'D' },
    { id: 'c4', funnelStage: 'qualified' },
    { id: 'c5', grade: { current: 'A' } },
  ]);
const names = { c4: '宁波港湾物流有限公司' };

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=table]')].map((t) => [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim())));
const text = (el: Element, part: string) => el.shadowRoot!.querySelector(`[part=${part}]`)?.textContent?.trim();

describe('dossier-funnel-report', () => {
  // empty, loading, error, titles in both locales and axe: the report element suite (charts/report-element.test.ts)
  it('is registered by its own entry', () => {
    expect(customElements.get('dossier-funnel-report')).to.equal(DossierFunnelReport);
  });

  it('shows the hand-counted stages, intents and conversion to a sales manager, in English', async () => {
    const el = await fixture<DossierFunnelReport>(html`<dossier-funnel-report locale="en" .funnel=${funnel()} .names=${names} .viewer=${viewers.manager}></dossier-funnel-report>`);
    expect(text(el, 'summary')).to.equal('5 leads: 3 qualified (60%), 2 key accounts (66.7% of the qualified).');
    const [stages, differing] = rows(el);
    expect(stages).to.deep.equal([
      ['Undifferentiated', '5', '2', '0', '0', '0', '1', '1'],
      ['Qualified', '3', '1', '0', '1', '0', '0', '0'],
      ['Key account', '2', '2', '1', '0', '0', '0', '1'],
    ]);
    expect(differing).to.deep.equal([['宁波港湾物流有限公司', 'Qualified', 'Undifferentiated', 'no intent class recorded']]);
    const events: DossierDrillDownEvent[] = [];
    el.addEventListener('dossier-drill-down', (e) => events.push(e));
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=table] tbody tr th button')[2]!.click();
    expect(events.map((e) => e.detail)).to.deep.equal([{ report: 'funnel', filter: { customerIds: ['c1', 'c5'], group: { dimension: 'funnelStage', key: 'key-account' } }, label: 'Key account' }]);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('in Chinese: stage names and reasons from core', async () => {
    const el = await fixture<DossierFunnelReport>(html`<dossier-funnel-report locale="zh-CN" .funnel=${funnel()} .names=${names} .viewer=${viewers.manager}></dossier-funnel-report>`);
    expect(text(el, 'summary')).to.equal('共 5 位潜在客户：合格客户 3 位（60%），大客户 2 位（占合格客户 66.7%）。');
    const [stages, differing] = rows(el);
    expect(stages!.map((r) => r[0])).to.deep.equal(['无差别客户', '合格客户', '大客户']);
    expect(differing).to.deep.equal([['宁波港湾物流有限公司', '合格客户', '无差别客户', '未记录意向等级']]);
  });

  it('a sales rep (level 1) sees the stages but not the split by intent (level 2)', async () => {
    const el = await fixture<DossierFunnelReport>(html`<dossier-funnel-report locale="en" .funnel=${funnel()} .viewer=${viewers.otherRep}></dossier-funnel-report>`);
    const [stages] = rows(el);
    expect(stages![0]).to.deep.equal(['Undifferentiated', '5', '2', 'Restricted', 'Restricted', 'Restricted', 'Restricted', 'Restricted']);
    // c4 is not in names: counted, never named or shown by id
    expect(el.shadowRoot!.innerHTML).not.to.contain('c4');
    expect(el.shadowRoot!.textContent).to.contain('1 more customers you may not see are left out.');
  });

  it('without a viewer (anonymous) no figure reaches the page', async () => {
    const el = await fixture<DossierFunnelReport>(html`<dossier-funnel-report locale="zh-CN" .funnel=${funnel()} .names=${names}></dossier-funnel-report>`);
    expect(el.matches(':state(restricted)')).to.equal(true);
    expect(text(el, 'summary')).to.equal('您无权查看的数据不予显示。');
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(el.shadowRoot!.innerHTML).not.to.contain('宁波港湾');
  });

  it('says when every recorded stage agrees', async () => {
    const el = await fixture<DossierFunnelReport>(html`<dossier-funnel-report locale="en" .funnel=${leadFunnel([{ id: 'c1', leadIntent: 'A', funnelStage: 'key-account' }])} .viewer=${viewers.manager}></dossier-funnel-report>`);
    expect(el.shadowRoot!.textContent).to.contain('Every recorded stage agrees with the rules.');
  });
});
