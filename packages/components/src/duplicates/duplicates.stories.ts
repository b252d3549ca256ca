import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultRoles } from '@dossier/core';
import type { Store } from '@dossier/storage-adapters';
import { sampleArchive, sampleStore } from '../testing-fixtures/sample.js';
import type { DossierDuplicates } from './duplicates.js';
import '../define/duplicates.js';

/**
 * The sample archive with five customers entered a second time: the name without its company
 * suffix, the phone written with spaces, another mobile and territory; one of them only sounds
 * the same (its name in pinyin).
 */
async function storeWithDuplicates(copies = 5, customers?: number): Promise<Store> {
  const archive = sampleArchive();
  const store = await sampleStore(customers === undefined ? archive : { ...archive, customers: archive.customers.slice(0, customers) });
  const twins = archive.customers.slice(0, copies).map((customer, i) => {
    const json = JSON.parse(JSON.stringify(customer)) as Record<string, unknown> & { name: { zh?: string; en?: string } };
    const zh = json.name.zh?.replace(/(股份)?有限(责任)?公司$/, '') ?? json.name.en;
    return { ...json, id: `${customer.id}-dup`, name: { zh }, territory: i % 2 === 0 ? '华南' : json['territory'], mobile: i % 2 === 0 ? `1390000${String(1000 + i)}` : json['mobile'] };
  });
  await store.batch(twins.map((value) => ({ op: 'put' as const, kind: 'customer' as const, value: value as never })));
  return store;
}

const manager = { userId: 'M001', role: defaultRoles['sales-manager'] };
const rep = { userId: 'R009', role: defaultRoles['sales-rep'] };

async function until(el: Element, selector: string): Promise<void> {
  for (let i = 0; i < 200 && !el.shadowRoot!.querySelector(selector); i++) await new Promise((r) => setTimeout(r, 50));
}

async function scan(canvas: HTMLElement): Promise<DossierDuplicates> {
  const el = canvas.querySelector('dossier-duplicates')!;
  await el.updateComplete;
  await el.startScan();
  await el.updateComplete;
  return el;
}

async function review(canvas: HTMLElement): Promise<DossierDuplicates> {
  const el = await scan(canvas);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=pair] .review')?.click();
  await until(el, '[part=review]');
  return el;
}

const meta: Meta = {
  title: 'Elements/Duplicates',
  component: 'dossier-duplicates',
  tags: ['autodocs'],
  loaders: [async () => ({ store: await storeWithDuplicates() })],
  render: (_args, { loaded }) => html`<dossier-duplicates .store=${loaded['store']} .viewer=${manager}></dossier-duplicates>`,
};
export default meta;

type Story = StoryObj;

/** Before a scan: what it looks for. */
export const Idle: Story = {};

/** The scan's pairs, best first, with likeness and reasons. */
export const Scanned: Story = { play: async ({ canvasElement }) => void (await scan(canvasElement)) };

/** Two pairs a page. */
export const Paged: Story = {
  render: (_args, { loaded }) => html`<dossier-duplicates page-size="2" .store=${loaded['store']} .viewer=${manager}></dossier-duplicates>`,
  play: async ({ canvasElement }) => void (await scan(canvasElement)),
};

/** A scan under way (the store answers slowly), with its count and Cancel. */
export const Scanning: Story = {
  render: (_args, { loaded }) => {
    const store = loaded['store'] as Store;
    const slow = new Proxy(store, {
      get: (target, key) =>
        key === 'list'
          ? (...args: Parameters<Store['list']>) => new Promise((resolve) => setTimeout(() => resolve(target.list(...args)), 60_000))
          : Reflect.get(target, key),
    });
    return html`<dossier-duplicates .store=${slow} .viewer=${manager}></dossier-duplicates>`;
  },
  play: async ({ canvasElement }) => void canvasElement.querySelector('dossier-duplicates')!.startScan(),
};

/** The review of one pair: one choice per differing field, the kept record to choose. */
export const Reviewing: Story = { play: async ({ canvasElement }) => void (await review(canvasElement)) };

/** A sales rep of another team: confidential fields (the mobile) are neither shown nor offered. */
export const ReviewingAsSalesRep: Story = {
  render: (_args, { loaded }) => html`<dossier-duplicates .store=${loaded['store']} .viewer=${rep}></dossier-duplicates>`,
  play: async ({ canvasElement }) => void (await review(canvasElement)),
};

/** Merged, with Undo. */
export const Merged: Story = {
  play: async ({ canvasElement }) => {
    const el = await review(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=merge]')?.click();
    await until(el, '[part=undo]');
  },
};

/** An archive without duplicates (the sample's first twelve customers, no copies). */
export const NoDuplicates: Story = {
  loaders: [async () => ({ store: await storeWithDuplicates(0, 12) })],
  play: async ({ canvasElement }) => void (await scan(canvasElement)),
};

/** No store (no provider, no `store`): scanning says so. */
export const WithoutStore: Story = {
  render: () => html`<dossier-duplicates .viewer=${manager}></dossier-duplicates>`,
  play: async ({ canvasElement }) => void (await scan(canvasElement)),
};
