import { expect, fixture, html } from '@open-wc/testing';
import type { Locale, Person } from '@dossier/core';
import { createMemoryStore, dossierKinds, type DossierRecords } from '@dossier/storage-adapters';
import type { DossierCustomerForm } from './customer-form.js';
import { axeViolations } from '../testing-fixtures/index.js';
import { contacts, currentCustomer, viewers } from '../testing-fixtures/archive.js';
import '../define.js';

const root = (el: DossierCustomerForm) => el.shadowRoot!;
const byId = <T extends HTMLElement = HTMLInputElement>(el: DossierCustomerForm, id: string) => root(el).getElementById(id) as T | null;

async function change(el: DossierCustomerForm, id: string, value: string): Promise<void> {
  const control = byId<HTMLInputElement>(el, id)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function loaded(el: DossierCustomerForm): Promise<DossierCustomerForm> {
  for (let i = 0; i < 100 && !byId(el, 'c-territory'); i++) await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

const people: Person[] = [
  { id: 'rep-7', name: '张伟', nameEn: 'Zhang Wei', team: '华东一组' },
  { id: 'rep-9', name: '李娜', nameEn: 'Li Na', team: '华南组' },
  { id: 'rep-3', name: '赵强', nameEn: 'Zhao Qiang', active: false },
];

const words = {
  en: { saved: 'Saved as revision 2.', more: 'More fields (25 not filled in)', names: ['Zhang Wei', 'Li Na'], unknown: 'Unknown person', notSet: '— not set —' },
  'zh-CN': { saved: '已保存为版本 2。', more: '更多字段（25 项未填写）', names: ['张伟', '李娜'], unknown: '未知人员', notSet: '— 未填写 —' },
} as const;

describe('dossier-customer-form layout', () => {
  for (const locale of ['en', 'zh-CN'] as const satisfies readonly Locale[]) {
    const w = words[locale];

    it(`keeps Save and the save status together in a sticky action bar: after a save it says the new revision there (${locale})`, async () => {
      const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds(), actor: 'rep-7' });
      await store.put('customer', currentCustomer);
      const el = await loaded(await fixture<DossierCustomerForm>(html`<dossier-customer-form locale=${locale} customer-id="C-0001" .store=${store} .viewer=${viewers.owner}></dossier-customer-form>`));
      const bar = root(el).querySelector<HTMLElement>('[part~=actions]')!;
      expect(getComputedStyle(bar).position).to.equal('sticky');
      expect(getComputedStyle(bar).bottom).to.equal('0px');
      expect(bar.querySelector('[part~=save]')).to.not.equal(null);
      await change(el, 'c-territory', '华南');
      expect((await el.save()).ok).to.equal(true);
      await el.updateComplete;
      const status = bar.querySelector('[part~=status]')!;
      expect(status.textContent).to.equal(w.saved);
      expect(status.getAttribute('role')).to.equal('status');
      // One status line in the whole form: the one beside Save.
      expect(root(el).querySelectorAll('[part~=status]').length).to.equal(1);
      // Editing again clears it.
      await change(el, 'c-territory', '华中');
      expect(status.textContent).to.equal('');
    });

    it(`opens only the sections with something filled in; empty optional fields wait behind "more" (${locale})`, async () => {
      // The fixture has nothing at level 3 and, here, one level-2 field: prospecting needs.
      const customer = { ...currentCustomer, prospecting: { needs: '节能改造' } };
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale=${locale} .customer=${customer} .viewer=${viewers.owner}></dossier-customer-form>`);
      expect(root(el).querySelector('section[part~=level-1]')).to.not.equal(null);
      expect(root(el).querySelector<HTMLDetailsElement>('details[part~=level-2]')!.open).to.equal(true);
      expect(root(el).querySelector<HTMLDetailsElement>('details[part~=level-3]')!.open).to.equal(false);
      // The filled group of level 2 is a fieldset in view; the empty groups of level 1 (owner, credit) are collapsed.
      expect(byId(el, 'c-prospecting-needs')!.closest('fieldset[part~=group]')).to.not.equal(null);
      expect(root(el).querySelector<HTMLDetailsElement>('details[part~=group][data-group=credit]')!.open).to.equal(false);
      // Filled and required fields are in view; 25 empty optional top-level fields of level 1 are behind one disclosure.
      expect(byId(el, 'c-phone')!.closest('details')).to.equal(null);
      expect(byId(el, 'c-territory')!.closest('details')).to.equal(null);
      const more = byId(el, 'c-website')!.closest<HTMLDetailsElement>('details[part~=more]')!;
      expect(more.open).to.equal(false);
      expect(more.querySelector('summary')!.textContent!.trim()).to.equal(w.more);
      // No text area for a short text: only long texts (notes) get one.
      const areas = [...root(el).querySelectorAll('textarea')].map((t) => t.id).filter((id) => id.startsWith('c-'));
      expect(areas.sort()).to.deep.equal(['c-currentProjects', 'c-history', 'c-notes', 'c-organisationChart', 'c-technologyAndStrength']);
      expect(byId(el, 'c-owner-name')!.tagName).to.equal('INPUT');
      // The first section is in view when the form opens.
      expect(byId(el, 'c-name-zh')!.getBoundingClientRect().bottom).to.be.below(window.innerHeight);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it(`opens a collapsed section that holds a problem when saving, and keeps a section the person opened open (${locale})`, async () => {
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale=${locale} .customer=${currentCustomer} .viewer=${viewers.owner}></dossier-customer-form>`);
      const more = byId(el, 'c-website')!.closest<HTMLDetailsElement>('details')!;
      await change(el, 'c-website', 'not a url');
      expect(more.open).to.equal(false);
      expect((await el.save()).ok).to.equal(false);
      await el.updateComplete;
      expect(more.open).to.equal(true);
      expect(byId(el, 'c-website')!.getAttribute('aria-invalid')).to.equal('true');
      // Fixing it does not collapse it under the person's hands.
      await change(el, 'c-website', 'https://hz-tech.example.com');
      expect(byId(el, 'c-website')!.hasAttribute('aria-invalid')).to.equal(false);
      expect(more.open).to.equal(true);
    });

    it(`picks the owner from the people directory by name and stores the id (${locale})`, async () => {
      const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds(), actor: 'rep-7' });
      await store.put('customer', currentCustomer);
      await store.put('contact', contacts[0]!);
      const el = await loaded(await fixture<DossierCustomerForm>(html`<dossier-customer-form locale=${locale} customer-id="C-0001" .store=${store} .viewer=${viewers.owner} .people=${people}></dossier-customer-form>`));
      const owner = byId<HTMLSelectElement>(el, 'c-salespersonId')!;
      expect(owner.tagName).to.equal('SELECT');
      // Active people by name (the inactive one is not offered); ids are never shown.
      expect([...owner.options].map((o) => o.textContent!.trim())).to.deep.equal([w.notSet, ...w.names]);
      expect([...owner.options].map((o) => o.value)).to.deep.equal(['', 'rep-7', 'rep-9']);
      expect(owner.selectedOptions[0]!.textContent!.trim()).to.equal(w.names[0]);
      expect(root(el).textContent).to.not.contain('rep-');
      owner.value = 'rep-9';
      owner.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
      expect(el.value!['salespersonId']).to.equal('rep-9');
      expect((await el.save()).ok).to.equal(true);
      expect((await store.get('customer', 'C-0001'))!.value.salespersonId).to.equal('rep-9');
    });

    it(`keeps an owner outside the directory choosable, by "unknown person", never by id; without a directory the owner is typed (${locale})`, async () => {
      const stranger = { ...currentCustomer, salespersonId: 'rep-404' };
      const el = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale=${locale} .customer=${stranger} .viewer=${viewers.manager} .people=${people}></dossier-customer-form>`);
      const owner = byId<HTMLSelectElement>(el, 'c-salespersonId')!;
      expect(owner.value).to.equal('rep-404');
      expect(owner.selectedOptions[0]!.textContent!.trim()).to.equal(w.unknown);
      const bare = await fixture<DossierCustomerForm>(html`<dossier-customer-form locale=${locale} .customer=${currentCustomer} .viewer=${viewers.manager}></dossier-customer-form>`);
      expect(byId(bare, 'c-salespersonId')!.tagName).to.equal('INPUT');
    });
  }
});
