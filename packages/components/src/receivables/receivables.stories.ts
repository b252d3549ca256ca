import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { agendaArchive, agendaAsOf, agendaManager, agendaNames, agendaRep } from '../testing-fixtures/agenda.js';
import { failingStore, pendingStore } from '../testing-fixtures/sample.js';
import { darkBackdrop } from '../charts/story-states.js';

const meta: Meta = {
  title: 'Work/Receivables',
  component: 'dossier-receivables',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** A manager's view per customer. */
export const PerCustomer: Story = {
  render: () => html`<dossier-receivables locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaManager} .archive=${agendaArchive()}></dossier-receivables>`,
};

/** Per rep, in English. */
export const PerRep: Story = {
  render: () => html`<dossier-receivables locale="en" group-by="rep" as-of=${agendaAsOf} .viewer=${agendaManager} .names=${agendaNames} .archive=${agendaArchive()}></dossier-receivables>`,
};

/** A rep sees its own customers. */
export const Rep: Story = {
  render: () => html`<dossier-receivables locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaRep} .archive=${agendaArchive()}></dossier-receivables>`,
};

/** Nothing owed. */
export const Empty: Story = {
  render: () => html`<dossier-receivables locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaManager} .archive=${{ customers: [] }}></dossier-receivables>`,
};

/** A store slow to answer. */
export const Loading: Story = {
  render: () => html`<dossier-receivables locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaManager} .store=${pendingStore()}></dossier-receivables>`,
};

/** A store that cannot be read. */
export const Error: Story = {
  render: () => html`<dossier-receivables locale="en" as-of=${agendaAsOf} .viewer=${agendaManager} .store=${failingStore()}></dossier-receivables>`,
};

/** The dark theme. */
export const Dark: Story = {
  render: () =>
    darkBackdrop(html`<dossier-receivables theme="dark" locale="en" as-of=${agendaAsOf} .viewer=${agendaManager} .archive=${agendaArchive()}></dossier-receivables>`),
};
