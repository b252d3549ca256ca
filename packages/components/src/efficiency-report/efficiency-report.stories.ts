import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyArchive, storyEfficiency, storyEffort, storyManager, storyRep, storyRepNames } from '../charts/story-data.js';
import { darkBackdrop, reportStates } from '../charts/story-states.js';


const meta: Meta = {
  title: 'Reports/Efficiency report',
  component: 'dossier-efficiency-report',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** The sample company's reps, Q4 2025, with targets and receivables, seen by a sales manager. */
export const Typical: Story = {
  render: () =>
    html`<dossier-efficiency-report .efficiency=${storyEfficiency()} .names=${storyRepNames()} .viewer=${storyManager}></dossier-efficiency-report>`,
};

/** Seen by a sales rep (R001): every rep's counts, but amounts of the rep's own row only. */
export const SalesRep: Story = {
  render: () =>
    html`<dossier-efficiency-report .efficiency=${storyEfficiency()} .names=${storyRepNames()}
      .viewer=${storyRep}></dossier-efficiency-report>`,
};

/** No viewer (no provider, no `viewer`): the reps' names only. */
export const WithoutViewer: Story = {
  render: () => html`<dossier-efficiency-report .efficiency=${storyEfficiency()} .names=${storyRepNames()}></dossier-efficiency-report>`,
};

/** Reps without names: their ids are shown. */
export const WithoutNames: Story = {
  render: () => html`<dossier-efficiency-report locale="en" .efficiency=${storyEfficiency()} .viewer=${storyManager}></dossier-efficiency-report>`,
};

/**
 * Long Chinese rep names: the sample reps' names behind a long title (sales region, key-account
 * department, job title), and long names written in the Uyghur and Kazakh way (parts joined by
 * a middle dot). The name column wraps; the table scrolls sideways.
 */
export const LongChineseNames: Story = {
  render: () => {
    const long = ['阿卜杜热合曼·艾合买提江·买买提依明', '热依拉·阿不都克热木·吐尔洪', '努尔兰·叶尔肯别克·吐尔逊别克'];
    const names = Object.fromEntries(
      storyArchive().reps.map((r, i) => [
        r.id,
        i % 2 === 0 ? `${r.region}大区重点客户事业部高级客户经理${r.name.zh}` : long[(i >> 1) % long.length]!,
      ]),
    );
    return html`<dossier-efficiency-report locale="zh-CN" .efficiency=${storyEfficiency()} .names=${names} .viewer=${storyManager}></dossier-efficiency-report>`;
  },
};

const states = reportStates('dossier-efficiency-report', { error: 'the visit log could not be read', empty: { efficiency: { rows: [] } } });

/** No rep has any activity in the period. */
export const Empty: Story = states.Empty;

/** While the period is being analysed. */
export const Loading: Story = states.Loading;

/** The period could not be analysed: the error is announced as an alert. */
export const Error: Story = states.Error;

/** The dark theme. */
export const Dark: Story = {
  render: () =>
    darkBackdrop(html`<dossier-efficiency-report theme="dark" .efficiency=${storyEfficiency()} .names=${storyRepNames()} .viewer=${storyManager}></dossier-efficiency-report>`),
};

/** With effort by grade: sales per effort (share of sales ÷ share of effort), more is better, read in words. */
export const EffortByGrade: Story = {
  render: () =>
    html`<dossier-efficiency-report locale="zh-CN" .efficiency=${storyEfficiency()} .effort=${storyEffort()} .names=${storyRepNames()}
      .viewer=${storyManager}></dossier-efficiency-report>`,
};

/** No targets or receivables given: those columns are left out and named in a note. */
export const WithoutTargets: Story = {
  render: () => {
    const rows = storyEfficiency().rows.map((r) => ({ ...r, salesAchievement: null, grossMarginAchievement: null, receivablesCollectionRate: null }));
    return html`<dossier-efficiency-report locale="zh-CN" .efficiency=${{ rows }} .names=${storyRepNames()} .viewer=${storyManager}></dossier-efficiency-report>`;
  },
};

/** With the period picker: choosing a period fires dossier-period-change; the page recomputes. */
export const PeriodPicker: Story = {
  render: () =>
    html`<dossier-efficiency-report period-picker today="2026-01-01" .period=${{ from: '2025-10-01', to: '2026-01-01' }}
      .efficiency=${storyEfficiency()} .names=${storyRepNames()} .viewer=${storyManager}></dossier-efficiency-report>`,
};

/** On a phone (390 px): the table scrolls sideways inside its card. */
export const Phone: Story = {
  render: () =>
    html`<div style="width:358px"><dossier-efficiency-report locale="zh-CN" .efficiency=${storyEfficiency()} .names=${storyRepNames()}
      .viewer=${storyManager}></dossier-efficiency-report></div>`,
};
