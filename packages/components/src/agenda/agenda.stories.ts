import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultRoles } from '@dossier/core';
import { agendaArchive, agendaAsOf, agendaManager, agendaNames, agendaRep } from '../testing-fixtures/agenda.js';
import { failingStore, pendingStore, sampleArchive, sampleAsOf } from '../testing-fixtures/sample.js';
import { darkBackdrop } from '../charts/story-states.js';

const meta: Meta = {
  title: 'Work/Agenda',
  component: 'dossier-agenda',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** A rep's day (王磊): overdue receivables and follow-ups first, then today, then the week ahead. */
export const RepToday: Story = {
  render: () => html`<dossier-agenda locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaRep} .archive=${agendaArchive()}></dossier-agenda>`,
};

/** The same day in English. */
export const RepTodayEnglish: Story = {
  render: () => html`<dossier-agenda locale="en" as-of=${agendaAsOf} .viewer=${agendaRep} .archive=${agendaArchive()}></dossier-agenda>`,
};

/** A manager sees the team's customers, with each item's owner (no wedding anniversaries: secret). */
export const Manager: Story = {
  render: () => html`<dossier-agenda locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaManager} .names=${agendaNames} .archive=${agendaArchive()}></dossier-agenda>`,
};

/** A call-centre agent: no amounts, no personal dates. */
export const CallCentre: Story = {
  render: () =>
    html`<dossier-agenda locale="zh-CN" as-of=${agendaAsOf} .viewer=${{ userId: 'A1', role: defaultRoles['call-centre'] }} .archive=${agendaArchive()}></dossier-agenda>`,
};

/** A generated archive of 200 customers, one rep's view. */
export const SampleRep: Story = {
  render: () => {
    const archive = sampleArchive(200);
    const rep = archive.customers[0]!.salespersonId;
    return html`<dossier-agenda locale="zh-CN" as-of=${sampleAsOf} .viewer=${{ userId: rep, role: defaultRoles['sales-rep'] }} .archive=${archive}></dossier-agenda>`;
  },
};

/** Nothing due. */
export const Empty: Story = {
  render: () => html`<dossier-agenda locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaRep} .archive=${{ customers: [] }}></dossier-agenda>`,
};

/** A store slow to answer. */
export const Loading: Story = {
  render: () => html`<dossier-agenda locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaRep} .store=${pendingStore()}></dossier-agenda>`,
};

/** A store that cannot be read. */
export const Error: Story = {
  render: () => html`<dossier-agenda locale="en" as-of=${agendaAsOf} .viewer=${agendaRep} .store=${failingStore()}></dossier-agenda>`,
};

/** The dark theme. */
export const Dark: Story = {
  render: () =>
    darkBackdrop(html`<dossier-agenda theme="dark" locale="en" as-of=${agendaAsOf} .viewer=${agendaRep} .archive=${agendaArchive()}></dossier-agenda>`),
};

/** A phone (390 px): the day of each item moves under its reason. */
export const Phone: Story = {
  render: () => html`<div style="max-width:390px"><dossier-agenda locale="zh-CN" as-of=${agendaAsOf} .viewer=${agendaRep} .archive=${agendaArchive()}></dossier-agenda></div>`,
};
