import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryStore, dossierKinds, type JsonRecords, type KindTable, type Store } from '@dossier/storage-adapters';
import { DossierDuplicates, type DossierMergeEvent } from './duplicates.js';
import { axeViolations, eventually } from '../testing-fixtures/index.js';
import { viewers } from '../testing-fixtures/archive.js';
import '../define/duplicates.js';

const at = '2026-01-05T02:00:00.000Z';
const base = { schemaVersion: 2, createdAt: at, updatedAt: at, kind: 'organisation', nature: 'manufacturer', productLines: [], tags: [], relationship: { stage: 'long-term', setByHand: false }, grade: { provisional: false }, credit: {}, profiles: {}, addresses: [] };
// C-1 and C-2: one company written twice — the same phone once spaced, names equal once the
// company suffix is dropped → reasons phone and name, likeness 1 − 0.3 × 0.2 = 94 %. They differ
// in name, phone (as written), mobile (confidential) and territory. C-3 and C-4: same name after
// normalisation only → 80 %. T-1 is C-2's purchase.
const customers = [
  { ...base, id: 'C-1', name: { zh: '杭州西子贸易有限公司' }, phone: '0571-88881234', mobile: '13800138000', salespersonId: 'rep-7', territory: '华东' },
  { ...base, id: 'C-2', name: { zh: '杭州西子贸易公司' }, phone: '0571-8888 1234', mobile: '13900139000', salespersonId: 'rep-7', territory: '华南' },
  { ...base, id: 'C-3', name: { zh: '宁波港湾物流有限公司' }, salespersonId: 'rep-7', territory: '华东' },
  { ...base, id: 'C-4', name: { zh: '宁波港湾物流公司' }, salespersonId: 'rep-7', territory: '华东' },
];
const purchase = { id: 'T-1', schemaVersion: 1, createdAt: at, updatedAt: at, customerId: 'C-2', date: '2025-12-01', amount: 1200 };

async function archive(): Promise<Store> {
  const store = createMemoryStore({ kinds: dossierKinds() as unknown as KindTable<JsonRecords> }) as Store;
  const result = await store.batch([...customers.map((value) => ({ op: 'put' as const, kind: 'customer' as const, value })), { op: 'put', kind: 'transaction', value: purchase }]);
  if (!result.ok) throw new Error('fixture not written');
  return store;
}

const text = (el: DossierDuplicates, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const pairs = (el: DossierDuplicates) => [...el.shadowRoot!.querySelectorAll('[part=pair]')].map((li) => [...li.querySelectorAll('.names, .score, .reasons')].map((s) => s.textContent!.replace(/\s+/g, ' ').trim()));
const fieldsets = (el: DossierDuplicates) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=conflict-field]')].map((f) => f.dataset['path']);

async function scanned(el: DossierDuplicates): Promise<void> {
  await el.startScan();
  await el.updateComplete;
}

async function reviewFirst(el: DossierDuplicates): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=pair] .review')!.click();
  await eventually(() => el.shadowRoot!.querySelector('[part=review]') !== null);
}

describe('dossier-duplicates', () => {
  it('is registered by its own entry and invites a scan, in both locales', async () => {
    expect(customElements.get('dossier-duplicates')).to.equal(DossierDuplicates);
    const en = await fixture<DossierDuplicates>(html`<dossier-duplicates locale="en"></dossier-duplicates>`);
    expect(text(en, '[part=title]')).to.equal('Duplicate customers');
    expect(text(en, '[part=scan]')).to.equal('Scan for duplicates');
    const zh = await fixture<DossierDuplicates>(html`<dossier-duplicates locale="zh-CN"></dossier-duplicates>`);
    expect(text(zh, '[part=status]')).to.equal('扫描档案，找出重复登记的客户（统一社会信用代码、电话、邮箱或名称相同）。');
    await zh.startScan();
    await zh.updateComplete;
    expect(text(zh, '[role=alert]')).to.equal('没有可扫描的档案：请把元素放在 <dossier-provider> 中，或设置它的 store。');
  });

  it('scans the store and lists the pairs with likeness and reasons, in English', async () => {
    const el = await fixture<DossierDuplicates>(html`<dossier-duplicates locale="en" .store=${await archive()} .viewer=${viewers.manager}></dossier-duplicates>`);
    await scanned(el);
    expect(text(el, '[part=status]')).to.equal('4 customers read: 2 likely duplicate pairs.');
    expect(pairs(el)).to.deep.equal([
      ['杭州西子贸易有限公司 ⇄ 杭州西子贸易公司', 'likeness 94%', 'same phone number; same name after normalisation'],
      ['宁波港湾物流有限公司 ⇄ 宁波港湾物流公司', 'likeness 80%', 'same name after normalisation'],
    ]);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('in Chinese, a page at a time', async () => {
    const el = await fixture<DossierDuplicates>(html`<dossier-duplicates locale="zh-CN" page-size="1" .store=${await archive()} .viewer=${viewers.manager}></dossier-duplicates>`);
    await scanned(el);
    expect(text(el, '[part=status]')).to.equal('已读取 4 位客户：发现 2 对疑似重复。');
    expect(pairs(el)).to.deep.equal([['杭州西子贸易有限公司 ⇄ 杭州西子贸易公司', '相似度 94%', '电话号码相同；规范化后名称相同']]);
    expect(text(el, '.pager span')).to.equal('第 1 / 2 页');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.pager .next')!.click();
    await el.updateComplete;
    expect(pairs(el)[0]![0]).to.equal('宁波港湾物流有限公司 ⇄ 宁波港湾物流公司');
  });

  it('cancels a scan between pages and says how far it got', async () => {
    const el = await fixture<DossierDuplicates>(html`<dossier-duplicates locale="en" scan-page-size="2" .store=${await archive()} .viewer=${viewers.manager}></dossier-duplicates>`);
    const running = el.startScan();
    await el.updateComplete;
    expect(el.matches(':state(scanning)')).to.equal(true);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=cancel]')!.click();
    await running;
    await el.updateComplete;
    expect(text(el, '[part=status]')).to.equal('The scan was cancelled after 2 customers.');
    expect(el.scan).to.equal(undefined);
  });

  it('merges field by field as chosen, moves the related records, and undoes both records', async () => {
    const store = await archive();
    const el = await fixture<DossierDuplicates>(html`<dossier-duplicates locale="en" .store=${store} .viewer=${viewers.manager}></dossier-duplicates>`);
    await scanned(el);
    await reviewFirst(el);
    expect(text(el, '[part=review] h3')).to.equal('Merge “杭州西子贸易公司” into “杭州西子贸易有限公司”');
    expect(fieldsets(el)).to.deep.equal(['name.zh', 'phone', 'mobile', 'territory']);
    expect(text(el, '[part=review] [data-path=territory] legend')).to.equal('Territory');
    expect(text(el, '[part=review]')).to.contain('Moving to the kept customer: 1 related records.');
    const pick = (path: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`[data-path="${path}"] input[value=absorbed]`)!.click();
    pick('mobile');
    pick('territory');
    const events: DossierMergeEvent[] = [];
    el.addEventListener('dossier-merge', (e) => events.push(e));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=merge]')!.click();
    await eventually(() => el.shadowRoot!.querySelector('[part=undo]') !== null);
    expect(text(el, '.done')).to.contain('“杭州西子贸易公司” was merged into “杭州西子贸易有限公司”.');
    const kept = (await store.get('customer', 'C-1'))!.value as Record<string, unknown>;
    expect([kept['territory'], kept['mobile'], (kept['name'] as { zh: string }).zh, kept['phone']]).to.deep.equal(['华南', '13900139000', '杭州西子贸易有限公司', '0571-88881234']);
    expect(await store.get('customer', 'C-2')).to.equal(undefined);
    expect(((await store.get('transaction', 'T-1'))!.value as unknown as { customerId: string }).customerId).to.equal('C-1');
    expect(pairs(el).map((p) => p[0])).to.deep.equal(['宁波港湾物流有限公司 ⇄ 宁波港湾物流公司']);
    expect(events.map((e) => e.detail)).to.deep.equal([{ survivorId: 'C-1', absorbedId: 'C-2', undone: false }]);

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=undo]')!.click();
    await eventually(() => text(el, '.done') === 'The merge was undone: both records are back as they were.');
    const back = (await store.get('customer', 'C-1'))!.value as Record<string, unknown>;
    expect([back['territory'], back['mobile']]).to.deep.equal(['华东', '13800138000']);
    expect(((await store.get('customer', 'C-2'))!.value as unknown as { territory: string }).territory).to.equal('华南');
    expect(((await store.get('transaction', 'T-1'))!.value as unknown as { customerId: string }).customerId).to.equal('C-2');
    expect(events.map((e) => e.detail.undone)).to.deep.equal([false, true]);
  });

  it('never shows or offers a field the viewer may not read: a sales rep of another team and the mobile', async () => {
    const store = await archive();
    const el = await fixture<DossierDuplicates>(html`<dossier-duplicates locale="zh-CN" .store=${store} .viewer=${viewers.otherRep}></dossier-duplicates>`);
    await scanned(el);
    await reviewFirst(el);
    expect(fieldsets(el)).to.deep.equal(['name.zh', 'phone', 'territory']);
    expect(text(el, '[part=review] [data-path=territory] legend')).to.equal('销售区域');
    const markup = el.shadowRoot!.innerHTML;
    expect(markup).not.to.contain('13800138000');
    expect(markup).not.to.contain('13900139000');
    // merging keeps the survivor's mobile, whatever was offered
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=merge]')!.click();
    await eventually(() => el.shadowRoot!.querySelector('[part=undo]') !== null);
    expect(((await store.get('customer', 'C-1'))!.value as unknown as { mobile: string }).mobile).to.equal('13800138000');
  });

  it('names a person only to viewers who may read it: a rep of another team sees neither name', async () => {
    // Two records of one private customer (same mobile, same name): a person's name is
    // confidential, so a rep who does not own them reads neither, in the list or the review.
    const store = createMemoryStore() as Store;
    const person = { kind: 'person', name: { zh: '张伟' }, mobile: '13800000001', salespersonId: 'rep-7', territory: '华东' };
    await store.batch([
      { op: 'put', kind: 'customer', value: { ...person, id: 'P-1' } },
      { op: 'put', kind: 'customer', value: { ...person, id: 'P-2', territory: '华南' } },
    ]);
    const rep = await fixture<DossierDuplicates>(html`<dossier-duplicates locale="zh-CN" .store=${store} .viewer=${viewers.otherRep}></dossier-duplicates>`);
    await scanned(rep);
    expect(pairs(rep)[0]![0]).to.equal('您无权查看的客户 ⇄ 您无权查看的客户');
    await reviewFirst(rep);
    expect(fieldsets(rep)).to.deep.equal(['territory']);
    expect(rep.shadowRoot!.innerHTML).not.to.contain('张伟');
    const owner = await fixture<DossierDuplicates>(html`<dossier-duplicates locale="zh-CN" .store=${store} .viewer=${viewers.owner}></dossier-duplicates>`);
    await scanned(owner);
    expect(pairs(owner)[0]![0]).to.equal('张伟 ⇄ 张伟');
  });

  it('keeping the other record swaps the sides', async () => {
    const el = await fixture<DossierDuplicates>(html`<dossier-duplicates locale="en" .store=${await archive()} .viewer=${viewers.manager}></dossier-duplicates>`);
    await scanned(el);
    await reviewFirst(el);
    expect(text(el, '.related')).to.equal('Moving to the kept customer: 1 related records.');
    el.shadowRoot!.querySelector<HTMLInputElement>('.keep input[value="C-2"]')!.click();
    await el.updateComplete;
    expect(text(el, '[part=review] h3')).to.equal('Merge “杭州西子贸易有限公司” into “杭州西子贸易公司”');
    // C-2 is kept now: its purchase stays, nothing of C-1's moves
    expect(el.shadowRoot!.querySelector('.related')).to.equal(null);
  });

  it('a change made meanwhile turns the merge into a conflict: nothing is written', async () => {
    const store = await archive();
    const el = await fixture<DossierDuplicates>(html`<dossier-duplicates locale="en" .store=${store} .viewer=${viewers.manager}></dossier-duplicates>`);
    await scanned(el);
    await reviewFirst(el);
    await store.put('customer', { ...customers[1]!, territory: '西南' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=merge]')!.click();
    await eventually(() => el.shadowRoot!.querySelector('[role=alert]') !== null);
    expect(text(el, '[role=alert]')).to.equal('Someone changed one of the two records meanwhile: nothing was written. Scan again and review the pair.');
    expect(((await store.get('customer', 'C-2'))!.value as unknown as { territory: string }).territory).to.equal('西南');
  });
});
