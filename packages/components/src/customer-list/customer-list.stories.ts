import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultRoles } from '@dossier/core';
import { failingStore, pendingStore, sampleArchive, sampleRows, sampleStore, tiledRows } from '../testing-fixtures/sample.js';
import { longNameCustomer } from '../testing-fixtures/archive.js';

interface ListArgs {
  count: number;
  role: keyof typeof defaultRoles | 'anonymous';
}

const viewerFor = (role: ListArgs['role']) => (role === 'anonymous' ? undefined : { userId: 'story-viewer', role: defaultRoles[role] });
const rows = (count: number) => {
  if (count <= 0) return []; // the sample generator makes at least one customer
  const base = sampleRows(sampleArchive(Math.min(count, 1000)));
  return count <= base.length ? base.slice(0, count) : tiledRows(base, count);
};

const meta: Meta<ListArgs> = {
  title: 'Elements/Customer list',
  component: 'dossier-customer-list',
  tags: ['autodocs'],
  args: { count: 1000, role: 'sales-manager' },
  argTypes: {
    count: { control: { type: 'number', min: 0, max: 100_000 } },
    role: { control: 'select', options: [...Object.keys(defaultRoles), 'anonymous'] },
  },
  render: (args) =>
    html`<dossier-customer-list
      .rows=${rows(args.count)}
      .viewer=${viewerFor(args.role)}
      @dossier-select=${(e: Event) => console.warn('dossier-select', (e as CustomEvent).detail)}
    ></dossier-customer-list>`,
};
export default meta;

type Story = StoryObj<ListArgs>;

/** 1,000 customers of the sample archive: search (name or pinyin initials), filter, sort, keyboard. */
export const Sample: Story = {};

/** 100,000 customers: still about thirty rows in the DOM. */
export const HundredThousand: Story = { args: { count: 100_000 } };

/** A sales rep: figures of other reps' customers are restricted and revenue is not sortable. */
export const Masked: Story = { args: { role: 'sales-rep' } };

/** No viewer: names only. */
export const Anonymous: Story = { args: { role: 'anonymous' } };

/** Long Chinese names are cut with an ellipsis in the row and read in full by screen readers. */
export const LongChineseNames: Story = {
  render: (args) => {
    const base = rows(50).map((row, i) => (i % 2 ? row : { ...row, displayName: `${longNameCustomer.name.zh}${i}` }));
    return html`<dossier-customer-list .rows=${base} .viewer=${viewerFor(args.role)}></dossier-customer-list>`;
  },
};

/** Paging through a store; search and filters run in the store. */
export const FromStore: Story = {
  loaders: [async () => ({ store: await sampleStore(sampleArchive(300)) })],
  render: (args, { loaded }) => html`<dossier-customer-list .store=${loaded['store']} .viewer=${viewerFor(args.role)}></dossier-customer-list>`,
};

/** The lead filters: funnel stage, intent class and records whose source is not verified (here every third). */
export const UnverifiedAndLeads: Story = {
  render: (args) => {
    const leads = rows(200).map((row, i) => ({ ...row, funnelStage: (['undifferentiated', 'qualified', 'key-account'] as const)[i % 3], leadIntent: 'ABCD'[i % 4], verified: i % 3 !== 0 }));
    return html`<dossier-customer-list .rows=${leads} .viewer=${viewerFor(args.role)} verification="unverified"></dossier-customer-list>`;
  },
};

/** Figures handed over from a grading run instead of the store's lines: labelled with the run's date. */
export const RunFigures: Story = {
  loaders: [async () => ({ store: await sampleStore(sampleArchive(50)) })],
  render: (args, { loaded }) =>
    html`<dossier-customer-list .store=${loaded['store']} .viewer=${viewerFor(args.role)} .figures=${new Map()} figures-as-of="2026-06-08"></dossier-customer-list>`,
};

/** The store's lines still being written (a first seeding, an import): revenue and last purchase say "—", not a half-written sum. */
export const FiguresPending: Story = {
  loaders: [async () => ({ store: await sampleStore(sampleArchive(50)) })],
  render: (args, { loaded }) => html`<dossier-customer-list .store=${loaded['store']} .viewer=${viewerFor(args.role)} figures-pending></dossier-customer-list>`,
};

/** No customers at all. */
export const Empty: Story = { args: { count: 0 } };

/** Waiting for the store. */
export const Loading: Story = { render: () => html`<dossier-customer-list .store=${pendingStore()}></dossier-customer-list>` };

/** The store failed. */
export const Error: Story = { render: () => html`<dossier-customer-list .store=${failingStore()}></dossier-customer-list>` };
