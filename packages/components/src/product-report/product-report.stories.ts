import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyProductNames, storyProducts } from '../charts/story-data.js';

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

/** Nothing sold. */
export const Empty: Story = {
  render: () => html`<dossier-product-report></dossier-product-report>`,
};

/** While the book is being analysed. */
export const Loading: Story = {
  render: () => html`<dossier-product-report loading></dossier-product-report>`,
};

/** The book could not be analysed: the error is announced as an alert. */
export const Error: Story = {
  render: () => html`<dossier-product-report .error=${new globalThis.Error('the sales book could not be read')}></dossier-product-report>`,
};

/** The dark theme, in English. */
export const Dark: Story = {
  render: () =>
    html`<div style="background:#15171c;padding:1rem">
      <dossier-product-report theme="dark" locale="en" .products=${storyProducts()} .names=${storyProductNames()}></dossier-product-report>
    </div>`,
};
