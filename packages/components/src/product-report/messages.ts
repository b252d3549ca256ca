import { defineCatalog } from '../shared/localize.js';

const en = {
  title: 'Product analysis: margin, turnover, cross and contribution ratios',
  product: 'Product',
  category: 'Category',
  summary: '{count} rows: sales {sales}, gross margin rate {rate}. Highest contribution ratio: {top}.',
  summarySales: '{count} rows: sales {sales}.',
  noInventory: 'Turnover, cross and contribution ratios need the average inventory of each product.',
  noCost: 'Cost, gross margin and its rate need the cost of each sale.',
};

/** Strings of `<dossier-product-report>`. */
export const messages = defineCatalog(en, {
  title: '商品分析：毛利率、周转率、交叉比率与贡献比率',
  product: '商品',
  category: '品类',
  summary: '共 {count} 行：销售额 {sales}，毛利率 {rate}。贡献比率最高：{top}。',
  summarySales: '共 {count} 行：销售额 {sales}。',
  noInventory: '周转率、交叉比率和贡献比率需要各商品的平均库存。',
  noCost: '成本、毛利和毛利率需要每笔销售的成本。',
});

/** A key of {@link messages}. */
export type ProductMessage = keyof typeof en;
