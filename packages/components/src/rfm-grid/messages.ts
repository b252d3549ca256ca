import { defineCatalog } from '../shared/localize.js';

const en = {
  title: 'RFM grid: recency × frequency',
  summary: '{scored} customers scored on {bins} bins; the largest cell is R {r} · F {f} ({segment}) with {count} customers.',
  recency: 'Recency score (R, higher is more recent)',
  frequency: 'Frequency score (F, higher is more frequent)',
  rowHeader: 'R {score}',
  columnHeader: 'F {score}',
  corner: 'R ╲ F',
  unit: 'customers',
  inactive: 'Inactive (no purchase in the window): {count}',
};

/** Strings of `<dossier-rfm-grid>`. */
export const messages = defineCatalog(en, {
  title: 'RFM 矩阵：最近购买 × 购买频率',
  summary: '共 {scored} 位客户按 {bins} 档评分；最大的格子是 R {r} · F {f}（{segment}），{count} 位客户。',
  recency: '最近购买得分（R，越高越近）',
  frequency: '购买频率得分（F，越高越频繁）',
  rowHeader: 'R {score}',
  columnHeader: 'F {score}',
  corner: 'R ╲ F',
  unit: '位客户',
  inactive: '无购买客户（评估期内未购买）：{count}',
});

/** A key of {@link messages}. */
export type RfmGridMessage = keyof typeof en;
