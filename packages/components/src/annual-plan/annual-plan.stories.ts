import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { annualPlan, satisfactionSummary, toTransactionColumns } from '@dossier/core';
import { storyArchive, storyLines, storyManager, storyRep } from '../charts/story-data.js';
import { reportStates } from '../charts/story-states.js';


const period = { from: '2025-01-01', to: '2026-01-01' };
const plan = (targets = true) => {
  const book = toTransactionColumns(storyLines());
  const actual = annualPlan(book, { period });
  return annualPlan(book, {
    period,
    ...(targets ? { targets: { sales: Math.round(actual.sales * 1.1), ...(actual.grossMargin === null ? {} : { grossMargin: Math.round(actual.grossMargin * 1.05) }), expenseToSales: 0.08 }, expenses: Math.round(actual.sales * 0.09), marketSales: Math.round(actual.sales * 12.5) } : {}),
  });
};
// One survey answer a quarter from every fifth customer, scores spread 2–5 by the customer's place.
const satisfaction = () =>
  satisfactionSummary(
    storyArchive()
      .customers.filter((_, i) => i % 5 === 0)
      .flatMap((c, i) => ['2025-03-15', '2025-06-15', '2025-09-15', '2025-12-15'].map((surveyedOn, q) => ({ customerId: c.id, surveyedOn, score: 2 + ((i + q) % 4) }))),
    period,
  );

const meta: Meta = {
  title: 'Reports/Annual plan',
  component: 'dossier-annual-plan',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** The sample company's 2025 against its targets, with survey answers, seen by a sales manager. */
export const Typical: Story = {
  render: () => html`<dossier-annual-plan .plan=${plan()} .satisfaction=${satisfaction()} .viewer=${storyManager}></dossier-annual-plan>`,
};

/** No targets, expenses or market figures given: the sales and the curve alone. */
export const WithoutTargets: Story = {
  render: () => html`<dossier-annual-plan .plan=${plan(false)} .satisfaction=${satisfactionSummary([], period)} .viewer=${storyManager}></dossier-annual-plan>`,
};

/** A sales rep: satisfaction only, money withheld. */
export const SalesRep: Story = {
  render: () => html`<dossier-annual-plan .plan=${plan()} .satisfaction=${satisfaction()} .viewer=${storyRep}></dossier-annual-plan>`,
};

/** No viewer: only the note that figures are withheld. */
export const WithoutViewer: Story = {
  render: () => html`<dossier-annual-plan .plan=${plan()} .satisfaction=${satisfaction()}></dossier-annual-plan>`,
};

const states = reportStates('dossier-annual-plan', { error: 'the book could not be read', shared: { viewer: storyManager } });

/** Neither plan nor satisfaction. */
export const Empty: Story = states.Empty;

/** The data is being computed. */
export const Loading: Story = states.Loading;

/** Computing the data failed. */
export const Error: Story = states.Error;
