import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  buyingRoles,
  canRead,
  communicationStyles,
  importEncryptionKey,
  contactLayers,
  customerFieldsByKind,
  locales,
  validateCustomer,
  vocabularyLabel,
  type Locale,
  type Viewer,
} from '@dossier/core';
import { createMemoryAuditLog, createMemoryStore, dossierKinds, sealableKinds, storeError, withPrivacy, type DossierRecords, type Store } from '@dossier/storage-adapters';
import { DossierCustomerForm, type CustomerFormStore } from './customer-form.js';
import { customerFormFields } from './form-fields.js';
import { applyChoices, mergeRows } from './merge.js';
import { axeViolations, deepHTML, deepText, hostile, hostileStrings, injectedElements } from '../testing-fixtures/index.js';
import { contacts, currentCustomer, personCustomer, secrets, viewers } from '../testing-fixtures/archive.js';
import { failingStore, pendingStore, sampleArchive } from '../testing-fixtures/sample.js';
import { formatDateTime } from '../shared/format.js';
import * as stories from './customer-form.stories.js';
import { render, type TemplateResult } from 'lit';
import '../define.js';

type Json = Record<string, unknown>;
const json = <T>(value: T): Json => JSON.parse(JSON.stringify(value)) as Json;
const root = (el: DossierCustomerForm) => el.shadowRoot!;
const byId = <T extends HTMLElement = HTMLInputElement>(el: DossierCustomerForm, id: string) => root(el).getElementById(id) as T | null;

/** Types into a control as a person would: input events while typing, change when leaving it. */
async function enter(el: DossierCustomerForm, id: string, value: string): Promise<void> {
  const control = byId<HTMLInputElement>(el, id);
  if (!control) throw new Error(`no control #${id}`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function pick(el: DossierCustomerForm, id: string, value: string): Promise<void> {
  const select = byId<HTMLSelectElement>(el, id)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function dossierStore(actor = 'rep-7'): Store<DossierRecords> {
  return createMemoryStore<DossierRecords>({ kinds: dossierKinds(), actor });
}

/** A store holding the fixture customer at revision 1 and its first contact. */
async function seededStore(): Promise<Store<DossierRecords>> {
  const store = dossierStore();
  const put = await store.put('customer', currentCustomer);
  expect(put.ok).to.equal(true);
  await store.put('contact', contacts[0]!);
  return store;
}

/** Waits (up to two seconds) until `find` finds something, and returns it. */
async function waitFor<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('waited in vain');
}

async function editForm(store: CustomerFormStore, viewer: Viewer = viewers.owner, locale: Locale = 'en'): Promise<DossierCustomerForm> {
  const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form
    locale=${locale}
    customer-id="C-0001"
    .store=${store}
    .viewer=${viewer}
  ></dossier-customer-form>`);
  for (let i = 0; i < 20 && !byId(el, 'c-territory'); i++) await new Promise((r) => setTimeout(r, 10)).then(() => el.updateComplete);
  return el;
}

describe('dossier-customer-form', () => {
  describe('element', () => {
    it('is a form-associated element with sensible defaults', async () => {
      expect(customElements.get('dossier-customer-form')).to.equal(DossierCustomerForm);
      expect(DossierCustomerForm.formAssociated).to.equal(true);
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="en" .viewer=${viewers.manager}></dossier-customer-form>`);
      expect(el.name).to.equal('');
      expect(el.kind).to.equal('organisation');
      expect(el.required).to.equal(false);
      expect(el.disabled).to.equal(false);
      expect(root(el).querySelector('[part~=title]')!.textContent).to.equal('New organisation');
      expect(el.value!['kind']).to.equal('organisation');
      // A new record starts as a hand-set prospect owned by the person creating it.
      expect(el.value!['salespersonId']).to.equal('m-1');
      expect(el.value!['relationship']).to.deep.equal({ stage: 'prospect', setByHand: true });
    });

    it('renders every field of the catalogue the viewer may read, labelled from core (zh-CN)', async () => {
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="zh-CN" .customer=${currentCustomer} .viewer=${viewers.owner}></dossier-customer-form>`);
      const fields = customerFormFields('organisation').filter((f) => !f.segments.includes('[]'));
      expect(fields.length).to.be.greaterThan(60);
      for (const field of fields) {
        const id = `c-${field.entry.path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
        const control = byId(el, id);
        expect(control, field.entry.path).to.not.equal(null);
        const label = control!.matches('fieldset') ? control!.querySelector('legend') : root(el).querySelector(`label[for="${id}"]`);
        expect(label!.textContent, field.entry.path).to.contain(field.entry.label['zh-CN']);
      }
      // One address of the fixture: its province field is there, with the address's value.
      expect(byId(el, 'c-addresses-0--province')!.value).to.equal('浙江省');
      expect(root(el).querySelector('[data-group=addresses] > legend')!.textContent).to.equal('地址');
      // Sections by level; level 3 is collapsed.
      expect(root(el).querySelector('[part~=level-1] h3')!.textContent).to.equal('一级信息：基础资料');
      const level3 = root(el).querySelector<HTMLDetailsElement>('details[part~=level-3]')!;
      expect(level3.open).to.equal(false);
      expect(level3.querySelector('#c-intelligence-decisionMakerRelations')).to.not.equal(null);
      // Enum options carry core's vocabulary labels.
      const nature = byId<HTMLSelectElement>(el, 'c-nature')!;
      expect(nature.selectedOptions[0]!.textContent!.trim()).to.equal(vocabularyLabel('zh-CN', 'customerNatures', 'manufacturer'));
    });

    it('switches a new record between organisation and person, with the fields of each kind', async () => {
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="en" .viewer=${viewers.owner}></dossier-customer-form>`);
      await enter(el, 'c-name-zh', '王芳');
      expect(byId(el, 'c-uscc')).to.not.equal(null);
      expect(byId(el, 'c-idNumber')).to.equal(null);
      const person = root(el).querySelector<HTMLInputElement>('[part~=kind] input[value=person]')!;
      person.click();
      await el.updateComplete;
      expect(root(el).querySelector('[part~=title]')!.textContent).to.equal('New person');
      expect(el.value!['kind']).to.equal('person');
      expect(el.value!['name']).to.deep.equal({ zh: '王芳' });
      expect(byId(el, 'c-uscc')).to.equal(null);
      // The rep owns the record it creates, so it may fill the secret resident ID number…
      expect(byId(el, 'c-idNumber')).to.not.equal(null);
      expect(byId<HTMLSelectElement>(el, 'c-gender')!.options[1]!.textContent!.trim()).to.equal('Female');
      // …which a manager, not cleared for secrets, never gets.
      const manager = await fixture<DossierCustomerForm>(html`<dossier-customer-form kind="person" locale="en" .viewer=${viewers.manager}></dossier-customer-form>`);
      expect(byId(manager, 'c-gender')).to.not.equal(null);
      expect(byId(manager, 'c-idNumber')).to.equal(null);
    });

    it('is read only when disabled', async () => {
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form disabled locale="en" .customer=${currentCustomer} .contacts=${contacts} .viewer=${viewers.owner}></dossier-customer-form>`);
      expect(byId(el, 'c-territory')!.readOnly).to.equal(true);
      expect(byId<HTMLSelectElement>(el, 'c-nature')!.disabled).to.equal(true);
      expect(root(el).querySelector('[data-action=add-contact]')).to.equal(null);
      expect(await el.save()).to.deep.equal({ ok: false, reason: 'disabled' });
    });

    it('has no accessibility violations: new, edit with errors, level 3 open', async () => {
      const created = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="zh-CN" .viewer=${viewers.manager}></dossier-customer-form>`);
      expect(await axeViolations(created)).to.deep.equal([]);
      const edit = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="en" .customer=${currentCustomer} .contacts=${contacts} .viewer=${viewers.owner}></dossier-customer-form>`);
      await enter(edit, 'c-mobile', '12345');
      edit.reportValidity();
      await edit.updateComplete;
      root(edit).querySelector<HTMLDetailsElement>('details')!.open = true;
      expect(await axeViolations(edit)).to.deep.equal([]);
    });
  });

  describe('inside a native form', () => {
    it('submits the customer JSON, is invalid on invalid input, resets and follows a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <fieldset>
          <dossier-customer-form name="customer" locale="en" .customer=${currentCustomer} .viewer=${viewers.owner}></dossier-customer-form>
        </fieldset>
      </form>`);
      const el = form.querySelector('dossier-customer-form')!;
      await el.updateComplete;
      const submitted = () => JSON.parse(String(new FormData(form).get('customer'))) as Json;
      expect((submitted()['name'] as Json)['zh']).to.equal('杭州西湖科技有限公司');
      expect(submitted()['createdAt']).to.equal('2026-01-05T02:00:00.000Z');
      expect(form.checkValidity()).to.equal(true);

      await enter(el, 'c-territory', '华南');
      expect(submitted()['territory']).to.equal('华南');

      // A mobile number that is not a mainland mobile: invalid, with core's message as the validation message.
      await enter(el, 'c-mobile', '12345');
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.customError).to.equal(true);
      const expected = validateCustomer({ ...json(currentCustomer), territory: '华南', mobile: '12345' }, { locale: 'en' });
      expect(expected.ok).to.equal(false);
      const issue = !expected.ok ? expected.issues.find((i) => i.path === 'mobile')! : undefined;
      expect(el.validationMessage).to.equal(`${issue!.field}: ${issue!.message}`);

      form.reset();
      await el.updateComplete;
      expect(el.value!['territory']).to.equal('华东');
      expect(el.value!['mobile']).to.equal(secrets.mobile);
      expect(byId(el, 'c-territory')!.value).to.equal('华东');
      expect(form.checkValidity()).to.equal(true);

      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      await el.updateComplete;
      expect(byId(el, 'c-territory')!.readOnly).to.equal(true);
      expect(root(el).querySelector<HTMLButtonElement>('[part~=save]')!.disabled).to.equal(true);
      expect(el.matches(':state(disabled)')).to.equal(true);
      // A disabled control is not submitted.
      expect(new FormData(form).has('customer')).to.equal(false);
      form.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(byId(el, 'c-territory')!.readOnly).to.equal(false);
    });

    it('submits nothing and is valid while an optional new form is untouched; required makes it valueMissing', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <dossier-customer-form name="a" locale="en" .viewer=${viewers.manager}></dossier-customer-form>
        <dossier-customer-form name="b" required locale="en" .viewer=${viewers.manager}></dossier-customer-form>
      </form>`);
      const [a, b] = [...form.querySelectorAll('dossier-customer-form')] as DossierCustomerForm[];
      await a!.updateComplete;
      await b!.updateComplete;
      expect(new FormData(form).has('a')).to.equal(false);
      expect(a!.checkValidity()).to.equal(true);
      expect(b!.validity.valueMissing).to.equal(true);
      await enter(a!, 'c-name-zh', '宁波港湾贸易有限公司');
      // Touched: now a customer without nature and territory, which is invalid.
      expect(a!.checkValidity()).to.equal(false);
      expect(JSON.parse(String(new FormData(form).get('a')))['name']).to.deep.equal({ zh: '宁波港湾贸易有限公司' });
    });
  });

  describe('validation at the field', () => {
    for (const locale of locales) {
      it(`shows core's translated message at the field with aria-invalid and aria-describedby (${locale})`, async () => {
        const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale=${locale} .customer=${currentCustomer} .viewer=${viewers.owner}></dossier-customer-form>`);
        expect(byId(el, 'c-email')!.hasAttribute('aria-invalid')).to.equal(false);
        await enter(el, 'c-email', 'not-an-email');
        const control = byId(el, 'c-email')!;
        expect(control.getAttribute('aria-invalid')).to.equal('true');
        const message = root(el).getElementById(control.getAttribute('aria-describedby')!)!;
        const result = validateCustomer({ ...json(currentCustomer), email: 'not-an-email' }, { locale });
        const issue = !result.ok ? result.issues.find((i) => i.path === 'email') : undefined;
        expect(issue).to.not.equal(undefined);
        expect(message.textContent!.trim()).to.equal(issue!.message);
        if (locale === 'zh-CN') expect(message.textContent).to.match(/[\u4e00-\u9fff]/);
      });
    }

    it('shows a message only for touched fields until a save is attempted, then every message and a summary', async () => {
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="zh-CN" .viewer=${viewers.manager}></dossier-customer-form>`);
      expect(root(el).querySelectorAll('[aria-invalid=true]').length).to.equal(0);
      const outcome = await el.save();
      expect(outcome).to.deep.equal({ ok: false, reason: 'invalid' });
      await el.updateComplete;
      // A new organisation needs a name (core's own message), a nature and a territory.
      expect(byId(el, 'c-name-zh')!.getAttribute('aria-invalid')).to.equal('true');
      expect(root(el).getElementById('c-name-zh-error')!.textContent).to.equal('请填写名称（中文或英文）');
      expect(byId(el, 'c-nature')!.getAttribute('aria-invalid')).to.equal('true');
      expect(byId(el, 'c-territory')!.getAttribute('aria-invalid')).to.equal('true');
      // A missing required value is said to be required (not zod's "expected string, received undefined").
      expect(root(el).getElementById('c-territory-error')!.textContent).to.equal('此项为必填项。');
      const summary = root(el).querySelector('[part~=error-summary]')!;
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(summary.querySelectorAll('li').length).to.equal(3);
      // The first invalid control has the focus.
      expect(root(el).activeElement?.id).to.equal('c-name-zh');
    });

    it('requires the stop date and reason of a former customer at the reason field', async () => {
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="en" .customer=${currentCustomer} .viewer=${viewers.owner}></dossier-customer-form>`);
      await pick(el, 'c-relationship-stage', 'former');
      expect(el.value!['relationship']).to.deep.equal({ stage: 'former', setByHand: true });
      // The reason field was not touched: its message waits for a check of the whole form.
      expect(root(el).getElementById('c-relationship-stopReason-error')).to.equal(null);
      expect(el.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(byId(el, 'c-relationship-stopReason')!.getAttribute('aria-invalid')).to.equal('true');
      expect(root(el).getElementById('c-relationship-stopReason-error')!.textContent).to.equal(
        'A former customer needs the date it stopped buying and the reason',
      );
    });
  });

  describe('privacy', () => {
    it("renders nothing a rep may not read of another rep's customer: absent from the shadow root, not hidden", async () => {
      const customer = { ...currentCustomer, intelligence: { decisionMakerRelations: '董事长与总经理不和', relatedParties: ['某投资公司'] }, credit: { limit: 880000 } };
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form name="c" locale="zh-CN" .customer=${customer} .contacts=${contacts} .viewer=${viewers.otherRep}></dossier-customer-form>`);
      const markup = deepHTML(root(el));
      const text = deepText(root(el));
      for (const secret of [secrets.mobile, secrets.email, secrets.contactMobile, '董事长与总经理不和', '某投资公司', '880000']) {
        expect(markup, secret).to.not.contain(secret);
        expect(text, secret).to.not.contain(secret);
      }
      expect(byId(el, 'c-mobile')).to.equal(null);
      expect(byId(el, 'c-credit-limit')).to.equal(null);
      // No level-2 or level-3 section for a rep on someone else's customer.
      expect(root(el).querySelector('[part~=level-2]')).to.equal(null);
      expect(root(el).querySelector('[part~=level-3]')).to.equal(null);
      expect(root(el).querySelector('#p0-communicationStyle')).to.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
      // Every field the rep does see is one core says the rep may read.
      const shown = [...root(el).querySelectorAll('[part~=field]')].filter((f) => !f.closest('[part~=contact]'));
      expect(shown.length).to.be.greaterThan(20);
      for (const field of shown) {
        const path = field.getAttribute('data-path')!;
        const entry = customerFieldsByKind.organisation.find((f) => f.path === path);
        expect(entry, path).to.not.equal(undefined);
        expect(canRead(viewers.otherRep, entry!, { ownerId: 'rep-7' }), path).to.equal(true);
      }
      // Nor does the submitted value carry them.
      await enter(el, 'c-territory', '华中');
      const form = document.createElement('form');
      el.before(form);
      form.append(el);
      await el.updateComplete;
      const submitted = String(new FormData(form).get('c'));
      expect(submitted).to.contain('华中');
      expect(submitted).to.not.contain(secrets.mobile);
      expect(submitted).to.not.contain('董事长与总经理不和');
    });

    it('shows level 3 (collapsed) to a manager but never the secret fields; the owner sees them', async () => {
      const customer = { ...currentCustomer, intelligence: { decisionMakerRelations: '董事长与总经理不和', relatedParties: [] }, owner: { name: '王老板', hobbies: '高尔夫' } };
      const manager = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="en" .customer=${customer} .viewer=${viewers.manager}></dossier-customer-form>`);
      expect(root(manager).querySelector('details[part~=level-3]')).to.not.equal(null);
      expect(byId(manager, 'c-owner-hobbies')!.value).to.equal('高尔夫');
      expect(byId(manager, 'c-intelligence-decisionMakerRelations')).to.equal(null);
      expect(deepHTML(root(manager))).to.not.contain('董事长与总经理不和');
      const owner = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="en" .customer=${customer} .viewer=${viewers.owner}></dossier-customer-form>`);
      expect(byId(owner, 'c-intelligence-decisionMakerRelations')!.value).to.equal('董事长与总经理不和');
    });

    it('names its viewer on every read and write, so a privacy store masks and checks them for that person', async () => {
      const store = await seededStore();
      const calls: [string, unknown][] = [];
      const spy: CustomerFormStore = {
        kinds: store.kinds,
        get: (kind, id, options) => (calls.push(['get', options?.viewer]), store.get(kind, id)),
        list: (kind, query) => (calls.push(['list', query.viewer]), store.list(kind, query)),
        batch: (ops, options) => (calls.push(['batch', options?.viewer]), store.batch(ops as never)),
      };
      const el = await editForm(spy, viewers.otherRep);
      await enter(el, 'c-territory', '华中');
      expect(await el.save()).to.deep.equal({ ok: true, rev: 2 });
      expect(calls.map(([call]) => call)).to.deep.equal(['get', 'list', 'batch']);
      for (const [call, viewer] of calls) expect(viewer, call).to.equal(viewers.otherRep);
    });

    it('saves through a privacy store as its viewer: the write is checked, audited under the viewer, and keeps what it cannot see', async () => {
      const inner = createMemoryStore<DossierRecords>({ kinds: sealableKinds(dossierKinds()), actor: 'server' });
      const audit = createMemoryAuditLog();
      const store = withPrivacy(inner, { key: await importEncryptionKey(new Uint8Array(32).fill(2)), audit });
      expect((await store.put('customer', currentCustomer)).ok).to.equal(true);
      const el = await editForm(store as unknown as CustomerFormStore, viewers.otherRep);
      expect(deepHTML(root(el))).to.not.contain(secrets.mobile);
      await enter(el, 'c-territory', '华中');
      expect(await el.save()).to.deep.equal({ ok: true, rev: 2 });
      const stored = (await store.get('customer', 'C-0001'))!.value;
      expect(stored.territory).to.equal('华中');
      expect(stored.mobile).to.equal(secrets.mobile);
      expect((await audit.query({ action: 'update' })).map((entry) => entry.userId)).to.deep.equal(['rep-9']);
    });

    it('keeps the fields a viewer cannot see when it saves', async () => {
      const store = await seededStore();
      const el = await editForm(store, viewers.otherRep);
      expect(byId(el, 'c-mobile')).to.equal(null);
      await enter(el, 'c-territory', '华中');
      const outcome = await el.save();
      expect(outcome).to.deep.equal({ ok: true, rev: 2 });
      const stored = await store.get('customer', 'C-0001');
      expect(stored!.value.territory).to.equal('华中');
      expect(stored!.value.mobile).to.equal(secrets.mobile);
      expect(stored!.value.email).to.equal(secrets.email);
    });
  });

  describe('saving through the store', () => {
    it('creates a new customer with revision 1, then saves an edit as revision 2 (dossier-save)', async () => {
      const store = dossierStore();
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="en" .store=${store} .viewer=${viewers.owner}></dossier-customer-form>`);
      await enter(el, 'c-name-zh', '宁波港湾贸易有限公司');
      await enter(el, 'c-territory', '华东');
      await pick(el, 'c-nature', 'intermediary');
      const saved = oneEvent(el, 'dossier-save');
      const outcome = await el.save();
      const event = await saved;
      expect(outcome).to.deep.equal({ ok: true, rev: 1 });
      expect(event.detail.rev).to.equal(1);
      expect(event.detail.created).to.equal(true);
      expect(event.bubbles && event.composed).to.equal(true);
      const id = String(event.detail.customer['id']);
      const stored = await store.get('customer', id);
      expect(stored!.rev).to.equal(1);
      expect(stored!.value.name).to.deep.equal({ zh: '宁波港湾贸易有限公司' });
      expect(stored!.value.salespersonId).to.equal('rep-7');
      await el.updateComplete;
      expect(root(el).querySelector('[part~=status]')!.textContent).to.equal('Saved as revision 1.');
      expect(root(el).querySelector('[part~=title]')!.textContent).to.equal('Editing 宁波港湾贸易有限公司');

      await enter(el, 'c-notes', '年底前回访');
      expect((await el.save()).ok).to.equal(true);
      const second = await store.get('customer', id);
      expect(second!.rev).to.equal(2);
      expect(second!.value.notes).to.equal('年底前回访');
      expect((await store.history('customer', id)).map((r) => r.rev)).to.deep.equal([1, 2]);
    });

    it('edits contacts with buying roles, layer and communication style, saved with the customer', async () => {
      const store = await seededStore();
      const el = await editForm(store, viewers.owner, 'zh-CN');
      expect(byId(el, 'p0-name-zh')!.value).to.equal('李建国');
      // The choices are core's vocabularies.
      expect(root(el).querySelectorAll('#p0-buyingRoles input[type=checkbox]').length).to.equal(buyingRoles.length);
      expect(byId<HTMLSelectElement>(el, 'p0-layer')!.options.length).to.equal(contactLayers.length + 1);
      expect(byId<HTMLSelectElement>(el, 'p0-communicationStyle')!.options.length).to.equal(communicationStyles.length + 1);

      root(el).querySelector<HTMLButtonElement>('[data-action=add-contact]')!.click();
      await el.updateComplete;
      await enter(el, 'p1-name-zh', '陈静');
      const influencer = root(el).querySelector<HTMLInputElement>('#p1-buyingRoles input[value=influencer]')!;
      influencer.click();
      await el.updateComplete;
      await pick(el, 'p1-layer', 'technical');
      await pick(el, 'p1-communicationStyle', communicationStyles[0]);
      const outcome = await el.save();
      expect(outcome.ok).to.equal(true);
      const { items } = await store.list('contact', { customerId: 'C-0001' });
      const chen = items.find((c) => c.value.name.zh === '陈静')!;
      expect(chen.value.buyingRoles).to.deep.equal(['influencer']);
      expect(chen.value.layer).to.equal('technical');
      expect(chen.value.communicationStyle).to.equal(communicationStyles[0]);
      expect(chen.value.customerId).to.equal('C-0001');
      // The customer itself did not change, so it was not written again.
      expect((await store.get('customer', 'C-0001'))!.rev).to.equal(1);
    });

    it('renders profile templates from their schemas and validates them', async () => {
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="zh-CN" .customer=${personCustomer} .viewer=${viewers.manager}></dossier-customer-form>`);
      const select = byId<HTMLSelectElement>(el, 'profile-to-add')!;
      // Every built-in template fits a person.
      expect(select.options.length).to.equal(4);
      await pick(el, 'profile-to-add', 'beauty-salon');
      root(el).querySelector<HTMLButtonElement>('[data-group=profiles] button')!.click();
      await el.updateComplete;
      const skinType = byId<HTMLSelectElement>(el, 'c-profiles-beauty-salon-skinType')!;
      expect([...skinType.options].map((o) => o.textContent!.trim())).to.include('混合性皮肤');
      await enter(el, 'c-profiles-beauty-salon-cleansingPerDay', '-2');
      expect(byId(el, 'c-profiles-beauty-salon-cleansingPerDay')!.getAttribute('aria-invalid')).to.equal('true');
      await enter(el, 'c-profiles-beauty-salon-cleansingPerDay', '2');
      await pick(el, 'c-profiles-beauty-salon-skinType', 'combination');
      expect(el.value!['profiles']).to.deep.equal({ 'beauty-salon': { cleansingPerDay: 2, skinType: 'combination' } });
      expect(el.checkValidity()).to.equal(true);
    });
  });

  describe('conflicts', () => {
    it('shows both versions when another user saved first, lets the person choose per field, and keeps both edits', async () => {
      const store = await seededStore();
      const alice = await editForm(store, viewers.owner);
      const bob = await editForm(store, viewers.manager);
      // Alice changes the territory and the phone; Bob the notes and, differently, the phone.
      await enter(alice, 'c-territory', '华南');
      await enter(alice, 'c-phone', '0571-11112222');
      expect(await alice.save()).to.deep.equal({ ok: true, rev: 2 });

      await enter(bob, 'c-notes', '经理备注：重点跟进');
      await enter(bob, 'c-phone', '0571-33334444');
      const conflicted = oneEvent(bob, 'dossier-conflict');
      expect(await bob.save()).to.deep.equal({ ok: false, reason: 'conflict' });
      const event = await conflicted;
      expect(event.detail.conflicts[0]).to.include({ kind: 'customer', id: 'C-0001', baseRev: 1, currentRev: 2 });
      expect([...event.detail.conflicts[0]!.fields].sort()).to.deep.equal(['notes', 'phone', 'territory']);
      await bob.updateComplete;
      // Nothing was written by the conflicting save.
      expect((await store.get('customer', 'C-0001'))!.rev).to.equal(2);

      const view = root(bob).querySelector('[part~=conflict]')!;
      expect(bob.matches(':state(conflict)')).to.equal(true);
      const row = (path: string) => view.querySelector(`[data-path="${path}"]`)!;
      expect(row('phone').classList.contains('both')).to.equal(true);
      expect(row('phone').querySelector('[part~=mine] .side-value')!.textContent).to.equal('0571-33334444');
      expect(row('phone').querySelector('[part~=theirs] .side-value')!.textContent).to.equal('0571-11112222');
      // Proposals: each side keeps its own edit.
      expect(row('territory').querySelector<HTMLInputElement>('input[value=theirs]')!.checked).to.equal(true);
      expect(row('notes').querySelector<HTMLInputElement>('input[value=mine]')!.checked).to.equal(true);
      // Bob takes Alice's phone.
      row('phone').querySelector<HTMLInputElement>('input[value=theirs]')!.click();
      await bob.updateComplete;
      expect(await axeViolations(bob)).to.deep.equal([]);

      const saved = oneEvent(bob, 'dossier-save');
      root(bob).querySelector<HTMLButtonElement>('[part~=resolve]')!.click();
      expect((await saved).detail.rev).to.equal(3);
      const final = await store.get('customer', 'C-0001');
      expect(final!.rev).to.equal(3);
      expect(final!.value.territory).to.equal('华南'); // Alice's
      expect(final!.value.phone).to.equal('0571-11112222'); // Alice's, chosen by Bob
      expect(final!.value.notes).to.equal('经理备注：重点跟进'); // Bob's
      expect(final!.value.mobile).to.equal(secrets.mobile); // untouched
    });

    it('resolves a conflict on a contact the same way, keeping both edits', async () => {
      const store = await seededStore();
      const alice = await editForm(store, viewers.owner);
      const bob = await editForm(store, viewers.owner);
      await enter(alice, 'p0-title', '董事长');
      expect((await alice.save()).ok).to.equal(true);
      await enter(bob, 'p0-department', '总经办');
      expect(await bob.save()).to.deep.equal({ ok: false, reason: 'conflict' });
      await bob.updateComplete;
      const record = root(bob).querySelector('[data-record="contact:P-1"]')!;
      expect([...record.querySelectorAll('[part~=conflict-field]')].map((f) => f.getAttribute('data-path')).sort()).to.deep.equal(['department', 'title']);
      expect(await bob.resolveConflict()).to.deep.equal({ ok: true, rev: 1 });
      const contact = await store.get('contact', 'P-1');
      expect(contact!.rev).to.equal(3);
      expect(contact!.value.title).to.equal('董事长');
      expect(contact!.value.department).to.equal('总经办');
    });

    for (const locale of locales) {
      it(`shows instants and dates in the conflict view formatted in the locale, and options by their labels (${locale})`, async () => {
        const store = dossierStore();
        const source = { channel: 'exhibition' as const, verified: false, collectedAt: new Date('2026-01-05T02:00:00.000Z'), collectedBy: 'rep-7' };
        const customer = { ...currentCustomer, source, grade: { current: 'A' as const, provisional: false, reviewDue: '2026-06-30' } };
        await store.put('customer', customer);
        const el = await editForm(store, viewers.owner, locale);
        // Meanwhile the source is collected again and a regrading moves the review date.
        const recollected = '2026-03-02T06:30:00.000Z';
        const theirs = { ...customer, source: { ...source, channel: 'trade-website' as const, collectedAt: new Date(recollected) }, grade: { ...customer.grade, reviewDue: '2026-09-30' } };
        expect((await store.put('customer', theirs, { baseRev: 1 })).ok).to.equal(true);
        await enter(el, 'c-notes', '年底前回访');
        expect(await el.save()).to.deep.equal({ ok: false, reason: 'conflict' });
        await el.updateComplete;
        const shown = (path: string, side: 'mine' | 'theirs') =>
          root(el).querySelector(`[part~=conflict] [data-path="${path}"] [part~=${side}] .side-value`)!.textContent;
        expect(shown('source.collectedAt', 'mine')).to.equal(formatDateTime(locale, '2026-01-05T02:00:00.000Z'));
        expect(shown('source.collectedAt', 'theirs')).to.equal(formatDateTime(locale, recollected));
        expect(shown('source.collectedAt', 'theirs')).to.not.contain('2026-03-02');
        expect(shown('grade.reviewDue', 'mine')).to.equal(locale === 'zh-CN' ? '2026年6月30日' : 'Jun 30, 2026');
        expect(shown('grade.reviewDue', 'theirs')).to.equal(locale === 'zh-CN' ? '2026年9月30日' : 'Sep 30, 2026');
        expect(shown('source.channel', 'theirs')).to.equal(vocabularyLabel(locale, 'sourceChannels', 'trade-website'));
        if (locale === 'zh-CN') expect(shown('source.collectedAt', 'theirs')).to.match(/^2026年3月2日/);
      });
    }

    it('merges three versions field by field, proposing each side its own edits', () => {
      // base a=1,b=1,c=1; mine changes a→2 and c→5; theirs changes b→3 and c→7.
      const rows = mergeRows({ a: 1, b: 1, c: 1 }, { a: 2, b: 1, c: 5 }, { a: 1, b: 3, c: 7 });
      expect(rows.map((r) => [r.key, r.proposed, r.both])).to.deep.equal([
        ['a', 'mine', false],
        ['b', 'theirs', false],
        ['c', 'mine', true],
      ]);
      // Proposals: a=2 (mine), b=3 (theirs), c=5 (mine); choosing theirs for c gives 7.
      expect(applyChoices({ a: 1, b: 3, c: 7 }, rows, new Map())).to.deep.equal({ a: 2, b: 3, c: 5 });
      expect(applyChoices({ a: 1, b: 3, c: 7 }, rows, new Map([['c', 'theirs']]))).to.deep.equal({ a: 2, b: 3, c: 7 });
    });
  });

  describe('keyboard and states', () => {
    it('focuses the first field on focus(), the first invalid one after a failed save, and opens level 3 from the keyboard', async () => {
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="en" .customer=${currentCustomer} .viewer=${viewers.owner}></dossier-customer-form>`);
      el.focus();
      expect(root(el).activeElement).to.equal(root(el).querySelector('[part~=control]'));
      await enter(el, 'c-territory', '');
      el.focus();
      expect(root(el).activeElement?.id).to.equal('c-territory');
      const summary = root(el).querySelector<HTMLElement>('details[part~=level-3] summary')!;
      summary.focus();
      // Enter on a <summary> toggles its <details> (native disclosure); click() is what the key press does.
      summary.click();
      await el.updateComplete;
      expect(summary.closest('details')!.open).to.equal(true);
      expect(el.matches(':state(dirty)')).to.equal(true);
      expect(el.matches(':state(invalid)')).to.equal(true);
    });

    it('takes store, viewer and locale from <dossier-provider> and fires change on each edit', async () => {
      const store = await seededStore();
      const provider = await fixture(html`<dossier-provider locale="zh-CN" .store=${store} .viewer=${viewers.owner}>
        <dossier-customer-form customer-id="C-0001"></dossier-customer-form>
      </dossier-provider>`);
      const el = provider.querySelector('dossier-customer-form')!;
      for (let i = 0; i < 20 && !byId(el, 'c-territory'); i++) await new Promise((r) => setTimeout(r, 10));
      expect(el.resolvedViewer).to.equal(viewers.owner);
      expect(root(el).querySelector('[part~=title]')!.textContent).to.equal('编辑 杭州西湖科技有限公司');
      let changes = 0;
      el.addEventListener('change', () => changes++);
      await enter(el, 'c-territory', '西南');
      await pick(el, 'c-potential', 'high');
      expect(changes).to.equal(2);
      expect(await el.save()).to.deep.equal({ ok: true, rev: 2 });
      expect((await store.get('customer', 'C-0001'))!.value.potential).to.equal('high');
    });

    it('loads by id and says so when the customer does not exist (zh-CN)', async () => {
      const store = dossierStore();
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="zh-CN" customer-id="C-404" .store=${store} .viewer=${viewers.manager}></dossier-customer-form>`);
      for (let i = 0; i < 20 && !root(el).querySelector('[part~=status][role=alert]'); i++) await new Promise((r) => setTimeout(r, 10));
      expect(root(el).querySelector('[part~=status]')!.textContent).to.equal('找不到编号为 C-404 的客户。');
    });

    it('saves plain JSON to a store without schemas (instants stay ISO strings)', async () => {
      const store = createMemoryStore();
      await store.put('customer', json(currentCustomer) as never);
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="en" customer-id="C-0001" .store=${store} .viewer=${viewers.owner}></dossier-customer-form>`);
      for (let i = 0; i < 20 && !byId(el, 'c-territory'); i++) await new Promise((r) => setTimeout(r, 10));
      await enter(el, 'c-territory', '西北');
      expect(await el.save()).to.deep.equal({ ok: true, rev: 2 });
      const stored = await store.get('customer', 'C-0001');
      expect(stored!.value['territory']).to.equal('西北');
      expect(stored!.value['createdAt']).to.equal('2026-01-05T02:00:00.000Z');
    });
  });

  describe('loading and errors', () => {
    const loading = { en: 'Loading customer…', 'zh-CN': '正在加载客户资料…' };
    const loadError = {
      en: 'The customer could not be loaded: connection refused (ECONNREFUSED)',
      'zh-CN': '无法加载客户资料：connection refused (ECONNREFUSED)',
    };
    // The store's own error is translated too: the form shows it in the form's locale.
    const saveError = {
      en: 'The customer could not be saved: The archive storage is not available (ECONNREFUSED). Nothing was changed; try again when it is back.',
      'zh-CN': '无法保存客户资料：档案存储当前不可用（ECONNREFUSED）。未做任何修改；请稍后重试。',
    };

    for (const locale of locales) {
      it(`says it is loading while the store has not answered, with no fields and no alert (${locale})`, async () => {
        const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale=${locale} customer-id="C-0001" .store=${pendingStore()} .viewer=${viewers.owner}></dossier-customer-form>`);
        await el.updateComplete;
        const status = root(el).querySelector('[part~=status]')!;
        expect(status.getAttribute('role')).to.equal('status');
        expect(status.textContent).to.equal(loading[locale]);
        expect(root(el).querySelector('[role=alert]')).to.equal(null);
        expect(root(el).querySelector('[part~=control]')).to.equal(null);
        expect(el.value).to.equal(undefined);
      });

      it(`shows the translated load error as an alert when the store fails (${locale})`, async () => {
        const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale=${locale} customer-id="C-0001" .store=${failingStore()} .viewer=${viewers.owner}></dossier-customer-form>`);
        const alert = await waitFor(() => root(el).querySelector('[part~=status][role=alert]'));
        expect(alert.textContent).to.equal(loadError[locale]);
        expect(alert.classList.contains('error')).to.equal(true);
        expect(root(el).querySelector('[part~=control]')).to.equal(null);
      });

      it(`keeps every edit when a save fails, shows the translated error as an alert, and saves the edits once the store is back (${locale})`, async () => {
        const store = await seededStore();
        const outage = storeError('unavailable', 'unavailable', { params: { reason: 'ECONNREFUSED' } });
        let down = true;
        const flaky: CustomerFormStore = {
          kinds: store.kinds,
          get: (kind, id) => store.get(kind, id),
          list: (kind, query) => store.list(kind, query),
          batch: (ops) => (down ? Promise.reject(outage) : store.batch(ops as never)),
        };
        const el = await editForm(flaky, viewers.owner, locale);
        await enter(el, 'c-territory', '华南');
        await enter(el, 'c-notes', '年底前回访');
        await enter(el, 'p0-title', '董事长');

        const failed = await el.save();
        expect(failed).to.deep.equal({ ok: false, reason: 'error', error: outage });
        await el.updateComplete;
        const alert = root(el).querySelector('[part~=status][role=alert]')!;
        expect(alert.textContent).to.equal(saveError[locale]);
        // Nothing is lost: the fields still hold the edits, the form is still dirty and can save again.
        expect(byId(el, 'c-territory')!.value).to.equal('华南');
        expect(byId<HTMLTextAreaElement>(el, 'c-notes')!.value).to.equal('年底前回访');
        expect(byId(el, 'p0-title')!.value).to.equal('董事长');
        expect(el.value!['territory']).to.equal('华南');
        expect(el.contactValues[0]!['title']).to.equal('董事长');
        expect(el.dirty).to.equal(true);
        expect(el.matches(':state(dirty)')).to.equal(true);
        expect(el.matches(':state(saving)')).to.equal(false);
        expect(root(el).querySelector<HTMLButtonElement>('[part~=save]')!.disabled).to.equal(false);
        expect((await store.get('customer', 'C-0001'))!.rev).to.equal(1);

        down = false;
        expect(await el.save()).to.deep.equal({ ok: true, rev: 2 });
        const saved = await store.get('customer', 'C-0001');
        expect(saved!.value.territory).to.equal('华南');
        expect(saved!.value.notes).to.equal('年底前回访');
        expect(saved!.value.mobile).to.equal(secrets.mobile);
        expect((await store.get('contact', 'P-1'))!.value.title).to.equal('董事长');
        await el.updateComplete;
        expect(root(el).querySelector('[role=alert]')).to.equal(null);
        expect(el.dirty).to.equal(false);
      });
    }
  });

  describe('hostile data', () => {
    it('renders script and markup payloads as inert text and values', async () => {
      const [a, b, c, d, e] = hostileStrings;
      const customer = {
        ...currentCustomer,
        name: { zh: hostile, en: a },
        territory: b,
        notes: c,
        tags: [d, e],
        addresses: [{ province: a, street: b }],
        characteristics: { culture: hostile },
      };
      const hostileContact = { ...contacts[0]!, name: { zh: hostile }, title: c };
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale="en" .customer=${customer} .contacts=${[hostileContact]} .viewer=${viewers.owner}></dossier-customer-form>`);
      expect(injectedElements(root(el))).to.equal(0);
      expect(byId(el, 'c-name-zh')!.value).to.equal(hostile);
      expect(byId(el, 'c-territory')!.value).to.equal(b);
      expect(root(el).querySelector('[part~=title]')!.textContent).to.equal(`Editing ${hostile}`);
      expect(root(el).querySelector('[part~=contact] legend')!.textContent).to.contain(hostile);
      await enter(el, 'c-notes', hostile);
      el.reportValidity();
      await el.updateComplete;
      expect(injectedElements(root(el))).to.equal(0);
    });
  });

  describe('stories', () => {
    const names = Object.keys(stories).filter((name) => name !== 'default');
    for (const name of names) {
      it(`renders the ${name} story without accessibility violations`, async () => {
        const story = (stories as unknown as Record<string, { render: () => TemplateResult | HTMLElement }>)[name]!;
        const host = document.createElement('div');
        document.body.append(host);
        const result = story.render();
        if (result instanceof HTMLElement) host.append(result);
        else render(result, host);
        const el = host.querySelector('dossier-customer-form')!;
        await el.updateComplete;
        const ready: Record<string, string> = {
          Conflict: '[part~=conflict]',
          Edit: '#c-territory',
          ValidationErrors: '[part~=error-summary]',
          Loading: '[part~=status][role=status]',
          Error: '[part~=status][role=alert]',
        };
        const want = ready[name];
        if (want) {
          for (let i = 0; i < 100 && !root(el).querySelector(want); i++) await new Promise((r) => setTimeout(r, 20));
          expect(root(el).querySelector(want), name).to.not.equal(null);
        }
        await el.updateComplete;
        expect(await axeViolations(el)).to.deep.equal([]);
        host.remove();
      });
    }

    it('opens a customer of the sample archive in the Edit story, with its contacts, valid as generated', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      host.append(stories.Edit.render!({}, {} as never) as HTMLElement);
      const el = host.querySelector('dossier-customer-form')!;
      await waitFor(() => byId(el, 'c-territory'));
      const archive = sampleArchive(50);
      const customer = archive.customers.find((c) => c.id === el.customerId)!;
      const own = archive.contacts.filter((p) => p.customerId === customer.id);
      expect(own.length).to.be.greaterThan(1);
      expect(root(el).querySelector('[part~=title]')!.textContent).to.contain(customer.name.zh ?? customer.name.en);
      expect(byId(el, 'c-territory')!.value).to.equal(customer.territory);
      expect([...root(el).querySelectorAll('[part~=contact]')].map((c) => c.getAttribute('data-contact'))).to.deep.equal(own.map((p) => p.id));
      // The owner edits it: every field is there and the generated record passes the form's validation.
      expect(el.resolvedViewer.userId).to.equal(customer.salespersonId);
      expect(el.checkValidity()).to.equal(true);
      host.remove();
    });
  });
});
