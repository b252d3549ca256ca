import { expect, fixture, html } from '@open-wc/testing';
import { contactSchema, competitorNoteSchema, importEncryptionKey, styleGuidance } from '@dossier/core';
import { createMemoryAuditLog, createMemoryStore, withPrivacy } from '@dossier/storage-adapters';
import type { DossierCustomerCard } from './customer-card.js';
import { axeViolations, deepHTML, deepText, eventually } from '../testing-fixtures/index.js';
import { currentCustomer, viewers } from '../testing-fixtures/archive.js';
import { competitorNotes, keyPerson, keyPersonWithoutProfile, profileConfidential, profileSecrets, sourcedCustomer, staffNames } from './key-person.fixtures.js';
import '../define.js';

const json = (value: unknown): never => JSON.parse(JSON.stringify(value)) as never;
const root = (el: DossierCustomerCard) => el.shadowRoot!;
const contactItem = (el: DossierCustomerCard) => root(el).querySelector('[part=contact]')!;

async function card(viewer: (typeof viewers)[keyof typeof viewers] | undefined, locale: 'en' | 'zh-CN', contact = keyPerson) {
  return fixture<DossierCustomerCard>(html`<dossier-customer-card
    locale=${locale}
    .customer=${currentCustomer}
    .contacts=${[contact]}
    .competitorNotes=${competitorNotes}
    .viewer=${viewer}
    .names=${staffNames}
  ></dossier-customer-card>`);
}

describe('dossier-customer-card: key person, competitors, sources', () => {
  it('the fixtures are valid records', () => {
    expect(contactSchema.safeParse(keyPerson).success).to.equal(true);
    for (const note of competitorNotes) expect(competitorNoteSchema.safeParse(note).success, note.id).to.equal(true);
  });

  it('writes a label before its value with the colon of the locale: 手机：… in zh-CN (never a half-width colon after Chinese), Mobile: … in en', async () => {
    const zh = await card(viewers.owner, 'zh-CN');
    const lines = [...contactItem(zh).querySelectorAll(':scope > div, [part=style]')].map((line) => line.textContent!.replace(/\s+/g, ' ').trim());
    expect(lines).to.include(`手机：${keyPerson.mobile}`);
    expect(lines.find((line) => line.startsWith('沟通类型'))).to.equal(`沟通类型：唠叨型 应对技巧：${styleGuidance('zh-CN', 'talkative')}`);
    // a Chinese label followed by a half-width colon, anywhere in the card (its child lines, facts, sources)
    expect(deepText(root(zh)), 'a half-width colon after Chinese').to.not.match(/[\u3400-\u9fff] ?:/u);
    const en = await card(viewers.owner, 'en');
    const enLines = [...contactItem(en).querySelectorAll(':scope > div')].map((line) => line.textContent!.replace(/\s+/g, ' ').trim());
    expect(enLines).to.include(`Mobile: ${keyPerson.mobile}`);
  });

  it('shows the owner the topics never to raise as a callout, the style with its guidance and the whole profile (zh-CN)', async () => {
    const el = await card(viewers.owner, 'zh-CN');
    const callout = root(el).querySelector('[part=never-raise]')!;
    expect(callout.getAttribute('role')).to.equal('note');
    expect(callout.textContent).to.contain('特别机密且不宜谈论之事');
    expect(callout.textContent).to.contain(profileSecrets.topic);
    const style = root(el).querySelector('[part=style]')!.textContent!.replace(/\s+/g, ' ');
    expect(style).to.contain('沟通类型：唠叨型');
    expect(style).to.contain(`应对技巧：${styleGuidance('zh-CN', 'talkative')}`);
    const profile = root(el).querySelector<HTMLDetailsElement>('[part=profile]')!;
    expect(profile.querySelector('summary')!.textContent).to.equal('个人资料');
    const headings = [...profile.querySelectorAll('h4')].map((h) => h.textContent);
    expect(headings).to.deep.equal(['基本情况', '教育背景', '家庭情况', '业务背景', '特殊兴趣']);
    const text = deepText(profile);
    // Dates in the locale, lists with 、, the child on one line.
    expect(text).to.contain('出生年月日1972年5月18日');
    expect(text).to.contain('毕业学校浙江大学');
    expect(text).to.contain(`配偶姓名${profileSecrets.spouse}`);
    expect(text).to.contain(`子女${profileSecrets.child} · 12 岁 · 子女教育：杭州外国语学校 · 子女喜好：围棋`);
    expect(text).to.contain('特别有意见或感兴趣的主题（生意之外）茶文化、围棋');
    expect(text).to.contain(`宗教信仰及是否热衷${profileSecrets.religion}`);
    // The topics are the callout, not repeated in the profile.
    expect(text).not.to.contain(profileSecrets.topic);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('in English: the guidance, labels and dates in English', async () => {
    const el = await card(viewers.owner, 'en');
    expect(root(el).querySelector('[part=style]')!.textContent!.replace(/\s+/g, ' ')).to.contain(`Communication style: Talkative How to handle: ${styleGuidance('en', 'talkative')}`);
    expect(root(el).querySelector('[part=never-raise] strong')!.textContent).to.equal('Topics never to raise');
    const text = deepText(root(el).querySelector('[part=profile]')!);
    expect(text).to.contain('Birth dateMay 18, 1972');
    expect(text).to.contain(`${profileSecrets.child} · age 12`);
    expect(text).to.contain('Topics they care about (besides business)茶文化, 围棋');
  });

  it('shows a manager the confidential profile but no secret value: no family, politics, religion, no callout', async () => {
    const el = await card(viewers.manager, 'zh-CN');
    const markup = deepHTML(root(el));
    for (const secret of Object.values(profileSecrets)) expect(markup, secret).not.to.contain(secret);
    expect(root(el).querySelector('[part=never-raise]')).to.equal(null);
    const text = deepText(root(el).querySelector('[part=profile]')!);
    for (const value of Object.values(profileConfidential)) expect(text, value).to.contain(value);
    expect([...root(el).querySelectorAll('[part=profile] h4')].map((h) => h.textContent)).to.deep.equal(['基本情况', '教育背景', '业务背景', '特殊兴趣']);
    expect(markup).not.to.contain('家庭情况');
    expect(markup).not.to.contain('宗教信仰');
  });

  for (const [who, viewer] of [
    ['another rep', viewers.otherRep],
    ['an anonymous viewer', undefined],
    ['a call-centre agent', viewers.callCentre],
  ] as const) {
    it(`shows ${who} no profile value, and the contact looks the same whether its profile is filled or empty`, async () => {
      for (const locale of ['en', 'zh-CN'] as const) {
        const filled = await card(viewer, locale);
        const empty = await card(viewer, locale, keyPersonWithoutProfile);
        const markup = deepHTML(root(filled));
        for (const value of [...Object.values(profileSecrets), ...Object.values(profileConfidential), '唠叨型', 'Talkative', styleGuidance(locale, 'talkative')]) {
          expect(markup, value).not.to.contain(value);
        }
        expect(root(filled).querySelector('[part=profile], [part=never-raise], [part=style]')).to.equal(null);
        expect(deepHTML(contactItem(filled))).to.equal(deepHTML(contactItem(empty)));
      }
    });
  }

  it('lists competitor notes by what the viewer may read: the secret relationship for the owner only, nothing for another rep', async () => {
    const owner = await card(viewers.owner, 'zh-CN');
    const section = root(owner).querySelector('[part~=competitors]')!;
    expect(section.querySelector('summary')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('竞争对手资料 (2)');
    const first = deepText(section.querySelector('[part=competitor]')!);
    expect(first).to.contain('沈阳机床');
    expect(first).to.contain('客户在用的竞品i5 数控系统、VMC850');
    expect(first).to.contain('客户满意度（1–5）满意度 3/5');
    expect(first).to.contain('竞争对手业务代表周强');
    expect(first).to.contain(`业务代表与客户的关系${profileSecrets.relationship}`);
    const manager = await card(viewers.manager, 'en');
    const managerText = deepText(root(manager).querySelector('[part~=competitors]')!);
    expect(managerText).to.contain('Customer satisfaction (1–5)satisfaction 3 of 5');
    expect(deepHTML(root(manager))).not.to.contain(profileSecrets.relationship);
    // Competitor names are level 2: another rep learns nothing, not even that notes exist.
    const other = await card(viewers.otherRep, 'en');
    expect(root(other).querySelector('[part~=competitors]')).to.equal(null);
    expect(deepHTML(root(other))).not.to.contain('沈阳机床');
  });

  it('says when there are no competitor notes, and shows no section when none were given', async () => {
    const none = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="en" .customer=${currentCustomer} .competitorNotes=${[]} .viewer=${viewers.manager}></dossier-customer-card>`);
    expect(deepText(root(none).querySelector('[part~=competitors]')!)).to.contain('No competitor notes recorded.');
    const unset = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="en" .customer=${currentCustomer} .viewer=${viewers.manager}></dossier-customer-card>`);
    expect(root(unset).querySelector('[part~=competitors]')).to.equal(null);
  });

  it('shows each source: channel, verified or not, collected when and by whom (by name), in both locales', async () => {
    for (const [locale, expected] of [
      ['zh-CN', ['客户资料整体 展会 2026年3月1日 由 张伟 收集 未核实', '手机 市场调查 2026年2月1日 由 王经理 收集 已核实']],
      ['en', ['The customer record Exhibition collected Mar 1, 2026 by 张伟 Not verified', 'Mobile Market survey collected Feb 1, 2026 by 王经理 Verified']],
    ] as const) {
      const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale=${locale} .customer=${sourcedCustomer} .viewer=${viewers.manager} .names=${staffNames}></dossier-customer-card>`);
      const rows = [...root(el).querySelectorAll('[part=source]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(rows).to.deep.equal(expected);
      // Data given directly: no store to write to, so no "mark verified".
      expect(root(el).querySelector('[part=verify-button]')).to.equal(null);
    }
  });

  it("hides the source of a fact the viewer may not read (it would tell the fact is filled)", async () => {
    const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="en" .customer=${sourcedCustomer} .viewer=${viewers.otherRep}></dossier-customer-card>`);
    // Another rep reads the record's source (internal) but not the mobile (confidential).
    expect([...root(el).querySelectorAll('[part=source] .item-title')].map((s) => s.textContent)).to.deep.equal(['The customer record']);
    const anonymous = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="en" .customer=${sourcedCustomer}></dossier-customer-card>`);
    expect(root(anonymous).querySelector('[part~=sources]')).to.equal(null);
  });

  it('shows an imported record as such: channel File import / 文件导入 and the file', async () => {
    const imported = { ...currentCustomer, source: { channel: 'import', verified: false, collectedAt: new Date('2026-03-02T02:00:00.000Z'), collectedBy: 'rep-7', note: '客户名单.xlsx' } };
    const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="zh-CN" .customer=${imported} .viewer=${viewers.manager} .names=${staffNames}></dossier-customer-card>`);
    expect(root(el).querySelector('[part=source]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('客户资料整体 文件导入 · 客户名单.xlsx 2026年3月2日 由 张伟 收集 未核实');
  });

  it('marks a fact verified through a privacy store as the viewer: stored, audited, shown', async () => {
    const audit = createMemoryAuditLog();
    const store = withPrivacy(createMemoryStore(), { key: await importEncryptionKey(new Uint8Array(32).fill(3)), audit });
    await store.put('customer', json(sourcedCustomer), { by: 'seed' });
    await store.put('contact', json(keyPerson), { by: 'seed' });
    for (const note of competitorNotes) await store.put('competitor-note', json(note), { by: 'seed' });
    const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="zh-CN" customer-id="C-0001" .store=${store} .viewer=${viewers.manager} .names=${staffNames}></dossier-customer-card>`);
    await eventually(() => root(el).querySelector('[part=verify-button]') !== null);
    // Competitor notes are read from the store too.
    expect(deepText(root(el).querySelector('[part~=competitors]')!)).to.contain('沈阳机床');
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part=verify-button]')];
    // Only the unverified record source offers it (the mobile's is verified already).
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['将客户资料整体标记为已核实']);
    expect(await axeViolations(el)).to.deep.equal([]);
    buttons[0]!.click();
    await eventually(() => root(el).querySelector('[part=verify-button]') === null);
    const stored = await store.get('customer', 'C-0001');
    expect((stored!.value as unknown as { source: { verified: boolean; channel: string } }).source).to.include({ verified: true, channel: 'exhibition' });
    const updates = await audit.query({ action: 'update', recordId: 'C-0001' });
    expect(updates.map((e) => e.userId)).to.deep.equal(['m-1']);
    expect(root(el).querySelector('[part=source]')!.textContent!.replace(/\s+/g, ' ')).to.contain('已核实');
  });

  it('still shows the card, without the competitor section, when the store has no competitor notes kind', async () => {
    const store = createMemoryStore();
    await store.put('customer', json(currentCustomer));
    const list = store.list.bind(store);
    const limited = new Proxy(store, {
      get: (target, key) => (key === 'list' ? (kind: string, query: never) => (kind === 'competitor-note' ? Promise.reject(new Error('unknown kind')) : list(kind as never, query)) : Reflect.get(target, key)),
    });
    const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="en" customer-id="C-0001" .store=${limited} .viewer=${viewers.manager}></dossier-customer-card>`);
    await eventually(() => root(el).querySelector('[part=name]') !== null);
    expect(root(el).querySelector('[part~=competitors]')).to.equal(null);
    expect(root(el).querySelector('[role=alert]')).to.equal(null);
  });

  it('shows the key figures of a customer stored without its credit group (no error thrown while rendering)', async () => {
    const store = createMemoryStore();
    await store.put('customer', { id: 'C-1', name: { zh: '杭州科技' }, salespersonId: 'rep-1' } as never);
    const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="zh-CN" customer-id="C-1" .store=${store} .viewer=${viewers.manager}></dossier-customer-card>`);
    await eventually(() => root(el).querySelector('[part~=figures]') !== null);
    expect(root(el).querySelector('[part=name]')!.textContent).to.contain('杭州科技');
  });
});
