import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { defaultRoles } from '@dossier/core';
import { storyArchive, storyCustomerNames, storyMigration } from '../charts/story-data.js';

/** A sales manager: reads every customer's grades and explanations. */
const manager = { userId: 'story-manager', role: defaultRoles['sales-manager'] };

const meta: Meta = {
  title: 'Reports/Grade migration',
  component: 'dossier-grade-migration',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** ABC grades of the seeded archive from July 2025 to January 2026, seen by a sales manager; choose a cell to list the movers. */
export const Typical: Story = {
  render: () =>
    html`<dossier-grade-migration .migration=${storyMigration()} .names=${storyCustomerNames()} .viewer=${manager}></dossier-grade-migration>`,
};

/**
 * Seen by a sales rep (R001): the explanations of other reps' customers quote revenue the rep
 * may not read, so they are left out (a note says so); those of the rep's own customers are shown.
 */
export const SalesRep: Story = {
  render: () => {
    const owners = Object.fromEntries(storyArchive().customers.map((c) => [c.id, (c as { salespersonId?: string }).salespersonId ?? '']));
    return html`<dossier-grade-migration .migration=${storyMigration()} .names=${storyCustomerNames()} .owners=${owners}
      .viewer=${{ userId: 'R001', role: defaultRoles['sales-rep'] }}></dossier-grade-migration>`;
  },
};

/** Long Chinese company names in the movers list (choose a cell). */
export const LongChineseNames: Story = {
  render: () => {
    const migration = storyMigration();
    const names = Object.fromEntries(
      migration.movers.map((m, i) => [m.customerId, `上海浦东新区张江高科技园区国际精密仪器与智能制造装备（集团）股份有限公司第${i + 1}分公司`]),
    );
    return html`<dossier-grade-migration locale="zh-CN" .migration=${migration} .names=${names} .viewer=${manager}></dossier-grade-migration>`;
  },
};

/** No two runs to compare yet. */
export const Empty: Story = {
  render: () => html`<dossier-grade-migration></dossier-grade-migration>`,
};

/** While the runs are being compared. */
export const Loading: Story = {
  render: () => html`<dossier-grade-migration loading></dossier-grade-migration>`,
};

/** The runs could not be read: the error is announced as an alert. */
export const Error: Story = {
  render: () => html`<dossier-grade-migration .error=${new globalThis.Error('the grading runs could not be read')}></dossier-grade-migration>`,
};

/** The dark theme, in English. */
export const Dark: Story = {
  render: () =>
    html`<div style="background:#15171c;padding:1rem">
      <dossier-grade-migration theme="dark" locale="en" .migration=${storyMigration()} .names=${storyCustomerNames()} .viewer=${manager}></dossier-grade-migration>
    </div>`,
};
