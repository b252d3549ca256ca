import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createMemoryStore, dossierKinds, type DossierRecords } from '@dossier/storage-adapters';
import { defaultRoles, type Viewer } from '@dossier/core';
import type { DossierCustomerForm } from './customer-form.js';
import { axeViolations } from '../testing-fixtures/index.js';
import { contacts, currentCustomer, viewers } from '../testing-fixtures/archive.js';
import '../define.js';

const root = (el: DossierCustomerForm) => el.shadowRoot!;
const people = [
  { id: 'rep-7', name: '王芳', nameEn: 'Wang Fang' },
  { id: 'm-1', name: '陈经理', nameEn: 'Manager Chen' },
];
const collected = { channel: 'exhibition', verified: false, collectedAt: '2026-02-10T02:00:00.000Z', collectedBy: 'rep-7' };
/** The fixture customer with a source for the record (展会, unverified) and one for its credit rating (our salesperson). */
const sourced = { ...currentCustomer, source: collected, facts: { 'credit.rating': { ...collected, channel: 'sales-rep' } } };
const sourceLine = (el: DossierCustomerForm, scope: string, path = '') => root(el).querySelector<HTMLElement>(`[data-sources=${scope}] [part=source][data-path="${path}"]`);

async function form(locale: string, viewer: Viewer = viewers.manager, customer: object | undefined = sourced) {
  return fixture<DossierCustomerForm>(html`<dossier-customer-form locale=${locale} .customer=${customer} .viewer=${viewer} .people=${people}></dossier-customer-form>`);
}

describe('dossier-customer-form provenance', () => {
  it('shows the record source and a fact source: channel (core words), verified, collected at/by by name — zh-CN', async () => {
    const el = await form('zh-CN');
    const whole = sourceLine(el, 'c')!;
    expect(whole.querySelector('.item-title')!.textContent).to.equal('客户资料整体');
    expect(whole.querySelector<HTMLSelectElement>('select')!.selectedOptions[0]!.textContent!.trim()).to.equal('展会');
    expect(whole.textContent).to.contain('未核实');
    expect(whole.textContent).to.contain('由 王芳 收集');
    expect(whole.textContent).not.to.contain('rep-7');
    const fact = sourceLine(el, 'c', 'credit.rating')!;
    expect(fact.querySelector('.item-title')!.textContent).to.equal('信用等级');
    expect(fact.querySelector<HTMLSelectElement>('select')!.selectedOptions[0]!.textContent!.trim()).to.equal('本公司业务员');
  });

  it('marks a fact verified without vouching for the rest, and changes a channel — en', async () => {
    const el = await form('en');
    const fact = sourceLine(el, 'c', 'credit.rating')!;
    expect(fact.textContent).to.contain('Not verified');
    const button = fact.querySelector<HTMLButtonElement>('[part~=verify]')!;
    expect(button.textContent!.trim()).to.equal('Mark verified');
    expect(button.getAttribute('aria-label')).to.equal('Mark verified: Credit rating');
    button.click();
    await el.updateComplete;
    const value = el.value as { source: { verified: boolean }; facts: Record<string, { verified: boolean; channel: string }> };
    expect(value.facts['credit.rating']).to.deep.equal({ ...collected, channel: 'sales-rep', verified: true });
    expect(value.source.verified).to.equal(false);
    expect(sourceLine(el, 'c', 'credit.rating')!.textContent).to.contain('Verified');
    expect(sourceLine(el, 'c', 'credit.rating')!.querySelector('[part~=verify]')).to.equal(null);
    expect(el.dirty).to.equal(true);
    const select = sourceLine(el, 'c')!.querySelector<HTMLSelectElement>('select')!;
    select.value = 'trade-website';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect((el.value as { source: object }).source).to.deep.equal({ ...collected, channel: 'trade-website' });
  });

  it('is read only for a viewer who may not write it, and hides the source of a fact the viewer may not read', async () => {
    const auditor = { userId: 'a-1', role: defaultRoles['auditor'] };
    const el = await form('en', auditor);
    const whole = sourceLine(el, 'c')!;
    expect(whole.querySelector('select')).to.equal(null);
    expect(whole.querySelector('[part~=verify]')).to.equal(null);
    expect(whole.textContent).to.contain('Exhibition');
    // Another rep may not read the credit rating (confidential, not theirs): its source is absent too.
    const rep = await form('zh-CN', viewers.otherRep);
    expect(sourceLine(rep, 'c', 'credit.rating')).to.equal(null);
    expect(root(rep).innerHTML).not.to.contain('credit.rating');
  });

  it('lets a writer record the source of a stored record that has none (collected by the viewer, now)', async () => {
    const el = await form('en', viewers.manager, currentCustomer);
    const line = sourceLine(el, 'c')!;
    const select = line.querySelector<HTMLSelectElement>('select')!;
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('— not recorded —');
    expect(line.querySelector('[part~=verify]')).to.equal(null);
    select.value = 'map';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const source = (el.value as { source: { channel: string; verified: boolean; collectedBy: string } }).source;
    expect([source.channel, source.verified, source.collectedBy]).to.deep.equal(['map', false, 'm-1']);
    expect(sourceLine(el, 'c')!.textContent).to.contain('by Manager Chen');
  });

  it('stamps a new record with the chosen channel, collected by the viewer now, and stores it', async () => {
    const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds(), actor: 'rep-7' });
    const before = new Date().toISOString();
    const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="zh-CN" .store=${store} .viewer=${viewers.owner} .people=${people}></dossier-customer-form>`);
    const select = sourceLine(el, 'c')!.querySelector<HTMLSelectElement>('select')!;
    expect(select.selectedOptions[0]!.textContent!.trim()).to.equal('本公司业务员');
    select.value = 'exhibition';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const draft = el.value as { id: string; source: { channel: string; verified: boolean; collectedBy: string; collectedAt: string } };
    expect(draft.source.channel).to.equal('exhibition');
    expect(draft.source.verified).to.equal(false);
    expect(draft.source.collectedBy).to.equal('rep-7');
    expect(draft.source.collectedAt >= before).to.equal(true);
    // A contact added in the form is stamped too.
    root(el).querySelector<HTMLButtonElement>('[data-action=add-contact]')!.click();
    await el.updateComplete;
    expect((el.contactValues[0] as { source: { collectedBy: string } }).source.collectedBy).to.equal('rep-7');
    expect(sourceLine(el, 'p0')!.textContent).to.contain('由 王芳 收集');
    // Fill what a record needs and save: the store keeps the stamp.
    const set = async (id: string, v: string) => {
      const c = root(el).getElementById(id) as HTMLInputElement;
      c.value = v;
      c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      c.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    await set('c-name-zh', '杭州新展科技有限公司');
    await set('c-nature', 'intermediary');
    await set('c-territory', '华东');
    await set('p0-name-zh', '赵敏');
    const outcome = await el.save();
    expect(outcome.ok, JSON.stringify(outcome)).to.equal(true);
    const stored = await store.get('customer', draft.id);
    const source = (stored!.value as unknown as { source: { channel: string; collectedBy: string } }).source;
    expect(source.channel).to.equal('exhibition');
    expect(source.collectedBy).to.equal('rep-7');
  });

  it('offers "edit key-person profile" for a stored contact (an event, no editor loaded), not for a new one — both locales', async () => {
    for (const [locale, text, label] of [
      ['zh-CN', '编辑关键人物档案', '编辑关键人物档案：李建国'],
      ['en', 'Edit key-person profile', 'Edit key-person profile: 李建国'],
    ] as const) {
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale=${locale} .customer=${currentCustomer} .contacts=${[contacts[0]!]} .viewer=${viewers.manager}></dossier-customer-form>`);
      const button = root(el).querySelector<HTMLButtonElement>('[data-contact=P-1] [part~=edit-profile]')!;
      expect(button.textContent!.trim()).to.equal(text);
      expect(button.getAttribute('aria-label')).to.equal(label);
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'dossier-edit-profile');
      expect(event.detail).to.deep.equal({ contactId: 'P-1', customerId: 'C-0001' });
      expect(event.composed).to.equal(true);
      root(el).querySelector<HTMLButtonElement>('[data-action=add-contact]')!.click();
      await el.updateComplete;
      expect(root(el).querySelectorAll('[part~=edit-profile]').length).to.equal(1);
    }
  });

  it('heads a group spanning levels once per level, "(continued)" after its first', async () => {
    for (const [locale, first, later] of [
      ['zh-CN', '所有者', '所有者（续）'],
      ['en', 'Owner', 'Owner (continued)'],
    ] as const) {
      const el = await form(locale, viewers.manager, undefined);
      const heading = (level: number) => {
        const group = root(el).querySelector(`[part~=level-${level}] [data-group=owner]`)!;
        return group.querySelector(':scope > legend, :scope > summary')!.textContent!.trim();
      };
      expect(heading(1)).to.equal(first);
      expect(heading(3)).to.equal(later);
    }
  });

  it('has no accessibility violations with sources, verify and profile buttons', async () => {
    const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="zh-CN" .customer=${sourced} .contacts=${[{ ...contacts[0]!, source: collected }]} .viewer=${viewers.manager} .people=${people}></dossier-customer-form>`);
    expect(await axeViolations(el)).to.deep.equal([]);
  });
});
