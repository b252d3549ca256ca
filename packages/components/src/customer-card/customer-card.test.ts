import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { defaultRoles, explainGrade, importEncryptionKey, organisationSchema, contactSchema, interactionSchema, fieldRegistry, type FieldRule } from '@dossier/core';
import { createMemoryAuditLog, createMemoryStore, withPrivacy } from '@dossier/storage-adapters';
// Any schema of core's registry, classic or mini.
type ZodType = Parameters<typeof fieldRegistry.get>[0];
import type { DossierCustomerCard } from './customer-card.js';
import type { DossierTierBadge } from '../tier-badge/tier-badge.js';
import { cardContactRules, cardCustomerRules, cardInteractionRules } from './field-rules.js';
import { axeViolations, deepHTML, deepText, eventually, hostile, injectedElements, rendered } from '../testing-fixtures/index.js';
import {
  abcExplanation,
  asOf,
  contacts,
  currentCustomer,
  formerCustomer,
  interactions,
  newCustomer,
  prospectCustomer,
  rfmExplanation,
  secrets,
  viewers,
} from '../testing-fixtures/archive.js';
import '../define.js';

/** A card rendered with these properties set, as a page sets them. */
const card = (properties: Partial<DossierCustomerCard>) =>
  fixture<DossierCustomerCard>(html`${Object.assign(document.createElement('dossier-customer-card'), properties)}`);
const text = (el: DossierCustomerCard) => deepText(el.shadowRoot!);
const factValue = (el: DossierCustomerCard, label: string) => {
  const row = [...el.shadowRoot!.querySelectorAll('[part=facts] > div')].find((d) => d.querySelector('dt')?.textContent?.trim() === label);
  return row?.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim();
};

/** The effective sensitivity and level of a schema path, walking optional wrappers and groups. */
function schemaMeta(root: ZodType, path: string): Pick<FieldRule, 'sensitivity' | 'level'> {
  let schema: ZodType | undefined = root;
  let sensitivity: FieldRule['sensitivity'] | undefined;
  let level: FieldRule['level'] | undefined;
  const absorb = (s: ZodType) => {
    let at: ZodType | undefined = s;
    while (at) {
      const meta = fieldRegistry.get(at);
      if (meta?.sensitivity) sensitivity = meta.sensitivity;
      if (meta?.level) level = meta.level;
      const def: { type: string; innerType?: ZodType } = (at as unknown as { def: { type: string; innerType?: ZodType } }).def;
      at = def.type === 'optional' || def.type === 'nullable' || def.type === 'default' ? def.innerType : undefined;
    }
  };
  for (const segment of path.split('.')) {
    let unwrapped = schema as ZodType;
    while ((unwrapped as unknown as { def: { type: string } }).def.type !== 'object') {
      unwrapped = (unwrapped as unknown as { def: { innerType: ZodType } }).def.innerType;
    }
    schema = (unwrapped as unknown as { shape: Record<string, ZodType> }).shape[segment];
    if (!schema) throw new Error(`no field ${path}`);
    absorb(schema);
  }
  return { sensitivity: sensitivity!, level: level! };
}

describe('dossier-customer-card', () => {
  it('has defaults and says that no customer is selected', async () => {
    const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="en"></dossier-customer-card>`);
    expect(el.customer).to.equal(undefined);
    expect(el.maxContacts).to.equal(3);
    expect(el.headingLevel).to.equal(2);
    expect(el.resolvedViewer.userId).to.equal('anonymous');
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('No customer selected.');
  });

  it("declares the sensitivity and level of every field it shows exactly as core's schemas do", () => {
    const check = (schema: ZodType, rules: readonly FieldRule[]) => {
      for (const rule of rules) {
        expect(schemaMeta(schema, rule.path), rule.path).to.deep.equal({ sensitivity: rule.sensitivity, level: rule.level });
      }
    };
    check(organisationSchema, cardCustomerRules);
    check(contactSchema, cardContactRules);
    check(interactionSchema, cardInteractionRules);
  });

  it('shows name, nature, stage, grade badge, last interaction, next follow-up and RFM for a manager (zh-CN)', async () => {
    const el = await card({ locale: 'zh-CN', customer: currentCustomer, contacts, interactions, explanation: abcExplanation, rfm: rfmExplanation, viewer: viewers.manager, asOf });
    expect(el.shadowRoot!.querySelector('[part=name]')!.textContent).to.contain('杭州西湖科技有限公司');
    expect(el.shadowRoot!.querySelector('[part=variant]')!.textContent).to.equal('现有客户卡');
    expect(factValue(el, '客户性质')).to.equal('制造商');
    expect(factValue(el, '客户关系阶段')).to.equal('长期客户');
    const badge = el.shadowRoot!.querySelector<DossierTierBadge>('[part=badge]')!;
    expect(badge.grade).to.equal('A');
    expect(badge.vip).to.equal(true);
    // I-2 (call, 2026-03-02) is the last interaction on or before 2026-03-10; I-3 (meeting, 03-20) is next.
    expect(factValue(el, '最近一次联系')).to.equal('2026年3月2日 电话');
    expect(factValue(el, '下次跟进日期')).to.equal('2026年3月20日 会议：二期报价');
    expect(factValue(el, 'RFM 评分')).to.contain('R 5 · F 4 · M 5');
    // Key contacts: the key person first.
    const first = el.shadowRoot!.querySelector('[part=contact]')!;
    expect(first.textContent).to.contain('李建国');
    expect(first.textContent).to.contain('决策者');
  });

  it('explains the grade on demand, in the locale, with a disclosure button', async () => {
    const el = await card({ locale: 'en', customer: currentCustomer, explanation: abcExplanation, viewer: viewers.manager });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=explain-button]')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part=explanation]')).to.equal(null);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const text = () => el.shadowRoot!.querySelector('[part=explanation]')!.textContent!.trim();
    // Named (in English by the English name), never by id.
    expect(text()).to.equal(explainGrade(abcExplanation, 'en', { name: 'Hangzhou West Lake Technology Co., Ltd.' }));
    expect(text().startsWith('Hangzhou West Lake Technology Co., Ltd. ')).to.equal(true);
    expect(text()).not.to.contain('C-0001');
    el.locale = 'zh-CN';
    await el.updateComplete;
    expect(text()).to.equal(explainGrade(abcExplanation, 'zh-CN', { name: '杭州西湖科技有限公司' }));
    expect(text()).not.to.contain('C-0001');
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=explanation]')).to.equal(null);
  });

  it('explains an A customer whose sales fell to zero as lost, by name, in both locales', async () => {
    const lost = { ...abcExplanation, grade: 'C' as const, computedGrade: 'C' as const, rule: 'non-positive-revenue' as const, revenue: 0, vip: false };
    const open = async (extra: { previousGrade?: 'A' | 'B' | 'C'; stored?: 'A' | 'B' | 'C' }, locale: 'en' | 'zh-CN') => {
      const customer = { ...currentCustomer, grade: { ...currentCustomer.grade, current: extra.stored ?? 'C' } };
      const el = await card({ locale, customer, explanation: lost, previousGrade: extra.previousGrade, viewer: viewers.manager });
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=explain-button]')!.click();
      await el.updateComplete;
      return el.shadowRoot!.querySelector('[part=explanation]')!.textContent!.trim();
    };
    expect(await open({ previousGrade: 'A' }, 'zh-CN')).to.equal('杭州西湖科技有限公司 已流失：上期为 A 类，本期没有销售（销售额 0），因此转为 C 类，不参与排名。');
    expect(await open({ previousGrade: 'A' }, 'en')).to.equal(
      'Hangzhou West Lake Technology Co., Ltd. is lost: A in the run before, no sales in this window (revenue 0), so now C and not ranked.',
    );
    // Without a previous grade the stored grade (A, before this run's C) stands for it.
    expect(await open({ stored: 'A' }, 'zh-CN')).to.contain('已流失：上期为 A 类');
    // A C customer with no sales was never a key account: not "lost".
    expect(await open({ previousGrade: 'C' }, 'zh-CN')).to.equal('杭州西湖科技有限公司 为 C 类：销售额 0 不为正，不参与排名。');
  });

  it('masks confidential values for a rep who does not own the customer: the values are absent from the DOM', async () => {
    const el = await card({ locale: 'en', customer: formerCustomer, contacts, viewer: viewers.otherRep });
    const markup = deepHTML(el.shadowRoot!);
    const all = text(el);
    for (const secret of Object.values(secrets)) {
      expect(markup).not.to.contain(secret);
      expect(all).not.to.contain(secret);
    }
    // mobile 13912345678 keeps its first three and last four digits.
    expect(factValue(el, 'Mobile')).to.equal('139****5678(masked)');
    expect(factValue(el, 'Reason stopped')).to.equal('•••(masked)');
    // The grade is internal (shown), its explanation quotes revenue (confidential: not offered).
    expect(el.shadowRoot!.querySelector('[part=badge]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[part=explain-button]')).to.equal(null);
    // Level-2 contact data (buying roles) is not for a rep on someone else's customer.
    expect(all).not.to.contain('Decision-maker');
  });

  it('shows the owner rep everything of their own customer', async () => {
    const el = await card({ locale: 'en', customer: formerCustomer, contacts, viewer: viewers.owner });
    expect(factValue(el, 'Mobile')).to.equal(secrets.mobile);
    expect(factValue(el, 'Reason stopped')).to.equal(secrets.stopReason);
    expect(text(el)).to.contain(secrets.contactMobile);
  });

  it('without a viewer shows public information only: no grade, internal fields restricted', async () => {
    const el = await card({ locale: 'en', customer: currentCustomer, contacts, explanation: abcExplanation, rfm: rfmExplanation });
    expect(el.shadowRoot!.querySelector('[part=badge]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part=explain-button]')).to.equal(null);
    expect(factValue(el, 'Nature')).to.equal('Restricted');
    expect(factValue(el, 'RFM scores')).to.equal(undefined);
    const markup = deepHTML(el.shadowRoot!);
    expect(markup).not.to.contain('2,500,000');
    expect(markup).not.to.contain(secrets.mobile);
    expect(markup).not.to.contain('0571-88886666');
    expect(markup).not.to.contain('李建国');
    expect(text(el)).to.contain('李**');
  });

  it('takes the viewer from the provider', async () => {
    const wrapper = await fixture<HTMLElement>(html`<dossier-provider locale="en" .viewer=${viewers.owner}>
      <dossier-customer-card .customer=${currentCustomer}></dossier-customer-card>
    </dossier-provider>`);
    const el = wrapper.querySelector<DossierCustomerCard>('dossier-customer-card')!;
    await el.updateComplete;
    expect(factValue(el, 'Mobile')).to.equal(secrets.mobile);
  });

  it('shows the prospect card with the survey data, and the former card with why it stopped', async () => {
    const prospect = await card({ locale: 'en', customer: prospectCustomer, viewer: viewers.manager });
    expect(prospect.matches(':state(prospect)')).to.equal(true);
    expect(factValue(prospect, 'Needs')).to.equal('数控机床配件');
    expect(factValue(prospect, 'Purchase likelihood')).to.equal('High potential');
    expect(factValue(prospect, 'Budget')).to.equal('¥1,200,000.00');

    const former = await card({ locale: 'zh-CN', customer: formerCustomer, viewer: viewers.manager });
    expect(former.matches(':state(former)')).to.equal(true);
    expect(former.shadowRoot!.querySelector('[part=variant]')!.textContent).to.equal('旧客户卡');
    expect(factValue(former, '停止交易日期')).to.equal('2025年9月30日');
    expect(factValue(former, '后续跟进')).to.equal('半年后回访');
    expect(factValue(former, '下次跟进日期')).to.equal(undefined);
  });

  it('shows the review date of a provisional grade', async () => {
    const el = await card({ locale: 'en', customer: newCustomer, viewer: viewers.manager });
    expect(factValue(el, 'Provisional grade review')).to.equal('Jun 30, 2026');
    expect(el.shadowRoot!.querySelector<DossierTierBadge>('[part=badge]')!.provisional).to.equal(true);
  });

  it('renders hostile text as inert text', async () => {
    const evil = {
      ...formerCustomer,
      name: { zh: hostile, en: hostile },
      territory: hostile,
      salespersonId: hostile,
      relationship: { ...formerCustomer.relationship, stopReason: hostile, followUp: hostile },
    };
    const evilContacts = contacts.map((c) => ({ ...c, name: { zh: hostile }, title: hostile }));
    const evilInteractions = interactions.map((i) => ({ ...i, subject: hostile }));
    const el = await card({ locale: 'en', customer: evil, contacts: evilContacts, interactions: evilInteractions, viewer: viewers.manager, explanation: { ...abcExplanation, customerId: hostile } });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=explain-button]')!.click();
    await el.updateComplete;
    expect(injectedElements(el.shadowRoot!)).to.equal(0);
    expect(el.shadowRoot!.querySelector('[part=name]')!.textContent).to.contain(hostile);
    expect(factValue(el, 'Territory')).to.equal(hostile);
    expect(el.shadowRoot!.querySelector('[part=explanation]')!.textContent).to.contain(hostile);
    expect(el.shadowRoot!.querySelector('[part=contact]')!.textContent).to.contain(hostile);
  });

  it('loads a customer from the store by id and follows its changes', async () => {
    const store = createMemoryStore();
    const json = JSON.parse(JSON.stringify(currentCustomer));
    await store.put('customer', json);
    await store.put('contact', JSON.parse(JSON.stringify(contacts[0])));
    const el = await card({ locale: 'en', customerId: 'C-0001', store, viewer: viewers.manager });
    await eventually(() => el.shadowRoot!.querySelector('[part=name]') !== null);
    expect(el.shadowRoot!.querySelector('[part=name]')!.textContent).to.contain('杭州西湖科技有限公司');
    expect(el.shadowRoot!.querySelector('[part=contact]')!.textContent).to.contain('李建国');
    await store.put('customer', { ...json, name: { zh: '杭州西湖科技集团' } });
    await eventually(() => el.shadowRoot!.querySelector('[part=name]')!.textContent!.includes('集团'));
    expect(el.shadowRoot!.querySelector('[part=name]')!.textContent).to.contain('杭州西湖科技集团');
    el.customerId = 'C-404';
    await eventually(() => el.shadowRoot!.querySelector('[part=status]')?.textContent === 'No customer with id C-404.');
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.equal('No customer with id C-404.');
  });

  it('reads through the store with the viewer, so a privacy store redacts and audits the read', async () => {
    const audit = createMemoryAuditLog();
    const key = await importEncryptionKey(new Uint8Array(32).fill(7));
    const store = withPrivacy(createMemoryStore(), { key, audit });
    await store.put('customer', JSON.parse(JSON.stringify(currentCustomer)), { by: 'seed' });
    const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="en" customer-id="C-0001" .store=${store} .viewer=${viewers.otherRep}></dossier-customer-card>`);
    await eventually(() => el.shadowRoot!.querySelector('[part=name]') !== null);
    // Another rep's customer: the mobile is confidential, so it arrives masked from the store itself.
    expect(factValue(el, 'Mobile')).to.equal('139****5678(masked)');
    // The manager reads it in full, and that read of confidential data is in the audit log.
    el.viewer = viewers.manager;
    await eventually(() => factValue(el, 'Mobile') === secrets.mobile);
    expect(factValue(el, 'Mobile')).to.equal(secrets.mobile);
    const reads = await audit.query({ customerId: 'C-0001', action: 'read', userId: viewers.manager.userId });
    expect(reads.length).to.be.greaterThan(0);
    expect(reads[0]!.fields).to.include('mobile');
  });

  it('reveals a masked value with a reason for a role that may, and writes the reveal to the audit log', async () => {
    const audit = createMemoryAuditLog();
    const key = await importEncryptionKey(new Uint8Array(32).fill(9));
    const store = withPrivacy(createMemoryStore(), { key, audit });
    await store.put('customer', JSON.parse(JSON.stringify(currentCustomer)), { by: 'seed' });
    await store.put('contact', JSON.parse(JSON.stringify(contacts[0])), { by: 'seed' });
    // A call-centre agent reads public and internal data and may reveal confidential values.
    const agent = { userId: 'cc-1', role: defaultRoles['call-centre'] };
    const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="zh-CN" customer-id="C-0001" .store=${store} .viewer=${agent}></dossier-customer-card>`);
    await eventually(() => el.shadowRoot!.querySelector('[part=contact]') !== null);
    expect(deepHTML(el.shadowRoot!)).not.to.include(secrets.mobile);
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=reveal-button]')];
    // The customer's mobile and email, the key contact's mobile and email: four confidential values.
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['显示手机', '显示电子邮箱', '显示李建国 手机', '显示李建国 电子邮箱']);
    buttons[0]!.click();
    await el.updateComplete;
    expect(await axeViolations(el)).to.deep.equal([]);
    const form = el.shadowRoot!.querySelector<HTMLFormElement>('[part=reveal-form]')!;
    form.querySelector('input')!.value = '客户来电要求回拨';
    form.requestSubmit();
    await eventually(() => factValue(el, '手机')?.startsWith(secrets.mobile) === true);
    expect(factValue(el, '手机')).to.equal(`${secrets.mobile} （已显示，已记录）`);
    const reveals = await audit.query({ action: 'reveal' });
    expect(reveals.map((e) => [e.userId, e.recordId, e.fields, e.reason])).to.deep.equal([['cc-1', 'C-0001', ['mobile'], '客户来电要求回拨']]);
    // The contact's mobile stays masked until revealed on its own.
    expect(deepHTML(el.shadowRoot!)).not.to.include(secrets.contactMobile);
    // A sales rep's role has no reveal: another rep's customer shows no reveal button at all.
    el.viewer = viewers.otherRep;
    await eventually(() => el.shadowRoot!.querySelector('[part=reveal-button]') === null);
    expect(el.shadowRoot!.querySelectorAll('[part=reveal-button]').length).to.equal(0);
    expect(deepHTML(el.shadowRoot!)).not.to.include(secrets.mobile);
  });

  it('shows a translated error when the store fails', async () => {
    const failing = { subscribe: () => ({ ready: Promise.resolve(), unsubscribe() {} }), get: () => Promise.reject(new Error('offline')), list: () => Promise.reject(new Error('offline')) };
    const el = await fixture<DossierCustomerCard>(html`<dossier-customer-card locale="zh-CN" customer-id="C-1" .store=${failing as never}></dossier-customer-card>`);
    await eventually(() => el.shadowRoot!.querySelector('[role=alert]') !== null);
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.equal('无法加载客户资料：offline');
  });

  it('has no accessibility violations (light and dark, masked and full, explanation open)', async () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const viewer of [viewers.manager, viewers.otherRep, undefined]) {
        const wrapper = fixtureSync<HTMLElement>(html`<div style="background:${theme === 'dark' ? '#15171c' : '#fff'}">
          <dossier-customer-card
            .theme=${theme}
            locale="zh-CN"
            .customer=${currentCustomer}
            .contacts=${contacts}
            .interactions=${interactions}
            .explanation=${abcExplanation}
            .rfm=${rfmExplanation}
            .viewer=${viewer}
            as-of=${asOf}
          ></dossier-customer-card>
        </div>`);
        await rendered(wrapper);
        const el = wrapper.querySelector<DossierCustomerCard>('dossier-customer-card')!;
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part=explain-button]')?.click();
        await el.updateComplete;
        expect(await axeViolations(wrapper), `${theme} ${viewer?.userId ?? 'anonymous'}`).to.deep.equal([]);
      }
    }
  });
});
