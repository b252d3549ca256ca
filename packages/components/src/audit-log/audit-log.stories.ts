import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { AuditEntry, AuditQuery } from '@dossier/core';
import { storyAuditEntries, storyAuditNames } from './story-data.js';

const meta: Meta = {
  title: 'Privacy/Audit log',
  component: 'dossier-audit-log',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** Everything logged this morning, newest first. */
export const Typical: Story = {
  render: () => html`<dossier-audit-log locale="zh-CN" .entries=${storyAuditEntries()} .names=${storyAuditNames}></dossier-audit-log>`,
};

/** One customer's entries, in English. */
export const PerCustomer: Story = {
  render: () => html`<dossier-audit-log locale="en" customer-id="C-000042" .entries=${storyAuditEntries()} .names=${storyAuditNames}></dossier-audit-log>`,
};

/** One user's reveals only. */
export const RevealsOfOneUser: Story = {
  render: () => html`<dossier-audit-log locale="zh-CN" user-id="mgr-1" action="reveal" .entries=${storyAuditEntries()} .names=${storyAuditNames}></dossier-audit-log>`,
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

/** The dark theme. */
export const Dark: Story = {
  render: () =>
    html`<div style="background:#15171c;padding:1rem">
      <dossier-audit-log theme="dark" locale="en" .entries=${storyAuditEntries()} .names=${storyAuditNames}></dossier-audit-log>
    </div>`,
};
