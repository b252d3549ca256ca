import { expect, fixture, html } from '@open-wc/testing';
import { defaultRoles, importEncryptionKey, isSealed } from '@dossier/core';
import { createMemoryAuditLog, createMemoryStore, withPrivacy, type Store } from '@dossier/storage-adapters';
import type { DossierProfileEditor } from './profile-editor.js';
import { axeViolations, deepHTML, eventually } from '../testing-fixtures/index.js';
import { currentCustomer, viewers } from '../testing-fixtures/archive.js';
import { keyPerson, keyPersonWithoutProfile, profileConfidential, profileSecrets } from '../customer-card/key-person.fixtures.js';
import '../define.js';

const json = (value: unknown): never => JSON.parse(JSON.stringify(value)) as never;
const root = (el: DossierProfileEditor) => el.shadowRoot!;
const legends = (el: DossierProfileEditor) => [...root(el).querySelectorAll('[part=section] > legend')].map((l) => l.textContent);
const control = (el: DossierProfileEditor, path: string) => root(el).querySelector<HTMLInputElement>(`[data-path="${path}"] input`)!;
const type = async (el: DossierProfileEditor, path: string, value: string) => {
  const input = control(el, path);
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
};

async function privacyStore(contact = keyPerson) {
  const inner = createMemoryStore();
  const audit = createMemoryAuditLog();
  const store = withPrivacy(inner, { key: await importEncryptionKey(new Uint8Array(32).fill(5)), audit });
  await store.put('customer', json(currentCustomer), { by: 'seed' });
  await store.put('contact', json(contact), { by: 'seed' });
  return { inner, audit, store };
}

async function editor(store: Store, viewer: (typeof viewers)[keyof typeof viewers], locale: 'en' | 'zh-CN', id = 'P-1') {
  const el = await fixture<DossierProfileEditor>(html`<dossier-profile-editor locale=${locale} contact-id=${id} .store=${store} .viewer=${viewer}></dossier-profile-editor>`);
  // Loaded: the form, or a status other than "loading".
  await eventually(() => root(el).querySelector('[part=title]') !== null || !/Loading|正在加载/.test(root(el).querySelector('[part=status]')?.textContent ?? 'Loading'));
  return el;
}

describe('dossier-profile-editor', () => {
  it('says so when no contact is chosen, and when the contact does not exist', async () => {
    const empty = await fixture<DossierProfileEditor>(html`<dossier-profile-editor locale="zh-CN"></dossier-profile-editor>`);
    expect(root(empty).querySelector('[part=status]')!.textContent).to.equal('未选择联系人。');
    const { store } = await privacyStore();
    const missing = await editor(store, viewers.owner, 'en', 'P-404');
    await eventually(() => root(missing).querySelector('[part=status]')!.textContent === 'No contact with id P-404.');
  });

  it('shows the owner every section as in the seed, each field with its sensitivity, secret ones marked sealed (zh-CN)', async () => {
    const { store } = await privacyStore();
    const el = await editor(store, viewers.owner, 'zh-CN');
    expect(root(el).querySelector('[part=title]')!.textContent).to.equal('李建国的个人资料');
    expect(legends(el)).to.deep.equal(['基本情况', '教育背景', '家庭情况', '业务背景', '特殊兴趣']);
    const badge = (path: string) => root(el).querySelector(`[data-path="${path}"] [part=sensitivity]`)!.textContent!.replace(/\s+/g, ' ').trim();
    expect(badge('profile.basics.birthPlace')).to.equal('保密级别：机密');
    expect(badge('profile.interests.topicsNeverToRaise')).to.equal('保密级别：绝密 · 加密加密保存：由隐私存储加密，仅有权限者可见');
    expect(control(el, 'profile.interests.topicsNeverToRaise').value).to.equal(profileSecrets.topic);
    expect(control(el, 'profile.basics.birthDate').type).to.equal('date');
    expect(root(el).querySelectorAll('[part=child]').length).to.equal(1);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('saves the owner’s edits through the store as the viewer: secret values sealed at rest, the write audited', async () => {
    const { inner, audit, store } = await privacyStore();
    const el = await editor(store, viewers.owner, 'zh-CN');
    await type(el, 'profile.basics.birthPlace', '浙江杭州');
    await type(el, 'profile.interests.topicsNeverToRaise', '离婚官司、长子留学');
    expect(el.matches(':state(dirty)')).to.equal(true);
    expect(await el.save()).to.equal('saved');
    expect(root(el).querySelector('[part=actions] [part=status]')!.textContent).to.equal('个人资料已保存。');
    const saved = (await store.get('contact', 'P-1', { viewer: viewers.owner }))!.value as unknown as typeof keyPerson;
    expect(saved.profile!.basics!.birthPlace).to.equal('浙江杭州');
    expect(saved.profile!.interests!.topicsNeverToRaise).to.deep.equal([profileSecrets.topic, '长子留学']);
    const raw = (await inner.get('contact', 'P-1'))!.value as unknown as { profile: { interests: { topicsNeverToRaise: unknown }; basics: { birthPlace: unknown } } };
    expect(isSealed(raw.profile.interests.topicsNeverToRaise)).to.equal(true);
    expect(raw.profile.basics.birthPlace).to.equal('浙江杭州');
    expect((await audit.query({ action: 'update', recordId: 'P-1' })).map((e) => e.userId)).to.deep.equal(['rep-7']);
  });

  it('shows a manager no secret field (family, politics, religion, topics) and keeps them when saving the rest (en)', async () => {
    const { store } = await privacyStore();
    const el = await editor(store, viewers.manager, 'en');
    expect(legends(el)).to.deep.equal(['Basics', 'Education', 'Career', 'Interests']);
    const markup = deepHTML(root(el));
    for (const secret of Object.values(profileSecrets)) expect(markup, secret).not.to.contain(secret);
    expect(root(el).querySelector('[data-path="profile.interests.topicsNeverToRaise"], [data-path="profile.interests.religion"]')).to.equal(null);
    expect(control(el, 'profile.education.school').value).to.equal(profileConfidential.school);
    await type(el, 'profile.education.school', 'Tsinghua University');
    expect(await el.save()).to.equal('saved');
    const full = (await store.get('contact', 'P-1', { viewer: viewers.owner }))!.value as unknown as typeof keyPerson;
    expect(full.profile!.education!.school).to.equal('Tsinghua University');
    expect(full.profile!.interests!.topicsNeverToRaise).to.deep.equal([profileSecrets.topic]);
    expect(full.profile!.family!.spouseName).to.equal(profileSecrets.spouse);
  });

  it('tells another rep only that the role may not see profiles — the same whether the profile is filled or empty', async () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const filled = await editor((await privacyStore()).store, viewers.otherRep, locale);
      const empty = await editor((await privacyStore(keyPersonWithoutProfile)).store, viewers.otherRep, locale);
      expect(deepHTML(root(filled))).to.equal(deepHTML(root(empty)));
      expect(root(filled).querySelector('[part=status]')!.textContent).to.equal(locale === 'en' ? 'Your role may not see this person’s profile.' : '您的角色无权查看此人的个人资料。');
      expect(root(filled).querySelector('input')).to.equal(null);
    }
  });

  it('shows an auditor every field read-only, without a save button; no accessibility violation for any role', async () => {
    const { store } = await privacyStore();
    const auditor = { userId: 'a-1', role: defaultRoles.auditor };
    const el = await editor(store, auditor as never, 'en');
    expect(legends(el)).to.deep.equal(['Basics', 'Education', 'Family', 'Career', 'Interests']);
    expect(root(el).querySelector('.muted')!.textContent).to.equal('Your role may read this profile but not change it.');
    const inputs = [...root(el).querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.every((i) => i.readOnly || i.disabled)).to.equal(true);
    expect(root(el).querySelector('button')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
    for (const viewer of [viewers.manager, viewers.otherRep]) expect(await axeViolations(await editor(store, viewer, 'zh-CN'))).to.deep.equal([]);
  });

  it('names the field of an invalid value in the locale and saves nothing', async () => {
    const { store } = await privacyStore();
    const el = await editor(store, viewers.owner, 'zh-CN');
    root(el).querySelector<HTMLButtonElement>('fieldset.children > button')!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part=child]').length).to.equal(2);
    expect(await el.save()).to.equal('invalid');
    expect(root(el).querySelector('[part=actions] [role=alert]')!.textContent).to.equal('未保存：请更正标出的字段。');
    const error = root(el).querySelectorAll('[part=child]')[1]!.querySelector('.error')!;
    expect(error.textContent).to.contain('子女姓名');
    expect(((await store.get('contact', 'P-1', { viewer: viewers.owner }))!.value as unknown as typeof keyPerson).profile!.family!.children).to.have.length(1);
  });

  it('refuses to overwrite a change made meanwhile: a conflict, said in the locale, nothing lost', async () => {
    const { store } = await privacyStore();
    const el = await editor(store, viewers.owner, 'en');
    await type(el, 'profile.basics.nativePlace', 'Shaoxing');
    const current = (await store.get('contact', 'P-1'))!;
    await store.put('contact', { ...(current.value as object), title: '董事长' } as never, { by: 'm-1' });
    await el.updateComplete;
    expect(await el.save()).to.equal('conflict');
    expect(root(el).querySelector('[part=actions] [role=alert]')!.textContent).to.contain('someone changed this contact meanwhile');
    const stored = (await store.get('contact', 'P-1'))!.value as unknown as typeof keyPerson;
    expect(stored.title).to.equal('董事长');
    expect(stored.profile!.basics!.nativePlace).to.equal('浙江宁波');
  });
});
