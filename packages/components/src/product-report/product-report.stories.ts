import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyProductNames, storyProducts } from '../charts/story-data.js';
import { darkBackdrop, reportStates } from '../charts/story-states.js';

const meta: Meta = {
  title: 'Reports/Product report',
  component: 'dossier-product-report',
  tags: ['autodocs'],
};
export default meta;

type Story = StoryObj;

/** Products of the sample catalogue, last 12 months, with an average inventory. */
export const Typical: Story = {
  render: () => html`<dossier-product-report .products=${storyProducts()} .names=${storyProductNames()}></dossier-product-report>`,
};

/** By category (品类). */
export const ByCategory: Story = {
  render: () => html`<dossier-product-report .products=${storyProducts('category')}></dossier-product-report>`,
};

/** Long Chinese product names. */
export const LongChineseNames: Story = {
  render: () => {
    const products = storyProducts();
    const names = Object.fromEntries(
      products.rows.map((r, i) => [r.key ?? '', `工业级高精度不锈钢（SUS316L）耐腐蚀法兰盘组件 DN${50 + i * 5} 加厚型（含配套螺栓与垫片）`]),
    );
    return html`<dossier-product-report locale="zh-CN" .products=${products} .names=${names}></dossier-product-report>`;
  },
};

const states = reportStates('dossier-product-report', { error: 'the sales book could not be read' });

/** Nothing sold. */
export const Empty: Story = states.Empty;

/** While the book is being analysed. */
export const Loading: Story = states.Loading;

/** The book could not be analysed: the error is announced as an alert. */
export const Error: Story = states.Error;

/** The dark theme, in English. */
export const Dark: Story = {
  render: () =>
    darkBackdrop(html`<dossier-product-report theme="dark" locale="en" .products=${storyProducts()} .names=${storyProductNames()}></dossier-product-report>`),
};

/** Sales only (no cost, no inventory): the seven columns without any figure are left out and named. */
export const SalesOnly: Story = {
  render: () => {
    const p = storyProducts();
    const rows = p.rows.map((r) => ({ ...r, cost: null, grossMargin: null, grossMarginRate: null, averageInventory: null, turnover: null, crossRatio: null, contributionRatio: null }));
    return html`<dossier-product-report locale="zh-CN" .products=${{ ...p, rows, totalCost: null, grossMarginRate: null }} .names=${storyProductNames()}></dossier-product-report>`;
  },
};

/** Large amounts: 万/亿 in zh-CN with the full amount as the tooltip. */
export const LargeAmounts: Story = {
  render: () => {
    const p = storyProducts();
    const scale = (v: number | null) => (v === null ? null : Math.round(v * 1000 * 100) / 100);
    const rows = p.rows.map((r) => ({ ...r, sales: scale(r.sales)!, cost: scale(r.cost), grossMargin: scale(r.grossMargin), averageInventory: scale(r.averageInventory) }));
    return html`<dossier-product-report locale="zh-CN" .products=${{ ...p, rows, totalSales: scale(p.totalSales)!, totalCost: scale(p.totalCost) }}
      .names=${storyProductNames()}></dossier-product-report>`;
  },
};
