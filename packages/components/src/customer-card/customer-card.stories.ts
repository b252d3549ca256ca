import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultRoles, type Customer, type RelationshipStage, type Viewer } from '@dossier/core';
import { createMemoryStore, dossierKinds, type DossierRecords } from '@dossier/storage-adapters';
import { failingStore, pendingStore, sampleArchive, sampleAsOf, sampleGrades, sampleStore } from '../testing-fixtures/sample.js';
import { agendaArchive, agendaAsOf, agendaManager, agendaNames, agendaRep } from '../testing-fixtures/agenda.js';
import { longNameCustomer, contacts as fixtureContacts, interactions as fixtureInteractions, abcExplanation, rfmExplanation, viewers } from '../testing-fixtures/archive.js';
import { competitorNotes, keyPerson, sourcedCustomer, staffNames } from './key-person.fixtures.js';

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

const work360 = () => {
  const all = agendaArchive();
  return { customer: all.customers[0]!, contacts: all.contacts ?? [], interactions: all.interactions ?? [], work: { ...all, customers: undefined } };
};

/** The 360° view of a customer for a manager: key figures and every section (worked by hand in core, as of 2026-01-10). */
export const View360: StoryObj = {
  render: () => {
    const w = work360();
    return html`<dossier-customer-card style="--dossier-card-width: 40rem" locale="zh-CN" as-of=${agendaAsOf} .customer=${w.customer} .contacts=${w.contacts} .interactions=${w.interactions} .work=${w.work} .viewer=${agendaManager} .names=${agendaNames}></dossier-customer-card>`;
  },
};

/** The same customer for another rep: amounts restricted, records masked. */
export const View360OtherRep: StoryObj = {
  render: () => {
    const w = work360();
    return html`<dossier-customer-card locale="en" as-of=${agendaAsOf} .customer=${w.customer} .contacts=${w.contacts} .interactions=${w.interactions} .work=${w.work} .viewer=${{ ...agendaRep, userId: 'R2' }} .names=${agendaNames}></dossier-customer-card>`;
  },
};

/** A customer with no records around it yet: every section says so. */
export const View360Empty: StoryObj = {
  render: () => {
    const w = work360();
    return html`<dossier-customer-card locale="zh-CN" as-of=${agendaAsOf} .customer=${{ ...w.customer, id: 'C-Z' }} .work=${w.work} .viewer=${agendaManager}></dossier-customer-card>`;
  },
};

/** Read from a store, with the one-click "log a call / visit" form. */
export const View360WithStore: StoryObj = {
  loaders: [
    async () => {
      const all = agendaArchive();
      const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds() });
      const put = (kind: keyof DossierRecords, values: readonly unknown[] | undefined) => (values ?? []).map((value) => ({ op: 'put' as const, kind, value: value as never }));
      await store.batch([...put('customer', all.customers), ...put('contact', all.contacts), ...put('transaction', all.transactions), ...put('interaction', all.interactions), ...put('opportunity', all.opportunities), ...put('task', all.tasks), ...put('service-case', all.serviceCases), ...put('contract', all.contracts)]);
      return { store };
    },
  ],
  render: (_args, { loaded }) =>
    html`<dossier-customer-card locale="zh-CN" customer-id="C-A" as-of=${agendaAsOf} .store=${loaded['store']} .viewer=${agendaRep} .names=${agendaNames}></dossier-customer-card>`,
};

const keyPersonCard = (viewer: Viewer | undefined, locale: 'en' | 'zh-CN') =>
  html`<dossier-customer-card
    style="--dossier-card-width: 36rem"
    locale=${locale}
    as-of="2026-03-10"
    .customer=${sourcedCustomer}
    .contacts=${[keyPerson, fixtureContacts[1]!]}
    .interactions=${fixtureInteractions}
    .competitorNotes=${competitorNotes}
    .viewer=${viewer}
    .names=${staffNames}
  ></dossier-customer-card>`;

/** The owner rep: the key person's topics never to raise (callout), style with its guidance, the whole profile, competitors and sources. */
export const KeyPersonOwner: StoryObj = { render: () => keyPersonCard(viewers.owner, 'zh-CN') };

/** The same in English. */
export const KeyPersonOwnerEnglish: StoryObj = { render: () => keyPersonCard(viewers.owner, 'en') };

/** A sales manager: the confidential profile, no secret field (family, religion, politics, topics never to raise). */
export const KeyPersonManager: StoryObj = { render: () => keyPersonCard(viewers.manager, 'zh-CN') };

/** Another rep: no profile, style or competitor section at all — nothing tells whether they are filled. */
export const KeyPersonOtherRep: StoryObj = { render: () => keyPersonCard(viewers.otherRep, 'en') };

/** Read from a store: "mark verified" beside an unverified source, written as the viewer. */
export const SourcesWithStore: StoryObj = {
  loaders: [
    async () => {
      const store = createMemoryStore<DossierRecords>({ kinds: dossierKinds() });
      await store.batch([
        { op: 'put', kind: 'customer', value: sourcedCustomer as never },
        { op: 'put', kind: 'contact', value: keyPerson as never },
        ...competitorNotes.map((note) => ({ op: 'put' as const, kind: 'competitor-note' as const, value: note as never })),
      ]);
      return { store };
    },
  ],
  render: (_args, { loaded }) =>
    html`<dossier-customer-card locale="zh-CN" customer-id=${sourcedCustomer.id} .store=${loaded['store']} .viewer=${viewers.manager} .names=${staffNames}></dossier-customer-card>`,
};

/** "Why this grade" of an A customer whose sales fell to zero: named and flagged as lost (流失), not "not ranked". */
export const LostCustomer: Story = {
  render: () => html`<dossier-customer-card
    as-of="2026-03-10"
    .customer=${{ ...longNameCustomer, grade: { current: 'C', provisional: false } }}
    .explanation=${{ ...abcExplanation, grade: 'C', computedGrade: 'C', rule: 'non-positive-revenue', revenue: 0, vip: false }}
    .previousGrade=${'A'}
    .viewer=${{ userId: 'm', role: defaultRoles['sales-manager'] }}
  ></dossier-customer-card>`,
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector('dossier-customer-card')!;
    await card.updateComplete;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part=explain-button]')?.click();
  },
};
