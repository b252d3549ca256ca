import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AuditEntry, AuditQuery } from '@dossier/core';
import { storyAuditEntries, storyCustomerNames, storyPeople, storyRunStore } from './story-data.js';
import { darkBackdrop } from '../charts/story-states.js';

const meta: Meta = {
  title: 'Privacy/Audit log',
  component: 'dossier-audit-log',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** Everything logged this morning, newest first: people by name, fields by label, the grading run by its date and method. */
export const Typical: Story = {
  render: () => html`<dossier-audit-log locale="zh-CN" .store=${storyRunStore()} .entries=${storyAuditEntries()} .people=${storyPeople} .customerNames=${storyCustomerNames}></dossier-audit-log>`,
};

/** The same in English. */
export const English: Story = {
  render: () => html`<dossier-audit-log locale="en" .store=${storyRunStore()} .entries=${storyAuditEntries()} .people=${storyPeople} .customerNames=${storyCustomerNames}></dossier-audit-log>`,
};

/** One customer's entries, the customer named in the heading. */
export const PerCustomer: Story = {
  render: () =>
    html`<dossier-audit-log
      locale="zh-CN"
      customer-id="C-000042"
      customer-name="杭州西湖科技有限公司"
      .entries=${storyAuditEntries()}
      .people=${storyPeople}
      .customerNames=${storyCustomerNames}
    ></dossier-audit-log>`,
};

/** Filtered by a date range, a person and an action. */
export const Filtered: Story = {
  render: () =>
    html`<dossier-audit-log locale="zh-CN" from="2026-11-24" to="2026-11-24" user-id="mgr-1" action="reveal" .entries=${storyAuditEntries()} .people=${storyPeople} .customerNames=${storyCustomerNames}></dossier-audit-log>`,
};

/** Filters that match nothing: said so, with a way back. */
export const NoMatch: Story = {
  render: () => html`<dossier-audit-log locale="zh-CN" user-id="rep-2" action="erase" .entries=${storyAuditEntries()} .people=${storyPeople}></dossier-audit-log>`,
};

/** Nothing logged yet. */
export const Empty: Story = {
  render: () => html`<dossier-audit-log locale="zh-CN"></dossier-audit-log>`,
};

/** A log that is slow to answer. */
export const Loading: Story = {
  render: () => html`<dossier-audit-log locale="zh-CN" .audit=${{ query: () => new Promise<AuditEntry[]>(() => {}) }}></dossier-audit-log>`,
};

/** A log that cannot be read. */
export const Error: Story = {
  render: () => html`<dossier-audit-log locale="en" .audit=${{ query: async (_q?: AuditQuery) => Promise.reject(new globalThis.Error('the log service is unreachable')) }}></dossier-audit-log>`,
};

/** On a phone: each entry a card. */
export const Phone: Story = {
  render: () =>
    html`<div style="max-inline-size:390px">
      <dossier-audit-log locale="zh-CN" .entries=${storyAuditEntries()} .people=${storyPeople} .customerNames=${storyCustomerNames}></dossier-audit-log>
    </div>`,
};

/** The dark theme. */
export const Dark: Story = {
  render: () =>
    darkBackdrop(html`<dossier-audit-log theme="dark" locale="en" .entries=${storyAuditEntries()} .people=${storyPeople} .customerNames=${storyCustomerNames}></dossier-audit-log>`),
};
