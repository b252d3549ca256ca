import { defineCatalog } from '../shared/localize.js';

const en = {
  title: 'Composition by {dimension}',
  dimension: 'group',
  summary: '{groups} groups by {dimension}. Largest: {largest}, {share} of {measure}.',
  bar: '{label}: {share} of {measure} (customers: {customers}, revenue: {revenue})',
  bars: 'Groups',
  choose: 'Press Enter to choose a group.',
  ofRevenue: 'revenue',
  ofCustomers: 'customers',
};

/** Strings of `<dossier-composition-chart>`. */
export const messages = defineCatalog(en, {
  title: '按{dimension}的构成',
  dimension: '分组',
  summary: '按{dimension}共 {groups} 组。最大：{largest}，占{measure}的 {share}。',
  bar: '{label}：占{measure}的 {share}（{customers} 位客户，销售额 {revenue}）',
  bars: '分组',
  choose: '按回车键选择分组。',
  ofRevenue: '销售额',
  ofCustomers: '客户数',
});

/** A key of {@link messages}. */
export type CompositionMessage = keyof typeof en;
