import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultRoles } from '@dossier/core';
import type { Store } from '@dossier/storage-adapters';
import { failingStore, pendingStore, sampleArchive, sampleStore } from '../testing-fixtures/sample.js';

interface HistoryArgs {
  role: keyof typeof defaultRoles | 'anonymous';
  show: 'all' | 'revisions' | 'timeline';
}

/** A store with the sample archive and three edits of the first customer by different people. */
async function editedStore(): Promise<{ store: Store; id: string }> {
  const archive = sampleArchive(30);
  const store = await sampleStore(archive);
  const customer = JSON.parse(JSON.stringify(archive.customers[0])) as Record<string, unknown>;
  const id = customer['id'] as string;
  const rel = customer['relationship'] as Record<string, unknown>;
  await store.put('customer', { ...customer, relationship: { ...rel, stage: 'problem', setByHand: true } } as never, { baseRev: 1, by: 'R002' });
  await store.put('customer', { ...customer, relationship: { ...rel, stage: 'problem', setByHand: true }, mobile: '13900001234', territory: '华南' } as never, {
    baseRev: 2,
    by: 'M001',
  });
  return { store, id };
}

/** The first customer renamed to a very long Chinese name, with a long territory and note. */
async function longNameStore(): Promise<{ store: Store; id: string }> {
  const archive = sampleArchive(30);
  const store = await sampleStore(archive);
  const customer = JSON.parse(JSON.stringify(archive.customers[0])) as Record<string, unknown>;
  const id = customer['id'] as string;
  await store.put(
    'customer',
    {
      ...customer,
      name: { zh: '内蒙古自治区呼和浩特市赛罕区新华东街国际贸易与现代物流综合服务集团有限责任公司', en: 'Inner Mongolia Hohhot International Trade and Modern Logistics Integrated Services Group Co., Ltd.' },
      territory: '华北大区内蒙古自治区及周边盟市渠道拓展与重点客户维护事业部',
    } as never,
    { baseRev: 1, by: 'M001' },
  );
  return { store, id };
}

const viewerFor = (role: HistoryArgs['role']) => (role === 'anonymous' ? undefined : { userId: 'M001', role: defaultRoles[role] });

/** Waits for the history, then asks to restore the first change's old value (the confirmation opens). */
async function askFirstRestore(canvas: HTMLElement) {
  const el = canvas.querySelector('dossier-history')!;
  for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part=restore]'); i++) await new Promise((r) => setTimeout(r, 50));
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part=change] [part=restore]')?.click();
  await el.updateComplete;
  return el;
}

/** The people the stories' revisions name (authors by name, never by id). */
const people = [
  { id: 'R002', name: '陈静', nameEn: 'Chen Jing' },
  { id: 'M001', name: '李经理', nameEn: 'Manager Li' },
];

const meta: Meta<HistoryArgs> = {
  title: 'Elements/History',
  component: 'dossier-history',
  tags: ['autodocs'],
  args: { role: 'sales-manager', show: 'all' },
  argTypes: {
    role: { control: 'select', options: [...Object.keys(defaultRoles), 'anonymous'] },
    show: { control: 'inline-radio', options: ['all', 'revisions', 'timeline'] },
  },
  loaders: [async () => editedStore()],
  render: (args, { loaded }) =>
    html`<dossier-history record-id=${loaded['id']} .store=${loaded['store']} .viewer=${viewerFor(args.role)} .people=${people} show=${args.show}></dossier-history>`,
};
export default meta;

type Story = StoryObj<HistoryArgs>;

/** Revisions field by field (who, when, old → new) and the interaction timeline. */
export const Customer: Story = {};

/** Restoring the territory's old value: the confirmation before anything is written (a manager). */
export const RestoreConfirm: Story = {
  args: { show: 'revisions' },
  play: async ({ canvasElement }) => {
    await askFirstRestore(canvasElement);
  },
};

/** Someone saved in between: the store answers the restore with a conflict, nothing is written and the history says so. */
export const RestoreConflict: Story = {
  args: { show: 'revisions' },
  loaders: [
    async () => {
      const { store, id } = await editedStore();
      const conflicting = Object.assign(Object.create(store) as Store, {
        batch: async () => ({ ok: false as const, conflicts: [{ kind: 'customer', id, baseRev: 3, current: undefined, attempted: { op: 'put' } }] }),
      });
      return { store: conflicting, id };
    },
  ],
  play: async ({ canvasElement }) => {
    const el = await askFirstRestore(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm] button.primary')?.click();
  },
};

/** The first revision opened whole: every filled field of the new record, by information level. */
export const CreatedAllFields: Story = {
  args: { show: 'revisions' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('dossier-history')!;
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('[part=show-all]'); i++) await new Promise((r) => setTimeout(r, 50));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=show-all]')?.click();
    await el.updateComplete;
  },
};

/** A sales rep on another rep's customer: the mobile numbers are masked. */
export const Masked: Story = { args: { role: 'sales-rep' } };

/** A very long Chinese name in the old → new values wraps instead of overflowing. */
export const LongChineseNames: Story = { loaders: [async () => longNameStore()] };

/** Only the interaction timeline. */
export const Timeline: Story = { args: { show: 'timeline' } };

/** No revisions, no interactions. */
export const Empty: Story = { render: () => html`<dossier-history .revisions=${[]} .interactions=${[]}></dossier-history>` };

/** Waiting for the store. */
export const Loading: Story = { render: () => html`<dossier-history record-id="C-1" .store=${pendingStore()}></dossier-history>` };

/** The store failed. */
export const Error: Story = { render: () => html`<dossier-history record-id="C-1" .store=${failingStore()}></dossier-history>` };
