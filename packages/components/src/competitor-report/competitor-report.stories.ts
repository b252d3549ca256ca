import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { competitorReport, defaultRoles, type AbcGrade } from '@dossier/core';
import { storyArchive, storyManager, storyRep } from '../charts/story-data.js';
import { reportStates } from '../charts/story-states.js';

/** Finance here reads internal notes at level 2 but not the confidential satisfaction. */
const noSatisfaction = { userId: 'story-analyst', role: { ...defaultRoles.finance, read: ['public', 'internal'] as const } };

// The sample archive has no competitor notes: one or two per third customer, spread over four
// competitors with their products and scores, by the customer's place in the archive.
const competitors = [
  { name: '华腾数控', products: ['HT-500 加工中心', 'HT-200 车床'] },
  { name: '精工机械', products: ['JG-8 磨床'] },
  { name: 'Acme Tools', products: ['Acme Mill X'] },
  { name: '东方重工集团股份有限公司华东销售分公司', products: ['DF-1'] },
];
const report = () => {
  const customers = storyArchive().customers;
  const grades = Object.fromEntries(customers.map((c) => [c.id, c.grade.current as AbcGrade | undefined]));
  const notes = customers
    .filter((_, i) => i % 3 === 0)
    .flatMap((c, i) =>
      [competitors[i % 4]!, ...(i % 5 === 0 ? [competitors[(i + 1) % 4]!] : [])].map((competitor, k) => ({
        customerId: c.id,
        competitor: competitor.name,
        productsInUse: competitor.products.slice(0, 1 + ((i + k) % competitor.products.length)),
        ...(i % 2 === 0 ? { satisfaction: 1 + ((i + k) % 5) } : {}),
      })),
    );
  return competitorReport(notes, grades);
};

const meta: Meta = {
  title: 'Reports/Competitor report',
  component: 'dossier-competitor-report',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** Competitors at the sample company's customers by grade, seen by a sales manager. */
export const Typical: Story = {
  render: () => html`<dossier-competitor-report .report=${report()} .viewer=${storyManager}></dossier-competitor-report>`,
};

/** A viewer who may read the notes but not the confidential satisfaction scores. */
export const WithoutSatisfaction: Story = {
  render: () => html`<dossier-competitor-report .report=${report()} .viewer=${noSatisfaction}></dossier-competitor-report>`,
};

/** A sales rep: competitor notes are withheld. */
export const SalesRep: Story = {
  render: () => html`<dossier-competitor-report .report=${report()} .viewer=${storyRep}></dossier-competitor-report>`,
};

/** No viewer: withheld. */
export const WithoutViewer: Story = {
  render: () => html`<dossier-competitor-report .report=${report()}></dossier-competitor-report>`,
};

const states = reportStates('dossier-competitor-report', { error: 'the competitor notes could not be read', shared: { viewer: storyManager }, empty: { report: competitorReport([]) } });

/** No competitor noted. */
export const Empty: Story = states.Empty;

/** The data is being computed. */
export const Loading: Story = states.Loading;

/** Computing the data failed. */
export const Error: Story = states.Error;
