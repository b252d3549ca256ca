import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { leadFunnel, parseFunnelPolicy } from '@dossier/core';
import { storyArchive, storyCustomerNames, storyManager, storyRep } from '../charts/story-data.js';
import { reportStates } from '../charts/story-states.js';


const funnel = () => leadFunnel(storyArchive().customers as never);
const names = () => storyCustomerNames();

const meta: Meta = {
  title: 'Reports/Funnel report',
  component: 'dossier-funnel-report',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** The sample archive's leads by the default rules, seen by a sales manager. */
export const Typical: Story = {
  render: () => html`<dossier-funnel-report .funnel=${funnel()} .names=${names()} .viewer=${storyManager}></dossier-funnel-report>`,
};

/** Target industries narrow the funnel (the seed's 目标行业): leads elsewhere stay undifferentiated. */
export const TargetIndustries: Story = {
  render: () => {
    const industries = [...new Set(storyArchive().customers.map((c) => (c as { industry?: string }).industry).filter((i) => i !== undefined))];
    const policy = parseFunnelPolicy({ targetIndustries: industries.slice(0, 2) });
    return html`<dossier-funnel-report .funnel=${leadFunnel(storyArchive().customers as never, policy)} .names=${names()} .viewer=${storyManager}></dossier-funnel-report>`;
  },
};

/** A sales rep: stage counts, the split by intent restricted. */
export const SalesRep: Story = {
  render: () => html`<dossier-funnel-report .funnel=${funnel()} .names=${names()} .viewer=${storyRep}></dossier-funnel-report>`,
};

/** No viewer: nothing but the note that figures are withheld. */
export const WithoutViewer: Story = {
  render: () => html`<dossier-funnel-report .funnel=${funnel()} .names=${names()}></dossier-funnel-report>`,
};

/** Differing customers not in `names` are counted, never shown by id. */
export const WithoutNames: Story = {
  render: () => html`<dossier-funnel-report locale="en" .funnel=${funnel()} .viewer=${storyManager}></dossier-funnel-report>`,
};

const states = reportStates('dossier-funnel-report', { error: 'the archive could not be read', shared: { viewer: storyManager }, empty: { funnel: leadFunnel([]) } });

/** No lead at all. */
export const Empty: Story = states.Empty;

/** The data is being computed. */
export const Loading: Story = states.Loading;

/** Computing the data failed. */
export const Error: Story = states.Error;
