import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyCustomerNames, storyMigration } from '../charts/story-data.js';

const meta: Meta = {
  title: 'Reports/Grade migration',
  component: 'dossier-grade-migration',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** ABC grades of the seeded archive from July 2025 to January 2026; choose a cell to list the movers. */
export const Typical: Story = {
  render: () => html`<dossier-grade-migration .migration=${storyMigration()} .names=${storyCustomerNames()}></dossier-grade-migration>`,
};

/** Long Chinese company names in the movers list (choose a cell). */
export const LongChineseNames: Story = {
  render: () => {
    const migration = storyMigration();
    const names = Object.fromEntries(
      migration.movers.map((m, i) => [m.customerId, `上海浦东新区张江高科技园区国际精密仪器与智能制造装备（集团）股份有限公司第${i + 1}分公司`]),
    );
    return html`<dossier-grade-migration locale="zh-CN" .migration=${migration} .names=${names}></dossier-grade-migration>`;
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

/** The dark theme, in English. */
export const Dark: Story = {
  render: () =>
    html`<div style="background:#15171c;padding:1rem">
      <dossier-grade-migration theme="dark" locale="en" .migration=${storyMigration()} .names=${storyCustomerNames()}></dossier-grade-migration>
    </div>`,
};
