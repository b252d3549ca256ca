import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultRoles, type Customer, type RelationshipStage, type Viewer } from '@dossier/core';
import { failingStore, pendingStore, sampleArchive, sampleAsOf, sampleGrades, sampleStore } from '../testing-fixtures/sample.js';
import { longNameCustomer, contacts as fixtureContacts, interactions as fixtureInteractions, abcExplanation, rfmExplanation } from '../testing-fixtures/archive.js';

interface CardArgs {
  stage?: RelationshipStage;
  role: keyof typeof defaultRoles | 'owner' | 'anonymous';
}

const archive = () => sampleArchive(200);

function viewerFor(role: CardArgs['role'], customer: Customer): Viewer | undefined {
  if (role === 'anonymous') return undefined;
  if (role === 'owner') return { userId: customer.salespersonId, role: defaultRoles['sales-rep'] };
  return { userId: 'story-viewer', role: defaultRoles[role] };
}

function card(customer: Customer, role: CardArgs['role']) {
  const a = archive();
  const { abc, rfm } = sampleGrades(a);
  return html`<dossier-customer-card
    as-of=${sampleAsOf}
    .customer=${customer}
    .contacts=${a.contacts.filter((c) => c.customerId === customer.id)}
    .interactions=${a.interactions.filter((i) => i.customerId === customer.id)}
    .explanation=${abc.get(customer.id)}
    .rfm=${rfm.get(customer.id)}
    .viewer=${viewerFor(role, customer)}
  ></dossier-customer-card>`;
}

const byStage = (stage: RelationshipStage) => archive().customers.find((c) => c.relationship.stage === stage) ?? archive().customers[0]!;

const meta: Meta<CardArgs> = {
  title: 'Elements/Customer card',
  component: 'dossier-customer-card',
  tags: ['autodocs'],
  args: { stage: 'long-term', role: 'sales-manager' },
  argTypes: {
    stage: { control: 'select', options: ['prospect', 'new', 'long-term', 'problem', 'former'] },
    role: { control: 'select', options: [...Object.keys(defaultRoles), 'owner', 'anonymous'] },
  },
  render: (args) => card(byStage(args.stage ?? 'long-term'), args.role),
};
export default meta;

type Story = StoryObj<CardArgs>;

/** Current customer card (现有顾客卡) seen by a sales manager: grade, explanation on demand, RFM, contacts. */
export const Current: Story = {};

/** Prospect survey card (潜在顾客调查卡): needs and the likely time, place and way of buying. */
export const Prospect: Story = { args: { stage: 'prospect' } };

/** Former customer card (旧客户卡): when and why the customer stopped, and the follow-up. */
export const Former: Story = { args: { stage: 'former' } };

/** A new customer with a provisional grade and its review date. */
export const Provisional: Story = { args: { stage: 'new' } };

/** A sales rep looking at another rep's customer: confidential values masked, level-2/3 data absent. */
export const Masked: Story = { args: { role: 'sales-rep' } };

/** No viewer at all: public information only. */
export const Anonymous: Story = { args: { role: 'anonymous' } };

/** A very long Chinese (and English) name wraps instead of overflowing. */
export const LongChineseName: Story = {
  render: () => html`<dossier-customer-card
    as-of="2026-03-10"
    .customer=${longNameCustomer}
    .contacts=${fixtureContacts}
    .interactions=${fixtureInteractions}
    .explanation=${abcExplanation}
    .rfm=${rfmExplanation}
    .viewer=${{ userId: 'm', role: defaultRoles['sales-manager'] }}
  ></dossier-customer-card>`,
};

/** Loaded by id from a store (the sample archive in a memory store). */
export const FromStore: Story = {
  loaders: [async () => ({ store: await sampleStore(sampleArchive(30)) })],
  render: (_args, { loaded }) =>
    html`<dossier-customer-card
      customer-id=${sampleArchive(30).customers[0]!.id}
      .store=${loaded['store']}
      .viewer=${{ userId: 'm', role: defaultRoles['sales-manager'] }}
    ></dossier-customer-card>`,
};

/** Waiting for the store. */
export const Loading: Story = { render: () => html`<dossier-customer-card customer-id="C-1" .store=${pendingStore()}></dossier-customer-card>` };

/** The store failed. */
export const Error: Story = { render: () => html`<dossier-customer-card customer-id="C-1" .store=${failingStore()}></dossier-customer-card>` };

/** Nothing selected yet. */
export const Empty: Story = { render: () => html`<dossier-customer-card></dossier-customer-card>` };
