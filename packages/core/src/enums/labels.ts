import type { Locale } from '../i18n/locale.js';
import type * as v from './vocabularies.js';

type Labels<T extends string | number> = Record<Locale, Record<T, string>>;

const natures: Labels<v.CustomerNature> = {
  en: {
    'individual-consumer': 'Individual consumer',
    intermediary: 'Intermediary',
    manufacturer: 'Manufacturer',
    'government-social': 'Government / social organisation',
  },
  'zh-CN': {
    'individual-consumer': '个人消费者',
    intermediary: '中间商',
    manufacturer: '制造商',
    'government-social': '政府和社会团体',
  },
};

/**
 * Display labels, in en and zh-CN, for every closed vocabulary of the archive. The keys are
 * the names of the arrays in ./vocabularies.ts.
 */
export const vocabularyLabels = {
  customerKinds: {
    en: { organisation: 'Organisation', person: 'Person' },
    'zh-CN': { organisation: '公司客户', person: '个人客户' },
  } satisfies Labels<v.CustomerKind>,
  customerNatures: natures,
  relationshipStages: {
    en: { prospect: 'Prospect', new: 'New', 'long-term': 'Long-term', problem: 'Problem', former: 'Former' },
    'zh-CN': { prospect: '潜在客户', new: '新客户', 'long-term': '长期客户', problem: '问题客户', former: '过去的客户' },
  } satisfies Labels<v.RelationshipStage>,
  volumeClasses: {
    en: { main: 'Main', general: 'General', scattered: 'Scattered' },
    'zh-CN': { main: '主力客户', general: '一般客户', scattered: '零散客户' },
  } satisfies Labels<v.VolumeClass>,
  funnelStages: {
    en: { undifferentiated: 'Undifferentiated', qualified: 'Qualified', 'key-account': 'Key account' },
    'zh-CN': { undifferentiated: '无差别客户', qualified: '合格客户', 'key-account': '大客户' },
  } satisfies Labels<v.FunnelStage>,
  leadIntents: {
    en: { A: 'Intent A', B: 'Intent B', C: 'Intent C', D: 'Intent D' },
    'zh-CN': { A: 'A 类意向', B: 'B 类意向', C: 'C 类意向', D: 'D 类意向' },
  } satisfies Labels<v.LeadIntent>,
  abcGrades: {
    en: { A: 'Grade A', B: 'Grade B', C: 'Grade C' },
    'zh-CN': { A: 'A 类客户', B: 'B 类客户', C: 'C 类客户' },
  } satisfies Labels<v.AbcGrade>,
  gradingMethods: {
    en: {
      'abc-share': 'ABC by revenue share',
      'abc-amount': 'ABC by amount',
      'abc-count': 'ABC by customer count',
      rfm: 'RFM',
      scorecard: 'Multi-criteria scorecard',
    },
    'zh-CN': {
      'abc-share': '按销售额占比 ABC 分类',
      'abc-amount': '按销售金额 ABC 分类',
      'abc-count': '按客户数量 ABC 分类',
      rfm: 'RFM 分析',
      scorecard: '客户质量等级评估',
    },
  } satisfies Labels<v.GradingMethod>,
  rfmSegments: {
    en: {
      champions: 'Champions',
      loyal: 'Loyal',
      potential: 'Potential loyalist',
      new: 'New',
      promising: 'Promising',
      'need-attention': 'Needs attention',
      'about-to-sleep': 'About to sleep',
      'at-risk': 'At risk',
      'cant-lose': "Can't lose",
      hibernating: 'Hibernating',
      lost: 'Lost',
      inactive: 'Inactive',
    },
    'zh-CN': {
      champions: '重要价值客户',
      loyal: '忠诚客户',
      potential: '潜力客户',
      new: '新客户',
      promising: '有望客户',
      'need-attention': '需关注客户',
      'about-to-sleep': '即将沉睡客户',
      'at-risk': '流失风险客户',
      'cant-lose': '不能失去的客户',
      hibernating: '沉睡客户',
      lost: '已流失客户',
      inactive: '无购买客户',
    },
  } satisfies Labels<v.RfmSegment>,
  frequencyClasses: {
    en: { high: 'High frequency', low: 'Low frequency', zero: 'Zero frequency' },
    'zh-CN': { high: '高频客户', low: '低频客户', zero: '零频客户' },
  } satisfies Labels<v.FrequencyClass>,
  valueClasses: {
    en: { core: 'Core', potential: 'Potential', general: 'General' },
    'zh-CN': { core: '核心客户', potential: '潜力客户', general: '一般客户' },
  } satisfies Labels<v.ValueClass>,
  loyaltyClasses: {
    en: { loyal: 'Loyal to our brand', switcher: 'Switches with the wind', 'no-loyalty': 'No brand loyalty' },
    'zh-CN': { loyal: '品牌忠诚', switcher: '随风倒', 'no-loyalty': '无品牌忠诚' },
  } satisfies Labels<v.LoyaltyClass>,
  pointsTiers: {
    en: { A: 'Tier A', B: 'Tier B', C: 'Tier C', D: 'Tier D' },
    'zh-CN': { A: 'A 级会员', B: 'B 级会员', C: 'C 级会员', D: 'D 级会员' },
  } satisfies Labels<v.PointsTier>,
  buyingRoles: {
    en: {
      'decision-maker': 'Decision-maker',
      user: 'User',
      influencer: 'Influencer',
      purchaser: 'Purchaser',
      gatekeeper: 'Gatekeeper',
    },
    'zh-CN': { 'decision-maker': '决策者', user: '使用者', influencer: '影响者', purchaser: '采购者', gatekeeper: '守门人' },
  } satisfies Labels<v.BuyingRole>,
  contactLayers: {
    en: { decision: 'Decision layer', technical: 'Technical layer', operational: 'Operational layer' },
    'zh-CN': { decision: '决策层', technical: '技术层', operational: '操作层' },
  } satisfies Labels<v.ContactLayer>,
  personalityTraits: {
    en: { cold: 'Cold', warm: 'Warm', stubborn: 'Stubborn', open: 'Open-minded', proud: 'Proud', kind: 'Kind', dominant: 'Dominant' },
    'zh-CN': { cold: '冷漠', warm: '热情', stubborn: '固执', open: '虚心', proud: '高傲', kind: '和善', dominant: '强势' },
  } satisfies Labels<v.PersonalityTrait>,
  communicationStyles: {
    en: {
      silent: 'Silent',
      talkative: 'Talkative',
      amiable: 'Amiable',
      proud: 'Proud',
      tricky: 'Tricky',
      nitpicking: 'Nitpicking',
      irritable: 'Irritable',
      'flat-refusal': 'Flat refusal',
      haggler: 'Haggler',
      'financially-strapped': 'Financially strapped',
    },
    'zh-CN': {
      silent: '沉默型',
      talkative: '唠叨型',
      amiable: '和气型',
      proud: '骄傲型',
      tricky: '难缠型',
      nitpicking: '挑剔型',
      irritable: '暴躁型',
      'flat-refusal': '断然拒绝型',
      haggler: '讨价还价型',
      'financially-strapped': '经济困难型',
    },
  } satisfies Labels<v.CommunicationStyle>,
  sensitivityLevels: {
    en: { public: 'Public', internal: 'Internal', confidential: 'Confidential', secret: 'Secret' },
    'zh-CN': { public: '公开', internal: '内部', confidential: '机密', secret: '绝密' },
  } satisfies Labels<v.SensitivityLevel>,
  informationLevels: {
    en: { 1: 'Level 1 — basic', 2: 'Level 2 — purchase and decision', 3: 'Level 3 — personal and relationships' },
    'zh-CN': { 1: '一级信息（基本资料）', 2: '二级信息（采购与决策）', 3: '三级信息（个人与关系）' },
  } satisfies Labels<v.InformationLevel>,
  sourceChannels: {
    en: {
      'web-search': 'Web search',
      'authoritative-database': 'Authoritative database',
      'trade-website': 'Trade website',
      exhibition: 'Exhibition',
      'existing-customer': 'Existing customer',
      competitor: 'Competitor',
      'customer-form': 'Form filled in by the customer',
      'market-survey': 'Market survey',
      conference: 'Conference or forum',
      'professional-agency': 'Professional agency',
      'purchased-directory': 'Purchased directory',
      'recruitment-site': 'Recruitment site',
      map: 'Map',
      'sales-rep': 'Our salesperson',
      import: 'File import',
    },
    'zh-CN': {
      'web-search': '网络搜索',
      'authoritative-database': '权威数据库',
      'trade-website': '行业网站',
      exhibition: '展会',
      'existing-customer': '老客户介绍',
      competitor: '竞争对手',
      'customer-form': '客户填写的表格',
      'market-survey': '市场调查',
      conference: '会议或论坛',
      'professional-agency': '专业机构',
      'purchased-directory': '购买的名录',
      'recruitment-site': '招聘网站',
      map: '地图',
      'sales-rep': '本公司业务员',
      import: '文件导入',
    },
  } satisfies Labels<v.SourceChannel>,
  interactionKinds: {
    en: {
      visit: 'Visit',
      call: 'Call',
      email: 'Email',
      meeting: 'Meeting',
      gift: 'Gift',
      discount: 'Discount',
      voucher: 'Voucher',
      support: 'Support',
      'joint-work': 'Joint work',
      other: 'Other',
    },
    'zh-CN': {
      visit: '拜访',
      call: '电话',
      email: '邮件',
      meeting: '会议',
      gift: '礼品',
      discount: '折扣',
      voucher: '优惠券',
      support: '服务支持',
      'joint-work': '合作开发/联合推广',
      other: '其他',
    },
  } satisfies Labels<v.InteractionKind>,
  opportunityStatuses: {
    en: { open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned' },
    'zh-CN': { open: '进行中', won: '赢单', lost: '丢单', abandoned: '已放弃' },
  } satisfies Labels<v.OpportunityStatus>,
  taskKinds: {
    en: {
      visit: 'Visit',
      call: 'Call',
      'send-quote': 'Send a quote',
      'credit-review': 'Credit review',
      'grade-review': 'Grade review',
      renewal: 'Renewal',
      'collect-payment': 'Collect payment',
      greeting: 'Greeting',
      other: 'Other',
    },
    'zh-CN': {
      visit: '拜访',
      call: '电话',
      'send-quote': '发送报价',
      'credit-review': '信用审核',
      'grade-review': '等级评审',
      renewal: '续约',
      'collect-payment': '催收货款',
      greeting: '问候',
      other: '其他',
    },
  } satisfies Labels<v.TaskKind>,
  taskStatuses: {
    en: { open: 'Open', done: 'Done', cancelled: 'Cancelled' },
    'zh-CN': { open: '待办', done: '已完成', cancelled: '已取消' },
  } satisfies Labels<v.TaskStatus>,
  taskOrigins: {
    en: { manual: 'Entered by hand', interaction: 'Next step of a contact', cadence: 'Follow-up cadence' },
    'zh-CN': { manual: '手工录入', interaction: '联络记录的下一步', cadence: '跟单周期' },
  } satisfies Labels<v.TaskOrigin>,
  serviceCaseKinds: {
    en: { question: 'Question', complaint: 'Complaint', repair: 'Repair', request: 'Request' },
    'zh-CN': { question: '问题', complaint: '投诉', repair: '维修', request: '服务请求' },
  } satisfies Labels<v.ServiceCaseKind>,
  serviceChannels: {
    en: { phone: 'Phone', email: 'Email', visit: 'Visit', web: 'Website', wechat: 'WeChat', other: 'Other' },
    'zh-CN': { phone: '电话', email: '邮件', visit: '上门', web: '网站', wechat: '微信', other: '其他' },
  } satisfies Labels<v.ServiceChannel>,
  serviceSeverities: {
    en: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
    'zh-CN': { low: '低', medium: '中', high: '高', critical: '紧急' },
  } satisfies Labels<v.ServiceSeverity>,
  serviceCaseStatuses: {
    en: { open: 'Open', 'in-progress': 'In progress', resolved: 'Resolved', closed: 'Closed' },
    'zh-CN': { open: '待处理', 'in-progress': '处理中', resolved: '已解决', closed: '已关闭' },
  } satisfies Labels<v.ServiceCaseStatus>,
  contractKinds: {
    en: { subscription: 'Subscription', service: 'Service term', framework: 'Framework agreement', sales: 'Sales contract' },
    'zh-CN': { subscription: '订阅', service: '服务合同', framework: '框架协议', sales: '销售合同' },
  } satisfies Labels<v.ContractKind>,
  contractRenewals: {
    en: { auto: 'Renews automatically', manual: 'Renewal by agreement', none: 'Does not renew' },
    'zh-CN': { auto: '自动续约', manual: '协商续约', none: '不续约' },
  } satisfies Labels<v.ContractRenewal>,
  operatingStatuses: {
    en: { operating: 'Operating', expanding: 'Expanding', shrinking: 'Shrinking', 'closing-down': 'Closing down', closed: 'Closed' },
    'zh-CN': { operating: '正常经营', expanding: '扩张中', shrinking: '收缩中', 'closing-down': '即将停业', closed: '已停业' },
  } satisfies Labels<v.OperatingStatus>,
  creditRatings: {
    en: { AAA: 'AAA', AA: 'AA', A: 'A', B: 'B', C: 'C', D: 'D' },
    'zh-CN': { AAA: 'AAA 级', AA: 'AA 级', A: 'A 级', B: 'B 级', C: 'C 级', D: 'D 级' },
  } satisfies Labels<v.CreditRating>,
  potentialLevels: {
    en: { high: 'High potential', medium: 'Medium potential', low: 'Low potential' },
    'zh-CN': { high: '潜力大', medium: '潜力一般', low: '潜力小' },
  } satisfies Labels<v.PotentialLevel>,
} as const;

/** The name of a vocabulary that has labels. */
export type VocabularyName = keyof typeof vocabularyLabels;

/**
 * The display label of a vocabulary value in a locale.
 *
 * @example
 * vocabularyLabel('zh-CN', 'relationshipStages', 'former') // '过去的客户'
 */
export function vocabularyLabel<N extends VocabularyName>(
  locale: Locale,
  vocabulary: N,
  value: keyof (typeof vocabularyLabels)[N]['en'],
): string {
  const table = vocabularyLabels[vocabulary][locale] as Record<string | number, string>;
  return table[value as string | number] ?? String(value);
}
