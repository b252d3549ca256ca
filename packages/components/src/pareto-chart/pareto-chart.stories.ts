import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { pareto, toTransactionColumns } from '@dossier/core';
import { storyPareto } from '../charts/story-data.js';
import { darkBackdrop, reportStates } from '../charts/story-states.js';

const meta: Meta = {
  title: 'Reports/Pareto chart',
  component: 'dossier-pareto-chart',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** 150 sample customers of the seeded archive, last 12 months. */
export const Typical: Story = {
  render: () => html`<dossier-pareto-chart .pareto=${storyPareto()}></dossier-pareto-chart>`,
};

/** Three customers (60, 30, 10): every point is visible and focusable. */
export const ThreeCustomers: Story = {
  render: () =>
    html`<dossier-pareto-chart
      .pareto=${pareto(
        toTransactionColumns([
          { customerId: 'c1', date: '2025-06-01', amount: 60 },
          { customerId: 'c2', date: '2025-06-01', amount: 30 },
          { customerId: 'c3', date: '2025-06-01', amount: 10 },
        ]),
      )}
    ></dossier-pareto-chart>`,
};

/** Cut-offs of a stricter policy (70 % / 90 %). */
export const CustomCutoffs: Story = {
  render: () => html`<dossier-pareto-chart .pareto=${storyPareto()} .cutoffs=${[0.7, 0.9]}></dossier-pareto-chart>`,
};

/** Cut-offs read from the grading policy a `<dossier-provider>` provides (abc-share, 60 % / 85 %). */
export const PolicyFromProvider: Story = {
  render: () =>
    html`<dossier-provider .gradingPolicy=${{ method: 'abc-share', cutoffs: [0.6, 0.85] }}>
      <dossier-pareto-chart .pareto=${storyPareto()}></dossier-pareto-chart>
    </dossier-provider>`,
};

const states = reportStates('dossier-pareto-chart', { error: 'the sales book could not be read' });

/** Nothing sold yet. */
export const Empty: Story = states.Empty;

/** While the book is being analysed. */
export const Loading: Story = states.Loading;

/** The book could not be analysed: the error is announced as an alert. */
export const Error: Story = states.Error;

/** A long Chinese caption. */
export const LongChineseCaption: Story = {
  render: () =>
    html`<dossier-pareto-chart locale="zh-CN" label="华东区域销售总部直属大客户事业部二〇二五年度客户销售额累计分布（帕累托）分析图"
      .pareto=${storyPareto()}></dossier-pareto-chart>`,
};

/** The dark theme. */
export const Dark: Story = {
  render: () =>
    darkBackdrop(html`<dossier-pareto-chart theme="dark" .pareto=${storyPareto()}></dossier-pareto-chart>`),
};

/** On a phone (390 px): drawn in CSS pixels, labels stay 12 px. */
export const Phone: Story = {
  render: () => html`<div style="width:358px"><dossier-pareto-chart locale="zh-CN" .pareto=${storyPareto()}></dossier-pareto-chart></div>`,
};

/** With the period picker (the page recomputes on dossier-period-change) and its own heading (hide-title). */
export const PeriodPicker: Story = {
  render: () =>
    html`<h2>帕累托分析</h2>
      <dossier-pareto-chart locale="zh-CN" hide-title period-picker today="2026-01-01" .period=${{ from: '2025-01-01', to: '2026-01-01' }}
        .pareto=${storyPareto()}></dossier-pareto-chart>`,
};
