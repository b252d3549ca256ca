/**
 * A small hand-made archive for tests and stories: one organisation per card variant, a person,
 * contacts and interactions, and grade explanations — each value chosen so that a test can
 * work out what the element must show.
 */
import type { AbcExplanation, Contact, Customer, Interaction, OrganisationCustomer, PersonCustomer, RfmExplanation } from '@dossier/core';
import { defaultRoles, type Viewer } from '@dossier/core';

const at = new Date('2026-01-05T02:00:00.000Z');

/** Secret-looking values that masking tests search for in the DOM. */
export const secrets = {
  mobile: '13912345678',
  contactMobile: '13798765432',
  email: 'boss@hz-tech.example.com',
  stopReason: '对方财务总监因回扣问题被调查',
} as const;

/** What every customer of these fixtures has alike: revision stamps and empty lists and profiles. */
const customerDefaults = { schemaVersion: 2 as const, createdAt: at, updatedAt: at, productLines: [], tags: [], credit: {}, profiles: {} };

export const currentCustomer: OrganisationCustomer = {
  ...customerDefaults,
  id: 'C-0001',
  kind: 'organisation',
  name: { zh: '杭州西湖科技有限公司', en: 'Hangzhou West Lake Technology Co., Ltd.' },
  phone: '0571-88886666',
  mobile: secrets.mobile,
  email: secrets.email,
  addresses: [{ province: '浙江省', city: '杭州市', district: '西湖区', street: '文三路 90 号' }],
  salespersonId: 'rep-7',
  territory: '华东',
  nature: 'manufacturer',
  relationship: { stage: 'long-term', setByHand: false },
  grade: { current: 'A', provisional: false },
};

export const newCustomer: OrganisationCustomer = {
  ...currentCustomer,
  id: 'C-0002',
  name: { zh: '宁波港湾贸易有限公司' },
  relationship: { stage: 'new', setByHand: false },
  grade: { current: 'B', provisional: true, reviewDue: '2026-06-30' },
};

export const prospectCustomer: OrganisationCustomer = {
  ...currentCustomer,
  id: 'C-0003',
  name: { zh: '苏州工业园区精密制造有限公司' },
  relationship: { stage: 'prospect', setByHand: true },
  grade: { provisional: false },
  prospecting: { needs: '数控机床配件', likelyTime: '2026 年二季度', likelyPlace: '苏州工厂', likelyWay: '招标', purchaseLikelihood: 'high', budget: 1200000 },
};

export const formerCustomer: OrganisationCustomer = {
  ...currentCustomer,
  id: 'C-0004',
  name: { zh: '上海浦东老客户实业公司' },
  relationship: { stage: 'former', setByHand: true, stoppedOn: '2025-09-30', stopReason: secrets.stopReason, followUp: '半年后回访' },
  grade: { current: 'C', provisional: false },
};

export const personCustomer: PersonCustomer = {
  ...customerDefaults,
  id: 'C-0005',
  kind: 'person',
  name: { zh: '王芳' },
  mobile: '13600001111',
  addresses: [],
  salespersonId: 'rep-3',
  territory: '华南',
  nature: 'individual-consumer',
  relationship: { stage: 'long-term', setByHand: false },
  grade: { current: 'B', provisional: false },
};

/** A customer with a name long enough to wrap (长中文名). */
export const longNameCustomer: OrganisationCustomer = {
  ...currentCustomer,
  id: 'C-0006',
  name: {
    zh: '中国东方国际集团长三角区域供应链管理暨跨境电子商务综合服务有限责任公司（上海自由贸易试验区临港新片区分公司）',
    en: 'China Eastern International Group Yangtze River Delta Supply Chain Management and Cross-border E-commerce Integrated Services Co., Ltd.',
  },
};

export const contacts: Contact[] = [
  {
    id: 'P-1',
    schemaVersion: 1,
    createdAt: at,
    updatedAt: at,
    customerId: 'C-0001',
    name: { zh: '李建国', en: 'Li Jianguo' },
    title: '总经理',
    mobile: secrets.contactMobile,
    email: 'li@hz-tech.example.com',
    buyingRoles: ['decision-maker'],
    layer: 'decision',
    personality: ['proud'],
    communicationStyle: 'haggler',
    isKey: true,
  },
  {
    id: 'P-2',
    schemaVersion: 1,
    createdAt: at,
    updatedAt: at,
    customerId: 'C-0001',
    name: { zh: '赵敏' },
    title: '采购经理',
    landline: '0571-88886667',
    buyingRoles: ['purchaser', 'gatekeeper'],
    personality: [],
    isKey: false,
  },
];

export const interactions: Interaction[] = [
  { id: 'I-1', schemaVersion: 1, createdAt: at, updatedAt: at, customerId: 'C-0001', kind: 'visit', at: new Date('2026-02-10T02:00:00.000Z'), by: 'rep-7', contactIds: ['P-1'], subject: '年度框架协议' },
  { id: 'I-2', schemaVersion: 1, createdAt: at, updatedAt: at, customerId: 'C-0001', kind: 'call', at: new Date('2026-03-02T06:30:00.000Z'), by: 'rep-7', contactIds: ['P-2'] },
  { id: 'I-3', schemaVersion: 1, createdAt: at, updatedAt: at, customerId: 'C-0001', kind: 'meeting', at: new Date('2026-03-20T02:00:00.000Z'), by: 'rep-7', contactIds: ['P-1'], subject: '二期报价' },
];

/** As of this day, I-2 is the last interaction and I-3 the next follow-up. */
export const asOf = '2026-03-10';

export const abcExplanation: AbcExplanation = {
  customerId: 'C-0001',
  method: 'abc-share',
  grade: 'A',
  computedGrade: 'A',
  rule: 'share',
  revenue: 2_500_000,
  rank: 3,
  ranked: 120,
  shareBefore: 0.41,
  shareAfter: 0.52,
  thresholds: [0.8, 0.95],
  vip: true,
  vipCount: 2,
  adjustments: [],
};

export const rfmExplanation: RfmExplanation = {
  customerId: 'C-0001',
  method: 'rfm',
  grade: 'champions',
  segment: 'champions',
  recencyDays: 8,
  frequency: 14,
  monetary: 2_500_000,
  r: 5,
  f: 4,
  m: 5,
  bins: 5,
  scored: 120,
};

/** Viewers of the built-in roles. */
export const viewers = {
  manager: { userId: 'm-1', role: defaultRoles['sales-manager'] },
  owner: { userId: 'rep-7', role: defaultRoles['sales-rep'] },
  otherRep: { userId: 'rep-9', role: defaultRoles['sales-rep'] },
  callCentre: { userId: 'cc-1', role: defaultRoles['call-centre'] },
} satisfies Record<string, Viewer>;

/** Every customer of the fixture archive. */
export const customers: Customer[] = [currentCustomer, newCustomer, prospectCustomer, formerCustomer, personCustomer, longNameCustomer];
