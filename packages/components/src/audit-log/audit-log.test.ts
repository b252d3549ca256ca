import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AuditEntry, AuditQuery } from '@dossier/core';
import { createMemoryAuditLog } from '@dossier/storage-adapters';
import { DossierAuditLog } from './audit-log.js';
import { storyAuditEntries, storyAuditNames } from './story-data.js';
import { axeViolations, hostile, injectedElements } from '../testing-fixtures/index.js';
import '../define.js';

const rows = (el: DossierAuditLog) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));

describe('dossier-audit-log', () => {
  it('is defined and says so when nothing was logged, in both locales', async () => {
    expect(customElements.get('dossier-audit-log')).to.equal(DossierAuditLog);
    const en = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="en"></dossier-audit-log>`);
    expect(en.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('Nothing has been logged yet.');
    const zh = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="zh-CN"></dossier-audit-log>`);
    expect(zh.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('尚无审计记录。');
  });

  it('lists entries newest first with names, roles, translated actions, field labels and the reason', async () => {
    const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="zh-CN" .entries=${storyAuditEntries()} .names=${storyAuditNames}></dossier-audit-log>`);
    const shown = rows(el);
    // Six entries; the newest (seq 6, 03:30Z) first, the oldest (seq 1) last.
    expect(shown.length).to.equal(6);
    expect(shown[0]![2]).to.equal('删除个人信息');
    expect(shown[0]![5]).to.equal('个人客户依法申请删除个人信息');
    // seq 3: the manager revealed a contact's mobile with a reason.
    expect(shown[3]!.slice(1)).to.deep.equal(['陈经理 · 销售经理', '显示隐藏信息', '联系人 P-000108', '手机', '客户来电要求回拨，核对手机号']);
    // seq 4 names six fields: four labels are shown, then "另 2 项".
    expect(shown[2]![4]).to.match(/另 2 项$/);
    expect(shown[2]![4]!.split('、').length).to.equal(4);
    // seq 1: the rep read the mobile, a street address and the credit limit, by their labels.
    expect(shown[5]![4]).to.include('手机');
    expect(shown[5]![4]).to.include('信用额度');
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-24T03:30:00.000Z');
  });

  it('filters per customer, per user and by the action the user picks', async () => {
    const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="en" customer-id="C-000042" .entries=${storyAuditEntries()}></dossier-audit-log>`);
    // C-000042 has entries seq 1, 2 and 3.
    expect(rows(el).length).to.equal(3);
    expect(el.shadowRoot!.querySelector('[part=title]')!.textContent).to.equal('Audit log of customer C-000042');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('[part=filter] select')!;
    select.value = 'reveal';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(rows(el).map((r) => r[2])).to.deep.equal(['Revealed']);
    el.customerId = undefined;
    el.action = undefined;
    el.userId = 'dpo-1';
    await el.updateComplete;
    expect(rows(el).map((r) => r[2])).to.deep.equal(['Erased personal data', 'Exported (subject access)']);
  });

  it('queries an audit log, again when the filter changes, and keeps only the latest answer', async () => {
    const audit = createMemoryAuditLog();
    for (const entry of storyAuditEntries()) await audit.append({ ...entry, seq: undefined } as AuditEntry);
    const asked: AuditQuery[] = [];
    const source = { query: (q: AuditQuery = {}) => (asked.push(q), audit.query(q)) };
    const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="en" user-id="rep-2" .audit=${source}></dossier-audit-log>`);
    await waitUntil(() => rows(el).length === 2);
    expect(asked.at(-1)).to.deep.equal({ userId: 'rep-2' });
    el.action = 'update';
    await waitUntil(() => rows(el).length === 1);
    expect(asked.at(-1)).to.deep.equal({ userId: 'rep-2', action: 'update' });
    // A slow first answer arriving after a fast second one must not win.
    let release!: () => void;
    const slow = { query: (q: AuditQuery = {}) => (q.userId === 'rep-2' ? new Promise<AuditEntry[]>((resolve) => (release = () => void audit.query(q).then(resolve))) : audit.query(q)) };
    el.action = undefined;
    el.audit = slow;
    await el.updateComplete;
    el.userId = 'fin-1';
    await waitUntil(() => rows(el).length === 1);
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(rows(el).map((r) => r[1])).to.deep.equal(['fin-1 · Finance']);
  });

  it('shows a translated error when the log cannot be read', async () => {
    const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="zh-CN" .audit=${{ query: async () => Promise.reject(new Error('unreachable')) }}></dossier-audit-log>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('无法读取审计日志：unreachable');
  });

  it('renders hostile ids and reasons as inert text, with no axe violations light and dark', async () => {
    const entries: AuditEntry[] = [{ at: '2026-11-24T01:00:00.000Z', userId: hostile, roleId: hostile, action: 'reveal', kind: hostile, recordId: hostile, fields: [hostile], reason: hostile }, ...storyAuditEntries()];
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<HTMLElement>(html`<dossier-audit-log style="background:${theme === 'dark' ? '#1b1e24' : '#fff'}" .entries=${entries} .theme=${theme} locale="en"></dossier-audit-log>`);
      expect(injectedElements(el.shadowRoot!)).to.equal(0);
      expect(el.shadowRoot!.textContent).to.include(hostile);
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });
});
