import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultRoles, type Person, type Viewer } from '@dossier/core';
import { createMemoryStore, dossierKinds, type DossierRecords } from '@dossier/storage-adapters';
import type { DossierCustomerForm } from './customer-form.js';
import { contacts, currentCustomer, longNameCustomer, personCustomer, viewers } from '../testing-fixtures/archive.js';
import { failingStore, pendingStore, sampleArchive, sampleStore } from '../testing-fixtures/sample.js';
import { darkBackdrop } from '../charts/story-states.js';

const meta: Meta = {
  title: 'Elements/Customer form',
  component: 'dossier-customer-form',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

const seeded = async () => {
  const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds(), actor: 'rep-7' });
  await store.put('customer', currentCustomer);
  for (const contact of contacts) await store.put('contact', contact);
  return store;
};

/** Types into a field of the form as a person would (for the stories that need an edit). */
function enter(form: DossierCustomerForm, id: string, value: string): void {
  const control = form.shadowRoot?.getElementById(id) as HTMLInputElement | null;
  if (!control) return;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

async function loaded(form: DossierCustomerForm): Promise<void> {
  for (let i = 0; i < 50 && !form.shadowRoot?.getElementById('c-territory'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await form.updateComplete;
}

/** The page's people directory: the owner is picked by name (the id is stored). */
const people: Person[] = [
  { id: 'rep-7', name: '张伟', nameEn: 'Zhang Wei', team: '华东一组' },
  { id: 'rep-9', name: '李娜', nameEn: 'Li Na', team: '华南组' },
  { id: 'm-1', name: '王芳', nameEn: 'Wang Fang', role: '销售经理' },
];

/** A form on the seeded store's customer: `edit` runs once it is loaded, then the form saves. */
function editSeeded(viewer: Viewer, edit: (form: DossierCustomerForm, store: Awaited<ReturnType<typeof seeded>>) => Promise<void>): DossierCustomerForm {
  const form = document.createElement('dossier-customer-form');
  form.viewer = viewer;
  void (async () => {
    const store = await seeded();
    form.store = store;
    form.customerId = currentCustomer.id;
    await loaded(form);
    await edit(form, store);
    await form.updateComplete;
    await form.save();
  })();
  return form;
}

/** A new organisation (公司型客户) for a sales manager, inside a native form. */
export const NewOrganisation: Story = {
  render: () => html`<form @submit=${(e: Event) => e.preventDefault()}>
    <dossier-customer-form name="customer" required .viewer=${viewers.manager}></dossier-customer-form>
  </form>`,
};

/** A new person (个人客户) for the owning sales rep: level 3 and the secret ID number are there. */
export const NewPerson: Story = {
  render: () => html`<dossier-customer-form kind="person" .viewer=${viewers.owner}></dossier-customer-form>`,
};

/** Editing a customer of the sample archive (core's generator, the first with several contacts) loaded from a store, by its owner. */
export const Edit: Story = {
  render: () => {
    const archive = sampleArchive(50);
    const customer = archive.customers.find((c) => archive.contacts.filter((p) => p.customerId === c.id).length > 1) ?? archive.customers[0]!;
    const form = document.createElement('dossier-customer-form');
    form.viewer = { userId: customer.salespersonId, role: defaultRoles['sales-rep'] };
    void sampleStore(archive).then((store) => {
      form.store = store;
      form.customerId = customer.id;
    });
    return form;
  },
};

/** Loading a customer by id from a store that has not answered yet. */
export const Loading: Story = {
  render: () => html`<dossier-customer-form customer-id=${currentCustomer.id} .store=${pendingStore()} .viewer=${viewers.owner}></dossier-customer-form>`,
};

/** The store could not be reached: the load error, translated, as an alert. */
export const Error: Story = {
  render: () => html`<dossier-customer-form customer-id=${currentCustomer.id} .store=${failingStore()} .viewer=${viewers.owner}></dossier-customer-form>`,
};

/** A person's archive with an industry profile, for a manager. */
export const PersonWithProfile: Story = {
  render: () =>
    html`<dossier-customer-form
      .customer=${{ ...personCustomer, profiles: { 'beauty-salon': { skinType: 'combination', problems: ['acne'], cleansingPerDay: 2 } } }}
      .viewer=${viewers.manager}
    ></dossier-customer-form>`,
};

/** A rep viewing another rep's customer: confidential fields and levels 2–3 are absent, not hidden. */
export const Masked: Story = {
  render: () => html`<dossier-customer-form .customer=${currentCustomer} .contacts=${contacts} .viewer=${viewers.otherRep}></dossier-customer-form>`,
};

/** Someone saved revision 2 while this form was editing revision 1: both versions, chosen per field. */
export const Conflict: Story = {
  render: () =>
    editSeeded(viewers.manager, async (form, store) => {
      await store.put('customer', { ...currentCustomer, territory: '华南', phone: '0571-11112222' }, { baseRev: 1, by: 'rep-7' });
      enter(form, 'c-phone', '0571-33334444');
      enter(form, 'c-notes', '经理备注：重点跟进');
    }),
};

/** A very long Chinese company name, wrapping in the title and the fields. */
export const LongChineseNames: Story = {
  render: () =>
    html`<dossier-customer-form
      style="max-width: 40rem"
      locale="zh-CN"
      .customer=${longNameCustomer}
      .contacts=${[{ ...contacts[0]!, name: { zh: '欧阳诸葛慕容司马上官东方长孙宇文', en: 'Ouyang Zhuge Murong Sima Shangguan Dongfang' } }]}
      .viewer=${viewers.owner}
    ></dossier-customer-form>`,
};

/** Invalid input after a save attempt: messages at the fields and a summary. */
export const ValidationErrors: Story = {
  render: () => {
    const form = document.createElement('dossier-customer-form');
    form.customer = currentCustomer;
    form.viewer = viewers.owner;
    void form.updateComplete.then(async () => {
      enter(form, 'c-mobile', '12345');
      enter(form, 'c-email', 'not-an-email');
      enter(form, 'c-territory', '');
      await form.updateComplete;
      await form.save();
    });
    return form;
  },
};

/** Dark theme, English. */
export const Dark: Story = {
  render: () => darkBackdrop(html`<dossier-customer-form theme="dark" locale="en" .customer=${currentCustomer} .viewer=${viewers.owner}></dossier-customer-form>`),
};

/** With the page's people directory: the owner is a picker of names (张伟, 李娜 …); the id is stored. */
export const OwnerPicker: Story = {
  render: () => html`<dossier-customer-form locale="zh-CN" .customer=${currentCustomer} .contacts=${contacts} .viewer=${viewers.owner} .people=${people}></dossier-customer-form>`,
};

/** Just saved: "已保存为版本 2。" beside Save in the sticky action bar. */
export const Saved: Story = {
  render: () => {
    const form = editSeeded(viewers.owner, async (form) => enter(form, 'c-territory', '华南'));
    form.people = people;
    form.locale = 'zh-CN';
    return form;
  },
};

/** A record with something at level 2: that level opens, level 3 and the empty groups stay collapsed. */
export const FilledLevelTwo: Story = {
  render: () =>
    html`<dossier-customer-form
      .customer=${{ ...currentCustomer, prospecting: { needs: '节能改造', likelyTime: '明年一季度' }, credit: { limit: 500000 } }}
      .viewer=${viewers.owner}
    ></dossier-customer-form>`,
};

const collected = { channel: 'exhibition', verified: false, collectedAt: '2026-02-10T02:00:00.000Z', collectedBy: 'rep-7' } as const;
const sourcedCustomer = { ...currentCustomer, source: collected, facts: { 'credit.rating': { ...collected, channel: 'sales-rep', verified: true } } };

/** The sources of the record and of a fact (展会, 未核实; 信用等级 已核实), collected by 张伟: a manager may change the channel and mark verified. */
export const Sources: Story = {
  render: () =>
    html`<dossier-customer-form locale="zh-CN" .customer=${sourcedCustomer} .contacts=${[{ ...contacts[0]!, source: collected }]} .viewer=${viewers.manager} .people=${people}></dossier-customer-form>`,
};

/** The same sources for a viewer who may read but not write them: no choice, no "mark verified". */
export const SourcesReadOnly: Story = {
  render: () =>
    html`<dossier-customer-form .customer=${sourcedCustomer} .viewer=${{ userId: 'a-1', role: defaultRoles['auditor'] }} .people=${people}></dossier-customer-form>`,
};

/**
 * Stored contacts with "edit key-person profile": the form fires `dossier-edit-profile`; this page
 * then loads `<dossier-profile-editor>` on demand (the form never imports it) and opens it below.
 */
export const EditProfile: Story = {
  render: () => {
    const form = document.createElement('dossier-customer-form');
    Object.assign(form, { locale: 'zh-CN', viewer: viewers.manager, people });
    const host = document.createElement('div');
    void seeded().then((store) => {
      Object.assign(form, { store, customerId: currentCustomer.id });
      form.addEventListener('dossier-edit-profile', async (event) => {
        await import('../define/profile-editor.js');
        const editor = Object.assign(document.createElement('dossier-profile-editor'), { store, viewer: viewers.manager, contactId: event.detail.contactId });
        host.replaceChildren(editor);
      });
    });
    return html`${form}${host}`;
  },
};
