import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyEfficiency, storyRepNames } from '../charts/story-data.js';

const meta: Meta = {
  title: 'Reports/Efficiency report',
  component: 'dossier-efficiency-report',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** The sample company's reps, Q4 2025, with targets and receivables. */
export const Typical: Story = {
  render: () => html`<dossier-efficiency-report .efficiency=${storyEfficiency()} .names=${storyRepNames()}></dossier-efficiency-report>`,
};

/** Reps without names: their ids are shown. */
export const WithoutNames: Story = {
  render: () => html`<dossier-efficiency-report locale="en" .efficiency=${storyEfficiency()}></dossier-efficiency-report>`,
};

/** No rep has any activity in the period. */
export const Empty: Story = {
  render: () => html`<dossier-efficiency-report .efficiency=${{ rows: [] }}></dossier-efficiency-report>`,
};

/** While the period is being analysed. */
export const Loading: Story = {
  render: () => html`<dossier-efficiency-report loading></dossier-efficiency-report>`,
};

/** The dark theme. */
export const Dark: Story = {
  render: () =>
    html`<div style="background:#15171c;padding:1rem">
      <dossier-efficiency-report theme="dark" .efficiency=${storyEfficiency()} .names=${storyRepNames()}></dossier-efficiency-report>
    </div>`,
};
