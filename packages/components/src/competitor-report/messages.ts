import { defineCatalog } from '../shared/localize.js';

const en = {
  title: 'Competitors at our customers',
  summary: '{competitors} competitors noted at {customers} customers.',
  restricted: 'Competitor notes you may not read are withheld.',
  competitor: 'Competitor',
  customers: 'Customers',
  grade: 'Grade {grade}',
  ungraded: 'Not graded',
  satisfaction: 'Satisfaction with them (1–5)',
  products: 'Their products in use',
};

/** Strings of `<dossier-competitor-report>`. */
export const messages = defineCatalog(en, {
  title: '竞争对手分布',
  summary: '共记录 {competitors} 个竞争对手，涉及 {customers} 位客户。',
  restricted: '您无权查看的竞争对手资料不予显示。',
  competitor: '竞争对手',
  customers: '客户数',
  grade: '{grade} 类客户',
  ungraded: '未评级',
  satisfaction: '客户对其满意度（1–5）',
  products: '客户在用的竞品',
});

/** A key of {@link messages}. */
export type CompetitorMessage = keyof typeof en;
