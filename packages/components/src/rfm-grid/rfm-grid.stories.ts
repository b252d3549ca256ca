import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyRfm } from '../charts/story-data.js';
import { darkBackdrop, reportStates } from '../charts/story-states.js';

const meta: Meta = {
  title: 'Reports/RFM grid',
  component: 'dossier-rfm-grid',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** RFM of the seeded archive's last 12 months. */
export const Typical: Story = {
  render: () => html`<dossier-rfm-grid .rfm=${storyRfm()}></dossier-rfm-grid>`,
};

/** Three bins instead of five (scores rescaled onto the segment table). */
export const ThreeBins: Story = {
  render: () => html`<dossier-rfm-grid .rfm=${{ r: [3, 3, 2, 1, 1, 0], f: [1, 3, 2, 3, 1, 0], policy: { bins: 3 } }}></dossier-rfm-grid>`,
};

const states = reportStates('dossier-rfm-grid', { error: 'the grading could not be computed' });

/** No grading yet. */
export const Empty: Story = states.Empty;

/** While grading runs. */
export const Loading: Story = states.Loading;

/** The grading could not be computed: the error is announced as an alert, in Chinese here. */
export const Error: Story = {
  render: () => html`<dossier-rfm-grid locale="zh-CN" .error=${new globalThis.Error('评级服务无法访问')}></dossier-rfm-grid>`,
};

/** The dark theme, in English. */
export const Dark: Story = {
  render: () => darkBackdrop(html`<dossier-rfm-grid theme="dark" locale="en" .rfm=${storyRfm()}></dossier-rfm-grid>`),
};

/** On a phone (320 px): segment names wrap between words (重要价值/客户), at 12 px. */
export const Phone: Story = {
  render: () => html`<div style="width:320px"><dossier-rfm-grid locale="zh-CN" .rfm=${storyRfm()}></dossier-rfm-grid></div>`,
};
