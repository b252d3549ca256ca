import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultRoles, type Viewer } from '@dossier/core';
import { createMemoryStore, dossierKinds, type DossierRecords, type Store } from '@dossier/storage-adapters';
import { failingStore, pendingStore } from '../testing-fixtures/sample.js';
import { currentCustomer, viewers } from '../testing-fixtures/archive.js';
import { keyPerson } from '../customer-card/key-person.fixtures.js';
import type { DossierProfileEditor } from './profile-editor.js';

async function storeWithKeyPerson(): Promise<Store> {
  const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds() });
  await store.batch([
    { op: 'put', kind: 'customer', value: currentCustomer as never },
    { op: 'put', kind: 'contact', value: keyPerson as never },
  ]);
  return store as unknown as Store;
}

/** The same store, but every write is refused as a conflict (someone saved in between). */
const conflicting = (store: Store): Store =>
  new Proxy(store, { get: (target, key) => (key === 'batch' ? async () => ({ ok: false, conflicts: [] }) : Reflect.get(target, key)) });

const editor = (store: Store, viewer: Viewer, locale: 'en' | 'zh-CN' = 'zh-CN', id = keyPerson.id) =>
  html`<dossier-profile-editor locale=${locale} contact-id=${id} .store=${store} .viewer=${viewer}></dossier-profile-editor>`;

/** Waits for the editor to load, changes a field and saves (for the saved, invalid and conflict states). */
async function editAndSave(canvas: HTMLElement, path: string, value: string): Promise<void> {
  const el = canvas.querySelector<DossierProfileEditor>('dossier-profile-editor')!;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector(`[data-path="${path}"] input`); i++) await new Promise((r) => setTimeout(r, 20));
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(`[data-path="${path}"] input`)!;
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
  await el.save();
}

const meta: Meta = {
  title: 'Elements/Profile editor',
  component: 'dossier-profile-editor',
  tags: ['autodocs'],
};
export default meta;
type Story = StoryObj;

const loaders = [async () => ({ store: await storeWithKeyPerson() })];

/** The owning rep edits the whole 32-item profile: five sections, each field with its sensitivity, secret ones sealed. */
export const Owner: Story = { loaders, render: (_a, { loaded }) => editor(loaded['store'] as Store, viewers.owner) };

/** The same in English. */
export const OwnerEnglish: Story = { loaders, render: (_a, { loaded }) => editor(loaded['store'] as Store, viewers.owner, 'en') };

/** A sales manager: confidential fields only; family, politics, religion and the topics never to raise are not rendered. */
export const Manager: Story = { loaders, render: (_a, { loaded }) => editor(loaded['store'] as Store, viewers.manager) };

/** An auditor reads everything and may change nothing: every field read-only, no save button. */
export const ReadOnly: Story = { loaders, render: (_a, { loaded }) => editor(loaded['store'] as Store, { userId: 'a-1', role: defaultRoles.auditor }, 'en') };

/** Another rep: told only that the role may not see profiles (the same whether the profile is filled or not). */
export const Restricted: Story = { loaders, render: (_a, { loaded }) => editor(loaded['store'] as Store, viewers.otherRep) };

/** Saved: the birth place changed and written through the store as the owner. */
export const Saved: Story = { loaders, render: (_a, { loaded }) => editor(loaded['store'] as Store, viewers.owner), play: ({ canvasElement }) => editAndSave(canvasElement, 'profile.basics.birthPlace', '浙江杭州') };

/** Invalid: a child's age that is not a whole number, named at its field. */
export const Invalid: Story = { loaders, render: (_a, { loaded }) => editor(loaded['store'] as Store, viewers.owner, 'en'), play: ({ canvasElement }) => editAndSave(canvasElement, 'profile.family.children[].age', '-3') };

/** Conflict: someone saved the contact meanwhile; nothing is overwritten. */
export const Conflict: Story = { loaders, render: (_a, { loaded }) => editor(conflicting(loaded['store'] as Store), viewers.owner), play: ({ canvasElement }) => editAndSave(canvasElement, 'profile.basics.nativePlace', '浙江绍兴') };

/** Waiting for the store. */
export const Loading: Story = { render: () => editor(pendingStore(), viewers.owner) };

/** The store failed. */
export const Error: Story = { render: () => editor(failingStore(), viewers.owner) };

/** No contact with this id. */
export const NotFound: Story = { loaders, render: (_a, { loaded }) => editor(loaded['store'] as Store, viewers.owner, 'en', 'P-404') };

/** No contact chosen yet. */
export const Empty: Story = { render: () => html`<dossier-profile-editor locale="zh-CN"></dossier-profile-editor>` };
