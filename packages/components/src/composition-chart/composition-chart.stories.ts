import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { abcGrades, vocabularyLabel } from '@dossier/core';
import { storyCompositionByCategory, storyCompositionByGrade, storyCompositionByTerritory } from '../charts/story-data.js';
import { darkBackdrop } from '../charts/story-states.js';

const meta: Meta = {
  title: 'Reports/Composition chart',
  component: 'dossier-composition-chart',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** Revenue by sales territory (大区) of the seeded archive. */
export const ByTerritory: Story = {
  render: () => html`<dossier-composition-chart dimension-label="销售区域" .composition=${storyCompositionByTerritory()}></dossier-composition-chart>`,
};

/** Customers by ABC grade, with the grades' labels. */
export const CustomersByGrade: Story = {
  render: () =>
    html`<dossier-composition-chart
      dimension-label="Grade"
      measure="customerShare"
      .labels=${Object.fromEntries(abcGrades.map((g) => [g, vocabularyLabel('zh-CN', 'abcGrades', g)]))}
      .composition=${storyCompositionByGrade()}
    ></dossier-composition-chart>`,
};

/** Revenue by product category (a line dimension). */
export const ByCategory: Story = {
  render: () => html`<dossier-composition-chart dimension-label="品类" .composition=${storyCompositionByCategory()}></dossier-composition-chart>`,
};

/** Long Chinese group names: shortened in the chart, whole in the table and the spoken names. */
export const LongChineseLabels: Story = {
  render: () =>
    html`<dossier-composition-chart
      locale="zh-CN"
      dimension-label="销售区域"
      .labels=${{
        华东: '华东区域销售总部直属大客户事业部（上海、江苏、浙江、安徽）',
        东北: '东北区域销售分公司（辽宁、吉林、黑龙江）重点行业客户组',
        华北: '华北区域京津冀协同发展重点客户服务中心',
      }}
      .composition=${storyCompositionByTerritory()}
    ></dossier-composition-chart>`,
};

/** Nothing to show. */
export const Empty: Story = {
  render: () => html`<dossier-composition-chart dimension-label="Region"></dossier-composition-chart>`,
};

/** While the book is being analysed. */
export const Loading: Story = {
  render: () => html`<dossier-composition-chart loading dimension-label="Region"></dossier-composition-chart>`,
};

/** The book could not be analysed: the error is announced as an alert (a message given as the attribute). */
export const Error: Story = {
  render: () => html`<dossier-composition-chart dimension-label="Region" error="the sales book is unreachable"></dossier-composition-chart>`,
};

/** The dark theme. */
export const Dark: Story = {
  render: () =>
    darkBackdrop(html`<dossier-composition-chart theme="dark" dimension-label="销售区域" .composition=${storyCompositionByTerritory()}></dossier-composition-chart>`),
};

/** Three grades in a tall card: the bars share out the height instead of sitting small in a blank card. */
export const FillsItsCard: Story = {
  render: () =>
    html`<div style="display:flex;flex-direction:column;height:420px;max-width:640px">
      <dossier-composition-chart style="flex:1" locale="zh-CN" dimension="grade" dimension-label="等级" .composition=${storyCompositionByGrade()}
        .labels=${Object.fromEntries(abcGrades.map((g) => [g, vocabularyLabel('zh-CN', 'abcGrades', g)]))}></dossier-composition-chart>
    </div>`,
};

/** On a phone (390 px), regions: labels 12 px, every other tick. A bar fires dossier-drill-down { territory }. */
export const Phone: Story = {
  render: () =>
    html`<div style="width:358px"><dossier-composition-chart locale="zh-CN" dimension="territory" dimension-label="大区"
      .composition=${storyCompositionByTerritory()}></dossier-composition-chart></div>`,
};
