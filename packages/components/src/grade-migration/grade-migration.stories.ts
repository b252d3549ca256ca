import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { advanceGradingRun } from '@dossier/core';
import { storyCustomerNames, storyManager, storyRep, storyMigration } from '../charts/story-data.js';
import { storyOwners, storyPeople, storyRuns } from './story-runs.js';
import { darkBackdrop, reportStates } from '../charts/story-states.js';


const meta: Meta = {
  title: 'Reports/Grade migration',
  component: 'dossier-grade-migration',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** Chooses the A → C cell, where the lost customers are. */
async function openLostCell(canvas: HTMLElement) {
  const el = canvas.querySelector('dossier-grade-migration')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLElement>('td[data-row="0"][data-column="2"]')!.click();
  await el.updateComplete;
  return el;
}

/**
 * ABC grades of the seeded archive from July 2025 to January 2026 given as the two runs, seen by a
 * sales manager who reviews: upgrades green with ↑, downgrades red with ↓, three lost A customers
 * (choose A → C); each mover with owner, last purchase, open, export and override with a reason.
 */
export const Typical: Story = {
  render: () => {
    const { fromRun, toRun } = storyRuns();
    return html`<dossier-grade-migration .fromRun=${fromRun} .toRun=${toRun} .names=${storyCustomerNames()} .owners=${storyOwners()}
      .people=${storyPeople()} .viewer=${storyManager} reviewer></dossier-grade-migration>`;
  },
};

/** The two runs in Chinese, seen by a sales manager (the stories' play functions open a cell). */
const runsInChinese = () => {
  const { fromRun, toRun } = storyRuns();
  return html`<dossier-grade-migration locale="zh-CN" .fromRun=${fromRun} .toRun=${toRun} .names=${storyCustomerNames()} .owners=${storyOwners()}
    .people=${storyPeople()} .viewer=${storyManager}></dossier-grade-migration>`;
};

/** The lost customers' cell (A → C) already chosen, in Chinese. */
export const LostCustomers: Story = {
  render: runsInChinese,
  play: async ({ canvasElement }) => {
    await openLostCell(canvasElement);
  },
};

/** The override form open on the first lost customer (choose a grade, give a reason). */
export const Override: Story = {
  render: runsInChinese,
  play: async ({ canvasElement }) => {
    const el = await openLostCell(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=mover] button.link')!.click();
  },
};

/** The later run reviewed by finance: the next step is the review meeting's confirmation. */
export const Reviewed: Story = {
  render: () => {
    const { fromRun, toRun } = storyRuns();
    const reviewed = advanceGradingRun(toRun, 'reviewed', { by: 'story-manager', at: '2026-01-05T10:00:00Z', note: '信用等级已核对' });
    return html`<dossier-grade-migration .fromRun=${fromRun} .toRun=${reviewed} .names=${storyCustomerNames()} .owners=${storyOwners()}
      .people=${storyPeople()} .viewer=${storyManager} reviewer></dossier-grade-migration>`;
  },
};

/** Given core's migration only (no runs): the runs read "earlier run" / "later run", never their ids; no review or override. */
export const MigrationOnly: Story = {
  render: () =>
    html`<dossier-grade-migration .migration=${storyMigration()} .names=${storyCustomerNames()} .viewer=${storyManager}></dossier-grade-migration>`,
};

/**
 * Seen by a sales rep (R001): the explanations of other reps' customers quote revenue the rep
 * may not read, so they are left out (a note says so); those of the rep's own customers are shown.
 */
export const SalesRep: Story = {
  render: () => {
    const { fromRun, toRun } = storyRuns();
    return html`<dossier-grade-migration .fromRun=${fromRun} .toRun=${toRun} .names=${storyCustomerNames()} .owners=${storyOwners()}
      .people=${storyPeople()} .viewer=${storyRep}></dossier-grade-migration>`;
  },
};

/** Long Chinese company names in the movers list (choose a cell). */
export const LongChineseNames: Story = {
  render: () => {
    const migration = storyMigration();
    const names = Object.fromEntries(
      migration.movers.map((m, i) => [m.customerId, `上海浦东新区张江高科技园区国际精密仪器与智能制造装备（集团）股份有限公司第${i + 1}分公司`]),
    );
    return html`<dossier-grade-migration locale="zh-CN" .migration=${migration} .names=${names} .viewer=${storyManager}></dossier-grade-migration>`;
  },
};

const states = reportStates('dossier-grade-migration', { error: 'the grading runs could not be read' });

/** No two runs to compare yet. */
export const Empty: Story = states.Empty;

/** While the runs are being compared. */
export const Loading: Story = states.Loading;

/** The runs could not be read: the error is announced as an alert. */
export const Error: Story = states.Error;

/** The dark theme, in English. */
export const Dark: Story = {
  render: () =>
    darkBackdrop(html`<dossier-grade-migration theme="dark" locale="en" .fromRun=${storyRuns().fromRun} .toRun=${storyRuns().toRun} .names=${storyCustomerNames()}
      .owners=${storyOwners()} .people=${storyPeople()} .viewer=${storyManager}></dossier-grade-migration>`),
};
