import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { createMemoryStore } from '@dossier/storage-adapters';
import type { DossierHistory, HistoryRevision } from './history.js';
import { leafChanges } from './changes.js';
import { axeViolations, deepHTML, eventually, hostile, injectedElements, rendered } from '../testing-fixtures/index.js';
import { currentCustomer, interactions, secrets, viewers } from '../testing-fixtures/archive.js';
import '../define.js';

const base = { kind: 'customer' as const, id: 'C-0001', deleted: false, value: { salespersonId: 'rep-7' } };
const revisions: HistoryRevision[] = [
  {
    ...base,
    rev: 1,
    op: 'put',
    at: '2026-01-05T02:00:00.000Z',
    by: 'rep-7',
    changes: [{ path: ['relationship'], after: { stage: 'new', setByHand: false } }],
  },
  {
    ...base,
    rev: 2,
    op: 'put',
    at: '2026-03-01T06:30:00.000Z',
    by: 'm-1',
    changes: [
      { path: ['relationship', 'stage'], before: 'new', after: 'long-term' },
      { path: ['mobile'], before: '13800001111', after: secrets.mobile },
      { path: ['territory'], after: '华东' },
      { path: ['intelligence', 'relatedParties'], after: ['某关联公司'] },
      { path: ['updatedAt'], before: '2026-01-05T02:00:00.000Z', after: '2026-03-01T06:30:00.000Z' },
    ],
  },
];

const changeTexts = (el: DossierHistory) =>
  [...el.shadowRoot!.querySelectorAll('[part=change]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('leafChanges', () => {
  it('splits whole-object changes into leaves and keeps arrays whole', () => {
    expect(leafChanges([{ path: ['relationship'], after: { stage: 'new', setByHand: false } }])).to.deep.equal([
      { path: ['relationship', 'setByHand'], after: false },
      { path: ['relationship', 'stage'], after: 'new' },
    ]);
    expect(leafChanges([{ path: ['tags'], before: ['a'], after: ['a', 'b'] }])).to.deep.equal([{ path: ['tags'], before: ['a'], after: ['a', 'b'] }]);
    expect(leafChanges([{ path: ['grade'], before: { current: 'B' }, after: { current: 'A', provisional: false } }])).to.deep.equal([
      { path: ['grade', 'current'], before: 'B', after: 'A' },
      { path: ['grade', 'provisional'], after: false },
    ]);
  });
});

describe('dossier-history', () => {
  it('has defaults and says when there is nothing', async () => {
    const el = await fixture<DossierHistory>(html`<dossier-history locale="en" .revisions=${[]} .interactions=${[]}></dossier-history>`);
    expect(el.recordKind).to.equal('customer');
    expect(el.show).to.equal('all');
    expect(el.shadowRoot!.textContent).to.contain('No revisions.');
    expect(el.shadowRoot!.textContent).to.contain('No interactions recorded.');
  });

  it('shows every revision newest first, field by field: who, when, old → new (en)', async () => {
    const people = [{ id: 'm-1', name: '李经理', nameEn: 'Manager Li' }];
    const el = await fixture<DossierHistory>(html`<dossier-history locale="en" .revisions=${revisions} .viewer=${viewers.manager} .people=${people} .interactions=${[]}></dossier-history>`);
    const headers = [...el.shadowRoot!.querySelectorAll('[part=revision-header]')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    // authors by name through the people directory; one it does not know is a person, never an id
    expect(headers[0]).to.match(/^Edited · Revision 2 · by Manager Li · /);
    expect(headers[1]).to.match(/^Created · Revision 1 · by Unknown person · /);
    expect(el.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-01T06:30:00.000Z');
    const texts = changeTexts(el);
    // revision 2: stage, mobile, territory, related parties (updatedAt is bookkeeping, not shown)
    expect(texts[0]).to.equal('Relationship stage: changed from New → to Long-term');
    expect(texts[1]).to.equal(`Mobile: changed from 13800001111 → to ${secrets.mobile}`);
    expect(texts[2]).to.equal('Territory: set to 华东');
    // relatedParties is secret: even a manager does not read it
    expect(texts[3]).to.equal('Related parties: set to Restricted');
    // revision 1 created the record: its relationship group split into leaves, in catalogue order
    expect(texts.slice(4)).to.deep.equal(['Relationship stage: set to New', 'Stage set by hand: set to No']);
    expect(el.shadowRoot!.querySelector('[part=old]')!.tagName).to.equal('DEL');
    expect(el.shadowRoot!.querySelector('[part=new]')!.tagName).to.equal('INS');
  });

  it('labels in zh-CN', async () => {
    const el = await fixture<DossierHistory>(html`<dossier-history locale="zh-CN" .revisions=${revisions} .viewer=${viewers.manager} .interactions=${[]}></dossier-history>`);
    expect(changeTexts(el)[0]).to.equal('客户关系阶段：由 新客户 → 改为 长期客户');
    expect(el.shadowRoot!.querySelector('[part=revision-header]')!.textContent).to.contain('第 2 版');
  });

  it('never shows a field key or a raw value: address lists by element, groups from null, gender in words', async () => {
    const person = { ...base, value: { salespersonId: 'rep-7', kind: 'person' } };
    const edits: HistoryRevision[] = [
      {
        ...person,
        rev: 2,
        op: 'put',
        at: '2026-03-02T06:30:00.000Z',
        by: 'm-1',
        changes: [
          { path: ['addresses'], before: [{ province: '浙江省', city: '杭州市' }], after: [{ province: '浙江省', city: '宁波市' }] },
          { path: ['credit'], before: null, after: { rating: 'AA' } },
          { path: ['gender'], before: 'male', after: 'female' },
        ],
      },
    ];
    const el = await fixture<DossierHistory>(html`<dossier-history locale="zh-CN" .revisions=${edits} .viewer=${viewers.manager} .interactions=${[]}></dossier-history>`);
    const texts = changeTexts(el);
    expect(texts).to.have.length(3);
    for (const text of texts) expect(text).not.to.match(/addresses|credit|gender|male|字段/);
    // The catalogue's label of addresses[].city is 市.
    expect(texts.find((t) => t.includes('宁波市'))).to.equal('市：由 杭州市 → 改为 宁波市');
    expect(texts.find((t) => t.startsWith('性别'))).to.equal('性别：由 男 → 改为 女');
  });

  it('shows a first revision as created: filled fields by catalogue section in catalogue order, the first eight, then all on request', async () => {
    const created: HistoryRevision[] = [
      {
        kind: 'customer',
        id: 'C-0009',
        deleted: false,
        value: { salespersonId: 'rep-7', kind: 'organisation' },
        rev: 1,
        op: 'put',
        at: '2026-01-05T02:00:00.000Z',
        by: 'rep-7',
        // as a store records a new record: one change per top-level key, in key order
        changes: [
          { path: ['addresses'], after: [{ province: '浙江省', city: '杭州市' }, { province: '江苏省', city: '南京市' }] },
          { path: ['analysis'], after: { financialStatus: '资金充裕' } },
          { path: ['createdAt'], after: '2026-01-05T02:00:00.000Z' },
          { path: ['credit'], after: { rating: 'AA' } },
          { path: ['id'], after: 'C-0009' },
          { path: ['kind'], after: 'organisation' },
          { path: ['manager'], after: { name: '李娜' } },
          { path: ['name'], after: { zh: '杭州西子贸易有限公司' } },
          { path: ['owner'], after: { name: '王建国', personality: '稳重' } },
          { path: ['relationship'], after: { stage: 'new', setByHand: false } },
          { path: ['salespersonId'], after: 'rep-7' },
          { path: ['schemaVersion'], after: 3 },
          // empty values say nothing: not counted, not shown
          { path: ['tags'], after: [] },
          { path: ['territory'], after: '' },
          { path: ['updatedAt'], after: '2026-01-05T02:00:00.000Z' },
        ],
      },
    ];
    const people = [{ id: 'rep-7', name: '张伟', nameEn: 'Zhang Wei' }];
    const el = await fixture<DossierHistory>(html`<dossier-history locale="zh-CN" .revisions=${created} .viewer=${viewers.manager} .people=${people} .interactions=${[]}></dossier-history>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('[part=revision-header]')!.textContent).to.contain('建档');
    // id, createdAt, updatedAt and schemaVersion are bookkeeping; 14 filled fields remain, 8 shown
    const first = ['中文名称：设为 杭州西子贸易有限公司', '省/直辖市：设为 浙江省', '市：设为 杭州市', '省/直辖市：设为 江苏省', '市：设为 南京市', '负责业务员：设为 张伟', '客户关系阶段：设为 新客户', '人工设定阶段：设为 否'];
    expect(changeTexts(el)).to.deep.equal(first);
    const toggle = root.querySelector<HTMLButtonElement>('[part=show-all]')!;
    expect(toggle.textContent!.trim()).to.equal('显示全部 14 个字段');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    // level 1 in catalogue order (the organisation's own fields after the common ones), then levels 2 and 3;
    // a label three people share is headed by its group
    expect(changeTexts(el)).to.deep.equal([
      ...first,
      '信用等级：设为 AA 级',
      '客户类型：设为 公司客户',
      '所有者 · 姓名：设为 王建国',
      '经营管理者 · 姓名：设为 李娜',
      '财务状况：设为 资金充裕',
      '所有者 · 性格：设为 稳重',
    ]);
    expect([...root.querySelectorAll('[part=created] [role=heading]')].map((h) => h.textContent!.trim())).to.deep.equal([
      '一级信息（基本资料）',
      '二级信息（采购与决策）',
      '三级信息（个人与关系）',
    ]);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(deepHTML(root)).not.to.match(/salespersonId|rep-7|organisation|financialStatus/);
  });

  it('masks values the viewer may not read: the old and new mobile are absent', async () => {
    const el = await fixture<DossierHistory>(html`<dossier-history locale="en" .revisions=${revisions} .viewer=${viewers.otherRep} .interactions=${interactions}></dossier-history>`);
    const markup = deepHTML(el.shadowRoot!);
    expect(markup).not.to.contain(secrets.mobile);
    expect(markup).not.to.contain('13800001111');
    // 138****1111 → 138****1111: first three and last four digits kept
    expect(changeTexts(el)[1]).to.equal('Mobile: changed from 138****1111(masked) → to 139****5678(masked)');
    expect(markup).not.to.contain('某关联公司');
  });

  it('shows nothing but names and "restricted" to an anonymous viewer', async () => {
    const el = await fixture<DossierHistory>(html`<dossier-history locale="en" .revisions=${revisions} .interactions=${interactions}></dossier-history>`);
    const markup = deepHTML(el.shadowRoot!);
    for (const secret of ['13800001111', secrets.mobile, '华东', 'Long-term', '年度框架协议']) expect(markup).not.to.contain(secret);
    expect(el.shadowRoot!.querySelector('[part=timeline]')).to.equal(null);
  });

  it('shows the interaction timeline newest first', async () => {
    const el = await fixture<DossierHistory>(html`<dossier-history locale="zh-CN" show="timeline" .interactions=${interactions} .viewer=${viewers.manager}></dossier-history>`);
    const items = [...el.shadowRoot!.querySelectorAll('[part=interaction]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.have.length(3);
    expect(items[0]).to.contain('会议 · 二期报价');
    expect(items[1]).to.contain('电话');
    expect(items[2]).to.contain('拜访 · 年度框架协议');
    expect(el.shadowRoot!.querySelector('[part=revisions]')).to.equal(null);
  });

  it('renders hostile values as inert text', async () => {
    const evil: HistoryRevision[] = [
      { ...base, rev: 1, op: 'put', at: '2026-01-05T02:00:00.000Z', by: hostile, changes: [{ path: ['territory'], before: hostile, after: hostile }, { path: [hostile], after: hostile }] },
    ];
    const evilInteractions = interactions.map((i) => ({ ...i, subject: hostile, place: hostile, notes: hostile, by: hostile }));
    const el = await fixture<DossierHistory>(html`<dossier-history locale="en" .revisions=${evil} .interactions=${evilInteractions} .viewer=${viewers.manager}
      .people=${[{ id: hostile, name: hostile }]}></dossier-history>`);
    expect(injectedElements(el.shadowRoot!)).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part=revision-header]')!.textContent).to.contain(hostile);
    expect(el.shadowRoot!.querySelector('[part=new]')!.textContent).to.contain(hostile);
    expect(el.shadowRoot!.querySelector('[part=interaction]')!.textContent).to.contain(hostile);
  });

  it('loads the history and interactions of a customer from the store and follows new revisions', async () => {
    const store = createMemoryStore();
    const json = JSON.parse(JSON.stringify(currentCustomer));
    await store.put('customer', json);
    await store.put('interaction', JSON.parse(JSON.stringify(interactions[0])));
    const el = await fixture<DossierHistory>(html`<dossier-history locale="en" record-id="C-0001" .store=${store} .viewer=${viewers.manager}></dossier-history>`);
    await eventually(() => el.shadowRoot!.querySelectorAll('[part=revision]').length === 1);
    expect(el.shadowRoot!.querySelectorAll('[part=interaction]')).to.have.length(1);
    await store.put('customer', { ...json, territory: '华南' }, { baseRev: 1, by: 'm-1' });
    await eventually(() => el.shadowRoot!.querySelectorAll('[part=revision]').length === 2);
    expect(changeTexts(el)[0]).to.equal('Territory: changed from 华东 → to 华南 Restore the old value');
    expect(el.shadowRoot!.querySelector('[part=revision-header]')!.textContent).to.contain('by Unknown person');
  });

  it('has no accessibility violations (light and dark, masked)', async () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const viewer of [viewers.manager, viewers.otherRep]) {
        const wrapper = fixtureSync<HTMLElement>(html`<div style="background:${theme === 'dark' ? '#15171c' : '#fff'}">
          <dossier-history .theme=${theme} locale="zh-CN" .revisions=${revisions} .interactions=${interactions} .viewer=${viewer}></dossier-history>
        </div>`);
        await rendered(wrapper);
        expect(await axeViolations(wrapper), `${theme} ${viewer.userId}`).to.deep.equal([]);
      }
    }
  });
});
