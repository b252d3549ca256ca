import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { computeCustomerFigures, createGradingRun, gradeCustomers, type AuditEntry, type AuditQuery } from '@dossier/core';
import { createMemoryAuditLog, createMemoryStore, dossierKinds, type DossierRecords } from '@dossier/storage-adapters';
import { DossierAuditLog } from './audit-log.js';
import { storyAuditEntries, storyCustomerNames, storyPeople } from './story-data.js';
import { axeViolations, hostile, injectedElements, smallTexts } from '../testing-fixtures/index.js';
import '../define.js';

const rows = (el: DossierAuditLog) => [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
const status = (el: DossierAuditLog) => el.shadowRoot!.querySelector('[part=status]')!.textContent!.replace(/\s+/g, ' ').trim();
const control = <T extends HTMLElement>(el: DossierAuditLog, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
async function choose(el: DossierAuditLog, selector: string, value: string) {
  const input = control<HTMLInputElement | HTMLSelectElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}
// Words that are keys, never labels: none may reach the screen.
const rawKeys = ['asOf', 'codeVersion', 'customers', 'bankAccount', 'taxNumber', 'lines', 'contact:', 'customer:', 'import-2026'];

describe('dossier-audit-log', () => {
  it('is defined and says so when nothing was logged, in both locales', async () => {
    expect(customElements.get('dossier-audit-log')).to.equal(DossierAuditLog);
    const en = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="en"></dossier-audit-log>`);
    expect(status(en)).to.equal('Nothing has been logged yet.');
    const zh = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="zh-CN"></dossier-audit-log>`);
    expect(status(zh)).to.equal('尚无审计记录。');
  });

  it('lists entries newest first with people by name, translated actions, field labels and customers by name (zh-CN)', async () => {
    const el = await fixture<DossierAuditLog>(
      html`<dossier-audit-log locale="zh-CN" .entries=${storyAuditEntries()} .people=${storyPeople} .customerNames=${storyCustomerNames}></dossier-audit-log>`,
    );
    const shown = rows(el);
    // Eight entries, the newest (seq 8, 05:00Z) first, the oldest (seq 1) last.
    expect(shown.length).to.equal(8);
    expect(status(el)).to.equal('共 8 条');
    // seq 8: the manager's grading run is one entry; its record's parts are not listed as keys.
    // Without a store to read the run from: the kind only, never the run's id.
    expect(shown[0]!.slice(1)).to.deep.equal(['陈静', '新建', '评级', '全部客户的等级', '']);
    // seq 7: one import, by the system actor "import": 7012 lines with separators, its 3 customers counted, never its id.
    expect(shown[1]!.slice(1, 5)).to.deep.equal(['导入', '新建', '导入交易记录 7,012 条（3 位客户）', '']);
    // seq 6: the erasure counts the records it anonymised.
    expect(shown[2]!.slice(1, 5)).to.deep.equal(['赵雪 · 审计', '删除个人信息', '客户 C-000013', '2 条记录']);
    // seq 4: seven fields, four labels shown, then "另 3 项".
    expect(shown[4]![4]).to.match(/另 3 项$/);
    expect(shown[4]![4]!.replace(/ 另 3 项$/, '').split('、').length).to.equal(4);
    // seq 3: a contact's mobile revealed, the contact's customer by name.
    expect(shown[5]!.slice(1)).to.deep.equal(['陈静 · 销售经理', '显示隐藏信息', '联系人 · 杭州西湖科技有限公司', '手机', '客户来电要求回拨，核对手机号']);
    // seq 1: the rep's card view, the customer by name.
    expect(shown[7]!.slice(1, 4)).to.deep.equal(['王芳 · 业务员', '查看机密信息', '杭州西湖科技有限公司']);
    expect(shown[7]![4]).to.include('手机');
    expect(shown[7]![4]).to.include('信用额度');
    for (const key of rawKeys) expect(el.shadowRoot!.querySelector('tbody')!.textContent, key).to.not.include(key);
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-24T05:00:00.000Z');
  });

  it('names a grading run by its date and method, read from the store (own or the provider\'s), never by its id', async () => {
    // Two runs as the demo stores them: the previous period's (abc-share as of 30 Nov 2026) and an RFM one.
    const figures = computeCustomerFigures([{ customerId: 'c1', date: '2026-10-12', amount: 850 }], { asOf: '2026-11-30', customerIds: ['c1'] });
    const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds() });
    await store.put('grading-run', createGradingRun(gradeCustomers(figures, { method: 'abc-share' }), figures, { id: 'run-previous-period', ranBy: 'system' }), { by: 'system' });
    const rfm = computeCustomerFigures([{ customerId: 'c1', date: '2026-10-12', amount: 850 }], { asOf: '2027-01-05', customerIds: ['c1'] });
    await store.put('grading-run', createGradingRun(gradeCustomers(rfm, { method: 'rfm' }), rfm, { id: 'run-2027-01', ranBy: 'mgr-1' }), { by: 'mgr-1' });
    const run = (seq: number, recordId: string): AuditEntry => ({ seq, at: `2026-12-0${seq}T01:00:00.000Z`, userId: 'system', action: 'create', kind: 'grading-run', recordId, fields: ['asOf', 'customers'] });
    const entries = [run(1, 'run-previous-period'), run(2, 'run-2027-01'), run(3, 'run-gone')];
    for (const [locale, expected] of [
      ['zh-CN', ['评级', '评级（截至 2027年1月5日，RFM 分析）', '评级（截至 2026年11月30日，按销售额占比 ABC 分类）']],
      ['en', ['Grading', 'Grading as of Jan 5, 2027 (RFM)', 'Grading as of Nov 30, 2026 (ABC by revenue share)']],
    ] as const) {
      const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale=${locale} .store=${store} .entries=${entries}></dossier-audit-log>`);
      await waitUntil(() => rows(el)[2]![3] !== expected[0], 'the runs are read');
      // Newest first: the unknown run (kind only), the RFM run, the previous period's run.
      expect(rows(el).map((row) => row[3])).to.deep.equal(expected);
      expect(el.shadowRoot!.querySelector('tbody')!.textContent).to.not.match(/run-|grading-run/);
    }
    // Through the provider's store, as the demo's audit page has it.
    const provided = await fixture<HTMLElement>(html`<dossier-provider locale="zh-CN" .store=${store}><dossier-audit-log .entries=${entries.slice(0, 1)}></dossier-audit-log></dossier-provider>`);
    const el = provided.querySelector<DossierAuditLog>('dossier-audit-log')!;
    await waitUntil(() => rows(el)[0]![3] !== '评级', 'the run is read through the provider');
    expect(rows(el)[0]![3]).to.equal('评级（截至 2026年11月30日，按销售额占比 ABC 分类）');
  });

  it('writes its filters\' labels and the dates written out beside the pickers at 12 px or more, also under a page\'s 13 px base', async () => {
    for (const size of ['', '--dossier-font-size: 13px']) {
      const el = await fixture<DossierAuditLog>(html`<dossier-audit-log style=${size} locale="zh-CN" from="2026-11-24" to="2026-11-24" .entries=${storyAuditEntries()} .people=${storyPeople}></dossier-audit-log>`);
      expect(el.shadowRoot!.querySelector('.date-reading')!.textContent).to.equal('2026年11月24日');
      expect(smallTexts(el.shadowRoot!), size || 'default').to.deep.equal([]);
    }
  });

  it('labels a satisfaction survey entry by its kind in both locales, never the key', async () => {
    const entries: AuditEntry[] = [{ seq: 1, at: '2026-11-24T06:00:00.000Z', userId: 'R-1', action: 'create', kind: 'satisfaction', recordId: 'S-1', customerId: 'C-000077' }];
    for (const [locale, record] of [['zh-CN', '满意度调查 · 宁波港城贸易有限公司'], ['en', 'Satisfaction survey · 宁波港城贸易有限公司']] as const) {
      const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale=${locale} .entries=${entries} .customerNames=${storyCustomerNames}></dossier-audit-log>`);
      expect(rows(el)[0]![3]).to.equal(record);
      expect(el.shadowRoot!.querySelector('tbody')!.textContent).to.not.include('kind.');
    }
  });

  it('shows a list view as one row naming the customers it showed, never "list" or an id', async () => {
    const names = { ...storyCustomerNames, 'C-000088': '温州瓯江鞋业有限公司', 'C-000099': '嘉兴南湖纺织有限公司' };
    const entry = (seq: number, customerIds: string[]): AuditEntry => ({ seq, at: '2026-11-24T07:00:00.000Z', userId: 'R-1', action: 'read', kind: 'customer', recordId: 'list', customerIds, fields: ['mobile'] });
    const entries = [entry(1, ['C-000042', 'C-000077']), entry(2, ['C-000042', 'C-000077', 'C-000088', 'C-000099', 'C-000100']), entry(3, ['C-000100'])];
    for (const [locale, expected] of [
      ['zh-CN', ['客户列表：杭州西湖科技有限公司、宁波港城贸易有限公司', '客户列表：杭州西湖科技有限公司、宁波港城贸易有限公司、温州瓯江鞋业有限公司等 5 位客户', '客户列表，1 位客户']],
      ['en', ['Customer list: 杭州西湖科技有限公司, 宁波港城贸易有限公司', 'Customer list: 杭州西湖科技有限公司, 宁波港城贸易有限公司, 温州瓯江鞋业有限公司 and 2 more', 'Customer list, customers shown: 1']],
    ] as const) {
      const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale=${locale} .entries=${entries} .customerNames=${names}></dossier-audit-log>`);
      // newest first: the same instant, so by seq descending
      expect(rows(el).map((row) => row[3]).sort()).to.deep.equal([...expected].sort());
      // no record key, no customer id
      expect(el.shadowRoot!.querySelector('tbody')!.textContent).to.not.match(locale === 'zh-CN' ? /list|C-0001/ : /C-0001|Customer list$/m);
    }
  });

  it('shows a bulk write as the records of a kind and the customers counted, never the batch id (both locales)', async () => {
    // 1,234 customers updated in one batch, 2 contacts of one customer created, 12 tasks of no customer.
    const many = Array.from({ length: 1234 }, (_, i) => `C-${String(i + 1).padStart(6, '0')}`);
    const entries: AuditEntry[] = [
      { seq: 1, at: '2026-11-24T01:00:00.000Z', userId: 'import', action: 'update', kind: 'customer', recordId: 'batch', customerIds: many, fields: ['1234 records'] },
      { seq: 2, at: '2026-11-24T02:00:00.000Z', userId: 'import', action: 'create', kind: 'contact', recordId: 'batch', customerIds: ['C-000042'], fields: ['2 records'] },
      { seq: 3, at: '2026-11-24T03:00:00.000Z', userId: 'import', action: 'create', kind: 'task', recordId: 'batch', customerIds: [], fields: ['12 records'] },
      { seq: 4, at: '2026-11-24T04:00:00.000Z', userId: 'import', action: 'create', kind: 'transaction', recordId: 'import-2026-10', customerIds: ['C-000042'], fields: ['1 lines'] },
    ];
    const expected = {
      'zh-CN': ['导入交易记录 1 条（1 位客户）', '待办事项 12 条', '联系人 2 条（1 位客户）', '客户 1,234 条（1,234 位客户）'],
      en: ['Imported 1 transaction line (1 customer)', 'Task: 12 records', 'Contact: 2 records (1 customer)', 'Customer: 1,234 records (1,234 customers)'],
    };
    for (const locale of ['zh-CN', 'en'] as const) {
      const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale=${locale} .entries=${entries} .customerNames=${storyCustomerNames}></dossier-audit-log>`);
      const shown = rows(el);
      expect(shown.map((row) => row[3]), locale).to.deep.equal(expected[locale]);
      expect(shown.map((row) => row[4]), locale).to.deep.equal(['', '', '', '']);
      expect(el.shadowRoot!.querySelector('tbody')!.textContent, locale).to.not.match(/batch|import-2026/);
    }
  });

  it('names people, system actors and fields in English, and never shows an unknown id', async () => {
    const entries: AuditEntry[] = [
      ...storyAuditEntries(),
      { seq: 9, at: '2026-11-24T06:00:00.000Z', userId: 'R-999', action: 'read', kind: 'customer', recordId: 'C-000042', customerId: 'C-000042', fields: ['mobile', 'contact:mobile'] },
    ];
    const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="en" .entries=${entries} .people=${storyPeople}></dossier-audit-log>`);
    const shown = rows(el);
    expect(shown[0]!.slice(1, 3)).to.deep.equal(['Unknown person', 'Read confidential data']);
    expect(shown[0]![4]).to.equal('Mobile, Contact: Mobile');
    expect(shown[1]!.slice(1, 5)).to.deep.equal(['Chen Jing', 'Created', 'Grading', "Every customer's grade"]);
    expect(shown[2]!.slice(1, 5)).to.deep.equal(['Import', 'Created', 'Imported 7,012 transaction lines (3 customers)', '']);
    expect(el.shadowRoot!.textContent).to.not.include('import-2026');
    expect(shown[8]![1]).to.equal('Wang Fang · Sales rep');
    expect(el.shadowRoot!.textContent).to.not.include('R-999');
    // Names given the old way still win over the directory.
    el.names = { 'mgr-1': '陈经理' };
    await el.updateComplete;
    expect(rows(el)[1]![1]).to.equal('陈经理');
  });

  it('filters by person (listed by name in pinyin order) and action, says when nothing matches, and clears', async () => {
    const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="zh-CN" .entries=${storyAuditEntries()} .people=${storyPeople}></dossier-audit-log>`);
    const options = [...control<HTMLSelectElement>(el, 'select[data-filter=user]').options].map((o) => o.textContent!.trim());
    // chén, dǎo, liú, wáng, zhào
    expect(options).to.deep.equal(['全部人员', '陈静', '导入', '刘敏', '王芳', '赵雪']);
    await choose(el, 'select[data-filter=user]', 'rep-2');
    expect(el.userId).to.equal('rep-2');
    expect(rows(el).map((r) => r[2])).to.deep.equal(['修改', '查看机密信息']);
    await choose(el, 'select[data-filter=action]', 'erase');
    expect(rows(el)).to.deep.equal([]);
    expect(status(el)).to.equal('没有符合筛选条件的记录。 清除筛选');
    expect(el.matches(':state(empty)')).to.equal(true);
    control<HTMLButtonElement>(el, '[part=status] button').click();
    await el.updateComplete;
    expect(rows(el).length).to.equal(8);
    expect([el.userId, el.action]).to.deep.equal([undefined, undefined]);
  });

  it('filters by a date range of whole days, in English too', async () => {
    const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="en" .entries=${storyAuditEntries()} .people=${storyPeople}></dossier-audit-log>`);
    const labels = [...el.shadowRoot!.querySelectorAll('[part=filter]')].map((l) => [...l.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim());
    expect(labels).to.deep.equal(['From', 'To', 'Person', 'Action']);
    // Every story entry is on 24 November (01:12–05:00 UTC), in any time zone from UTC-1 to UTC+18.
    await choose(el, 'input[type=date]:first-of-type', '2026-11-25');
    expect(rows(el)).to.deep.equal([]);
    expect(status(el)).to.equal('No entry matches these filters. Clear filters');
    await choose(el, '[part=filter]:nth-child(1) input', '2026-11-24');
    await choose(el, '[part=filter]:nth-child(2) input', '2026-11-24');
    expect(rows(el).length).to.equal(8);
    await choose(el, '[part=filter]:nth-child(2) input', '2026-11-23');
    expect(rows(el)).to.deep.equal([]);
  });

  it('queries an audit log with every filter, again when one changes, and keeps only the latest answer', async () => {
    const audit = createMemoryAuditLog();
    for (const entry of storyAuditEntries()) await audit.append({ ...entry, seq: undefined } as AuditEntry);
    const asked: AuditQuery[] = [];
    const source = { query: (q: AuditQuery = {}) => (asked.push(q), audit.query(q)) };
    const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="en" user-id="rep-2" .audit=${source} .people=${storyPeople}></dossier-audit-log>`);
    await waitUntil(() => rows(el).length === 2);
    expect(asked.at(-1)).to.deep.equal({ userId: 'rep-2' });
    el.action = 'update';
    await waitUntil(() => rows(el).length === 1);
    expect(asked.at(-1)).to.deep.equal({ userId: 'rep-2', action: 'update' });
    el.from = '2026-11-24';
    el.to = '2026-11-24';
    await waitUntil(() => asked.at(-1)!.from !== undefined);
    const { from, to } = asked.at(-1)!;
    // One whole day, both ends inclusive.
    expect(Date.parse(to!) - Date.parse(from!)).to.equal(86_400_000 - 1);
    el.from = undefined;
    el.to = undefined;
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
    expect(rows(el).map((r) => r[1])).to.deep.equal(['Liu Min · Finance']);
  });

  it('renders the newest hundred entries of a long log, a hundred more on request, and starts again when a filter changes', async () => {
    // 250 entries a minute apart: the newest is the last made (seq 250), as the log sorts newest first.
    const many = Array.from({ length: 250 }, (_, i): AuditEntry => ({ ...storyAuditEntries()[0]!, seq: i + 1, at: new Date(Date.UTC(2026, 10, 24, 1, i)).toISOString() }));
    const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="zh-CN" .entries=${many} .people=${storyPeople}></dossier-audit-log>`);
    expect(rows(el)).to.have.length(100);
    expect(status(el)).to.equal('共 250 条，显示最新的 100 条');
    const more = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=more]');
    expect(more()!.textContent!.trim()).to.equal('再显示 100 条');
    more()!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(200);
    expect(more()!.textContent!.trim()).to.equal('再显示 50 条');
    more()!.click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(250);
    expect(more()).to.equal(null);
    expect(status(el)).to.equal('共 250 条');
    el.locale = 'en';
    el.from = '2026-11-24';
    await el.updateComplete;
    expect(rows(el)).to.have.length(100);
    expect(status(el)).to.equal('250 entries, the newest 100 shown');
  });

  it('grows with the page (no scroll box) and turns rows into cards on a phone, without sideways scrolling', async () => {
    const many = Array.from({ length: 30 }, (_, i): AuditEntry => ({ ...storyAuditEntries()[0]!, seq: i + 1, at: `2026-11-24T01:${String(i).padStart(2, '0')}:00.000Z` }));
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size:1440px"><dossier-audit-log locale="zh-CN" .entries=${many} .people=${storyPeople}></dossier-audit-log></div>`);
    const el = wrapper.querySelector<DossierAuditLog>('dossier-audit-log')!;
    await el.updateComplete;
    const table = control<HTMLTableElement>(el, 'table');
    expect(getComputedStyle(table).display).to.equal('table');
    // every column header on one line, also over a column that is empty in every row (理由)
    for (const locale of ['zh-CN', 'en'] as const) {
      el.locale = locale;
      // long records and fields (a list view of long names, as the demo's log has them) squeeze the other columns
      const ids = ['C-000042', 'C-000077', 'C-1', 'C-2', 'C-3'];
      el.customerNames = { ...storyCustomerNames, 'C-1': '深圳市南山区前海国际物流供应链管理有限公司', 'C-2': '上海浦东新区张江高科技园区软件开发有限公司', 'C-3': '北京' };
      el.entries = many.map((entry) => ({ ...entry, recordId: 'list', customerIds: ids, reason: undefined, userId: 'mgr-1', roleId: 'sales-manager', fields: ['addresses.0.city', 'addresses.0.district', 'addresses.0.type', 'addresses.0.province', 'mobile', 'credit.limit'] }));
      await el.updateComplete;
      for (const th of el.shadowRoot!.querySelectorAll('th')) {
        const range = document.createRange();
        range.selectNodeContents(th);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        expect(lines.size, `${locale} ${th.textContent}`).to.equal(1);
      }
    }
    el.entries = many;
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.greaterThan(table.getBoundingClientRect().height);
    for (const node of el.shadowRoot!.querySelectorAll('*')) expect(['auto', 'scroll'], node.tagName).to.not.include(getComputedStyle(node).overflowY);
    wrapper.style.inlineSize = '390px';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(getComputedStyle(control(el, 'td')).display).to.equal('block');
    expect(getComputedStyle(control(el, 'thead')).position).to.equal('absolute');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(control(el, '[part=base]').scrollWidth).to.be.at.most(control(el, '[part=base]').clientWidth);
  });

  it('shows a translated error when the log cannot be read', async () => {
    const el = await fixture<DossierAuditLog>(html`<dossier-audit-log locale="zh-CN" .audit=${{ query: async () => Promise.reject(new Error('unreachable')) }}></dossier-audit-log>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=alert]'));
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('无法读取审计日志：unreachable');
  });

  it('renders hostile ids and reasons as inert text, with no axe violations light and dark', async () => {
    const entries: AuditEntry[] = [{ at: '2026-11-24T01:00:00.000Z', userId: hostile, roleId: hostile, action: 'reveal', kind: hostile, recordId: hostile, fields: [hostile], reason: hostile }, ...storyAuditEntries()];
    for (const theme of ['light', 'dark'] as const) {
      const el = await fixture<HTMLElement>(html`<dossier-audit-log style="background:${theme === 'dark' ? '#1b1e24' : '#fff'}" .entries=${entries} .people=${storyPeople} .theme=${theme} locale="en"></dossier-audit-log>`);
      expect(injectedElements(el.shadowRoot!)).to.equal(0);
      expect(el.shadowRoot!.textContent).to.include(hostile);
      expect(await axeViolations(el)).to.deep.equal([]);
    }
  });
});
